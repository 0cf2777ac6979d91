// Adding a column to a unit's website: an active unit only, a name the unit does not use yet, placed last.
import { assertActiveUnit, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { assertColumnNameFree } from './column-names';
import { type NewColumn, toColumn } from './column-schemas';

type CreateColumn = { scope: Scope; actorId: number; input: NewColumn };

/** A new column goes after the unit's last one (first, at 0, in a unit without columns). */
export const sortAfter = (lastSort: number | null) => (lastSort ?? -1) + 1;

export async function createColumn(tx: Tx, { scope, actorId, input }: CreateColumn) {
  const unit = await unitInScope(tx, scope, 'content.manage', input.unitId);
  assertActiveUnit(unit, 'unitId');
  await assertColumnNameFree(tx, scope, unit.id, input.name);
  const last = await tx.column.aggregate({
    where: { unitId: unit.id, ...scope.ownedWhere('content.manage') },
    _max: { sort: true },
  });
  const column = await tx.column.create({
    data: { unitId: unit.id, name: input.name, cadence: input.cadence, sort: sortAfter(last._max.sort) },
  });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'column.create',
    entity: 'Column',
    entityId: column.id,
    label: column.name,
    after: column,
  });
  return toColumn(column);
}
