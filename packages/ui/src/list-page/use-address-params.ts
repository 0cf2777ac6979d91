import { useCallback } from 'react';
import { type NavigateOptions, type SetURLSearchParams, useSearchParams } from 'react-router';

/**
 * react-router's `useSearchParams`, but a change given as a function starts from the address as it stands in the
 * browser, not from the parameters the last render read. The router draws a new address in a React transition, so on
 * a busy machine the next click (another filter, a tab) can run before the page has drawn the last change, and a
 * change built from the render's parameters would write the older address back without it. `useListQuery` starts each
 * change from the browser's address in the same way, inline (bytes on every list's first visit). The console's
 * routers are browser routers (the guarded history), so the browser's address is the router's.
 */
export function useAddressParams(): [URLSearchParams, SetURLSearchParams] {
  const [params, setParams] = useSearchParams();
  const change = useCallback<SetURLSearchParams>(
    (next, options?: NavigateOptions) =>
      setParams(typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next, options),
    [setParams],
  );
  return [params, change];
}
