import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A component provided to remotes that is fetched when one first renders (its place stays empty for that
 * moment): for parts that only show after a click, so a remote's first page does not download them.
 */
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
