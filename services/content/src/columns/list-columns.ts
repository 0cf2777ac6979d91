// A unit's columns, in the unit's order, each with the number of its articles the reader can see.
import { type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import { articleCount, columnOrdering, toColumn } from './column-schemas';

export async function listColumns(db: Db, { scope, unitId }: { scope: Scope; unitId: number }) {
  const unit = await unitInScope(db, scope, 'content.read', unitId);
  const columns = await db.column.findMany({
    where: { unitId: unit.id, ...scope.ownedWhere('content.read') },
    include: articleCount(scope),
    orderBy: columnOrdering,
  });
  return columns.map(toColumn);
}
