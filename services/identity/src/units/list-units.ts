// The part of the tree a reader may see, top down (parents before children, so a client builds the tree in one
// pass), archived units only when asked for.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { unitsInSubtrees } from './list-units.sql';
import { toUnitOutput } from './unit-schemas';

export async function listUnits(db: Db, { scope, includeArchived }: { scope: Scope; includeArchived: boolean }) {
  const roots = scope.roots('unit.read');
  if (!roots.length) return [];
  return (await unitsInSubtrees(db, roots, includeArchived)).map(toUnitOutput);
}
