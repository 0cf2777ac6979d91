// antd's App gives every page message, notification and modal APIs, each with a holder it renders. Their
// code (rc-notification, rc-dialog) serves only what a click causes (a save's toast, a confirm dialog), so
// App's hooks are stand-ins (shell/build/lazy-antd-parts.ts points App at these modules): the API is there at
// once, the real hook is fetched on its first call, which it then receives with any made meanwhile.
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';

type Api = Record<string, (...args: unknown[]) => unknown>;
type Hook = (config?: object) => readonly [Api, ReactNode];

/** Closes what a real call returned: a toast's close function, or a confirm dialog's handle. */
function closeReal(real: unknown) {
  if (typeof real === 'function') real();
  else (real as { destroy?: () => void } | undefined)?.destroy?.();
}

/**
 * What a call made before the real API came answers: closes its toast or dialog, and settles when that closes
 * (a confirm dialog's with whether it was confirmed).
 */
function pendingToast(settle: (handle: (result: unknown) => void) => void) {
  let real: unknown;
  let closed = false;
  const done = new Promise<boolean>((resolve) =>
    settle((result) => {
      real = result;
      if (closed) closeReal(result);
      const then = (result as { then?: (ok: (v: boolean) => void) => void } | undefined)?.then;
      if (typeof then === 'function') then.call(result, resolve);
      else resolve(true);
    }),
  );
  const close = () => {
    closed = true;
    closeReal(real);
  };
  // biome-ignore lint/suspicious/noThenProperty: antd's MessageType is a thenable close function; this answers like one
  close.then = (ok?: (v: boolean) => unknown, fail?: (e: unknown) => unknown) => done.then(ok, fail);
  return close;
}

/** A stand-in for antd's `useMessage` / `useNotification` / `useModal` whose code is fetched on the first call. */
export function onDemandHook(methods: readonly string[], load: () => Promise<{ default: unknown }>) {
  const Holder = lazy(() =>
    load().then(({ default: real }) => {
      const useReal = real as Hook;
      return {
        default: function RealHolder({ config, onApi }: { config?: object; onApi: (api: Api) => void }) {
          const [api, holder] = useReal(config);
          useEffect(() => onApi(api), [api, onApi]);
          return <>{holder}</>;
        },
      };
    }),
  );
  // biome-ignore lint/correctness/noComponentHookFactories: called once per stand-in module (use-message.ts, use-notification.ts), at module level
  return function useOnDemand(config?: object): readonly [Api, ReactNode] {
    const [wanted, setWanted] = useState(false);
    const box = useMemo(() => ({ api: undefined as Api | undefined, queue: [] as ((api: Api) => void)[] }), []);
    const api = useMemo(
      () =>
        Object.fromEntries(
          methods.map((method) => [
            method,
            (...args: unknown[]) => {
              if (box.api) return box.api[method]?.(...args);
              setWanted(true);
              return pendingToast((handle) => box.queue.push((real) => handle(real[method]?.(...args))));
            },
          ]),
        ) as Api,
      [box],
    );
    const onApi = useCallback(
      (real: Api) => {
        box.api = real;
        for (const call of box.queue.splice(0)) call(real);
      },
      [box],
    );
    const holder = wanted ? (
      <Suspense fallback={null}>
        <Holder config={config} onApi={onApi} />
      </Suspense>
    ) : null;
    return [api, holder] as const;
  };
}
