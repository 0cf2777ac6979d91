// A component fetched when one first renders (its place stays empty for that moment): for parts a page shows only
// after a click, or only on a few pages, so the console's first visit does not download them. The shell provides
// antd's and the icons' rarer parts to remotes this way (shell/src/federation/provided/), and @strata/ui its own
// parts only some pages draw (page-parts.ts).
import { type ComponentType, lazy, Suspense } from 'react';

/** `load`'s component, fetched at its first render. */
export function onDemand<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const Part = lazy(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per provided component, at module level (provided/antd.ts): each is one stable component
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}
