import { useCallback, useMemo, useRef, useState } from 'react';
import {
  type ColumnDefault,
  type ColumnSettings,
  columnSettingsKey,
  defaultColumnSettings,
  mergeColumnSettings,
} from './column-settings';

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined; // unreadable (or storage blocked): the list's defaults
  }
}

/** The user's column choice for one list, kept in localStorage under their id and the list's. */
export function useColumnSettings(userId: number, listId: string, defaults: readonly ColumnDefault[]) {
  const key = columnSettingsKey(userId, listId);
  const signature = defaults.map((c) => `${c.key}:${c.hidden ? 0 : 1}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `defaults` (a new array each render)
  const initial = useMemo(() => mergeColumnSettings(defaults, read(key)), [key, signature]);
  const [state, setState] = useState({ key, settings: initial });
  const settings = state.key === key ? state.settings : initial;
  // Changes apply to the latest choice, so a control rendered earlier (an open dropdown panel) cannot undo one.
  const latest = useRef(settings);
  latest.current = settings;
  const save = useCallback(
    (change: (current: ColumnSettings) => ColumnSettings) => {
      const next = change(latest.current);
      latest.current = next;
      setState({ key, settings: next });
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage full or blocked: the choice holds for this visit
      }
    },
    [key],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const reset = useCallback(() => {
    try {
      localStorage.removeItem(key);
    } catch {}
    setState({ key, settings: defaultColumnSettings(defaults) });
  }, [key, signature]);
  return { settings, save, reset };
}
