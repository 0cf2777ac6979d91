// Which columns a user shows, in which order, and how dense the table is: stored per user and per list in
// localStorage. What is stored is checked when read (it may come from an older version of the list): unknown
// columns are dropped, new ones appear where the list defines them, and anything unreadable reads as the default.
export type Density = 'large' | 'middle' | 'small';
export type ColumnChoice = { key: string; visible: boolean };
export type ColumnSettings = { columns: ColumnChoice[]; density: Density };

/** What a list says about a column: its key, and whether it starts hidden. */
export type ColumnDefault = { key: string; hidden?: boolean };

const densities: readonly Density[] = ['large', 'middle', 'small'];

/** What is stored, if it has the shape this writes: its columns (key and choice only) and density. */
function readStored(saved: unknown): ColumnSettings | undefined {
  const { columns, density } = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
  if (!Array.isArray(columns)) return undefined;
  const choices: ColumnChoice[] = [];
  for (const column of columns as unknown[]) {
    const { key, visible } = (typeof column === 'object' && column !== null ? column : {}) as Record<string, unknown>;
    if (typeof key !== 'string' || typeof visible !== 'boolean') return undefined;
    choices.push({ key, visible });
  }
  return { columns: choices, density: densities.find((d) => d === density) ?? 'middle' };
}

export const columnSettingsKey = (userId: number, listId: string) => `strata:list:${userId}:${listId}`;

export const defaultColumnSettings = (defaults: readonly ColumnDefault[]): ColumnSettings => ({
  columns: defaults.map((c) => ({ key: c.key, visible: !c.hidden })),
  density: 'middle',
});

/** The stored choice laid over the list's columns as they are now. */
export function mergeColumnSettings(defaults: readonly ColumnDefault[], saved: unknown): ColumnSettings {
  const stored = readStored(saved);
  if (!stored) return defaultColumnSettings(defaults);
  const known = new Set(defaults.map((c) => c.key));
  const columns = stored.columns.filter((c, i, all) => known.has(c.key) && all.findIndex((o) => o.key === c.key) === i);
  // A column the stored choice does not know goes after the column that precedes it in the list's order.
  defaults.forEach((column, index) => {
    if (columns.some((c) => c.key === column.key)) return;
    const before = defaults[index - 1]?.key;
    const at = before === undefined ? 0 : columns.findIndex((c) => c.key === before) + 1;
    columns.splice(at, 0, { key: column.key, visible: !column.hidden });
  });
  return { columns, density: stored.density };
}

/** The list's columns in the chosen order, without the hidden ones; `pinned` columns (actions) always show, last. */
export function applyColumnSettings<C extends { key?: unknown }>(
  columns: readonly C[],
  settings: ColumnSettings,
  pinned: readonly string[] = ['actions'],
): C[] {
  const byKey = new Map(columns.map((c) => [String(c.key), c]));
  const chosen = settings.columns.flatMap((c) => {
    const column = byKey.get(c.key);
    return column && c.visible && !pinned.includes(c.key) ? [column] : [];
  });
  return [...chosen, ...columns.filter((c) => pinned.includes(String(c.key)))];
}

/**
 * Whether the actions column stays pinned at the right: everywhere but on a phone (below 576 px) where it and the
 * columns pinned at the left (with the selection's checkboxes, `selecting`) are wider together than 320 px. A 390 px
 * screen gives the table about 366 px: pinned columns wider than that are drawn over each other and the actions land
 * under the name, out of reach; unpinned, they scroll into view with the row.
 */
export function pinActions(columns: readonly { key: string; fixed?: unknown; width?: unknown }[], phone: boolean) {
  if (!phone) return true;
  let pinned = 0;
  for (const c of columns)
    if (typeof c.width === 'number' && (c.key === 'actions' || c.fixed === 'left')) pinned += c.width;
  return pinned <= 320;
}

/** Moves one column up (-1) or down (+1) in the order; at either end it stays. */
export function moveColumn(settings: ColumnSettings, key: string, by: -1 | 1): ColumnSettings {
  const columns = [...settings.columns];
  const from = columns.findIndex((c) => c.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return settings;
  [columns[from], columns[to]] = [columns[to] as ColumnChoice, columns[from] as ColumnChoice];
  return { ...settings, columns };
}

export const showColumn = (settings: ColumnSettings, key: string, visible: boolean): ColumnSettings => ({
  ...settings,
  columns: settings.columns.map((c) => (c.key === key ? { ...c, visible } : c)),
});
