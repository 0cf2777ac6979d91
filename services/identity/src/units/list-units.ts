// The part of the tree a reader may see, top down, archived units only when asked for.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { toUnitOutput } from './unit-schemas';

export async function listUnits(db: Db, { scope, includeArchived }: { scope: Scope; includeArchived: boolean }) {
  const units = await db.unit.findMany({
    where: { ...scope.unitWhere('unit.read'), ...(includeArchived ? {} : { archivedAt: null }) },
    // Parents before children, so a client builds the tree in one pass.
    orderBy: [{ depth: 'asc' }, { sort: 'asc' }, { id: 'asc' }],
  });
  return units.map(toUnitOutput);
}
