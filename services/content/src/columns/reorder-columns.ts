// Putting a unit's columns in a new order, all at once, so no reader sees half of it.
import { fieldError, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { articleCount, type ColumnOrder, columnOrdering, toColumn } from './column-schemas';

type ReorderColumns = { scope: Scope; actorId: number; input: ColumnOrder };

/**
 * A new order names every column of the unit exactly once: a column left out would keep a stale place,
 * a repeated or foreign id would take one it has no claim to.
 */
export function assertEveryColumnOnce(columnIds: readonly number[], order: readonly number[]) {
  const same =
    order.length === columnIds.length &&
    new Set(order).size === columnIds.length &&
    columnIds.every((id) => order.includes(id));
  if (!same) throw fieldError('ids', 'fieldInvalid');
}

export async function reorderColumns(tx: Tx, { scope, actorId, input }: ReorderColumns) {
  const unit = await unitInScope(tx, scope, 'content.manage', input.unitId);
  const scoped = scope.ownedWhere('content.manage');
  const current = await tx.column.findMany({ where: { unitId: unit.id, ...scoped }, orderBy: columnOrdering });
  assertEveryColumnOnce(
    current.map((c) => c.id),
    input.ids,
  );
  for (const [sort, columnId] of input.ids.entries()) {
    await tx.column.updateMany({ where: { id: columnId, unitId: unit.id, ...scoped }, data: { sort } });
  }
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'column.reorder',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    before: current.map((c) => c.id),
    after: input.ids,
  });
  const columns = await tx.column.findMany({
    where: { unitId: unit.id, ...scoped },
    include: articleCount(scope),
    orderBy: columnOrdering,
  });
  return columns.map(toColumn);
}
