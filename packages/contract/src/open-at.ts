// The console's one way to open a page at a unit: a link from outside the page (a notice in the bell, a dashboard's
// drill-down into a child, the map's unit panel) carries `?at=<unit id>`. The shell makes that unit the current one
// (when the user may see it; otherwise the parameter is dropped and the page opens where the user was), then takes the
// parameter out of the address. The page's own parameters (its filters, sort and page) apply at that unit: a list
// keeps them when they arrive with the unit (useListQuery), and starts over only when the user switches unit.

/** The search parameter the shell reads (and drops) to switch the current unit. */
export const openAtParam = 'at';

/** `path` (with or without its own search parameters) opened at `unitId`. */
export function pathAt(path: string, unitId: number): string {
  const query = path.indexOf('?');
  const base = query < 0 ? path : path.slice(0, query);
  const params = new URLSearchParams(query < 0 ? '' : path.slice(query + 1));
  params.set(openAtParam, String(unitId));
  return `${base}?${params}`;
}

/**
 * The unit id a search string asks to open at, as a number (none for an absent or empty one). Whoever reads it keeps
 * only a unit the user may see (the shell: a unit of the user's tree), so any other number is passed over there.
 */
export const openAtOf = (search: URLSearchParams) => Number(search.get(openAtParam)) || undefined;
