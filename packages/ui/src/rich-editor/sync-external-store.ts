// use-sync-external-store's two entry points as tiptap asks for them, written as ES modules over React 19's own
// useSyncExternalStore. The package ships CommonJS that requires React whole: bundled, that made the app chunk build
// React's namespace (and the runtime its interop helpers) on the first visit. vite.config.ts points tiptap here.
import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

export { useSyncExternalStore };

type Selection<T> = { hasValue: true; value: T } | { hasValue: false; value: null };

/** The store's snapshot through `selector`, re-rendering only when the selection changes by `isEqual`. */
export function useSyncExternalStoreWithSelector<Snapshot, Selected>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: undefined | null | (() => Snapshot),
  selector: (snapshot: Snapshot) => Selected,
  isEqual?: (a: Selected, b: Selected) => boolean,
): Selected {
  const instRef = useRef<Selection<Selected> | null>(null);
  if (instRef.current === null) instRef.current = { hasValue: false, value: null };
  const inst = instRef.current;
  const [getSelection, getServerSelection] = useMemo(() => {
    let memoized = false;
    let memoizedSnapshot: Snapshot;
    let memoizedSelection: Selected;
    const select = (next: Snapshot): Selected => {
      if (!memoized) {
        memoized = true;
        memoizedSnapshot = next;
        const selection = selector(next);
        if (inst.hasValue && isEqual?.(inst.value, selection)) {
          memoizedSelection = inst.value;
          return inst.value;
        }
        memoizedSelection = selection;
        return selection;
      }
      if (Object.is(memoizedSnapshot, next)) return memoizedSelection;
      const selection = selector(next);
      if (isEqual?.(memoizedSelection, selection)) {
        memoizedSnapshot = next;
        return memoizedSelection;
      }
      memoizedSnapshot = next;
      memoizedSelection = selection;
      return selection;
    };
    return [
      () => select(getSnapshot()),
      getServerSnapshot == null ? undefined : () => select(getServerSnapshot()),
    ] as const;
  }, [getSnapshot, getServerSnapshot, selector, isEqual, inst]);
  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    instRef.current = { hasValue: true, value };
  }, [value]);
  useDebugValue(value);
  return value;
}
