// Searching the unit tree: which units match, the way down to them, and where in a name the match lies.
// Names compare as the server compares sibling names (nameKey: full-width folded, Latin in any case).
import { nameKey } from '@strata/contract';
import type { UnitLike } from '@strata/ui';

/** Where `query` occurs in `name`, in characters of `name` ([start, end)); null if it does not. */
export function matchIn(name: string, query: string): [number, number] | null {
  const wanted = nameKey(query);
  if (!wanted) return null;
  // Fold each character on its own, so an offset in the folded text leads back to a character of the name.
  const characters = Array.from(name);
  const folded = characters.map((c) => c.normalize('NFKC').toLowerCase());
  const at = folded.join('').indexOf(wanted);
  if (at < 0) return null;
  let offset = 0;
  let start = -1;
  for (const [i, part] of folded.entries()) {
    if (start < 0 && offset + part.length > at) start = i;
    offset += part.length;
    if (offset >= at + wanted.length) return [start, i + 1];
  }
  return null;
}

export type TreeSearch = {
  /** Units to show: the matches and every unit on the way down to one. */
  visible: Set<number>;
  matches: Set<number>;
};

/** The units a search keeps; with an empty query, all of them (and no matches). */
export function searchUnits(units: readonly UnitLike[], query: string): TreeSearch {
  if (!nameKey(query)) return { visible: new Set(units.map((u) => u.id)), matches: new Set() };
  const byId = new Map(units.map((u) => [u.id, u]));
  const matches = new Set(units.filter((u) => matchIn(u.name, query)).map((u) => u.id));
  const visible = new Set<number>();
  for (const id of matches) {
    for (let unit = byId.get(id); unit && !visible.has(unit.id); unit = byId.get(unit.parentId ?? -1))
      visible.add(unit.id);
  }
  return { visible, matches };
}
