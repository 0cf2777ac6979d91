// Changing one column: rename (to a name its unit does not use yet), hide or show, move, or set its cadence.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { assertColumnNameFree } from './column-names';
import { articleCount, type ColumnChanges, toColumn } from './column-schemas';

type UpdateColumn = { scope: Scope; actorId: number; input: ColumnChanges };

export async function updateColumn(tx: Tx, { scope, actorId, input }: UpdateColumn) {
  const scoped = scope.ownedWhere('content.manage');
  const before = await tx.column.findFirstOrThrow({ where: { id: input.id, ...scoped } });
  if (input.name && input.name !== before.name)
    await assertColumnNameFree(tx, scope, before.unitId, input.name, before.id);
  const { id: _id, ...changes } = input;
  const column = await tx.column.update({
    where: { id: before.id, ...scoped },
    data: changes,
    include: articleCount(scope),
  });
  await recordAudit(tx, {
    actorId,
    unitId: column.unitId,
    action: 'column.update',
    entity: 'Column',
    entityId: column.id,
    label: column.name,
    before,
    after: changes,
  });
  return toColumn(column);
}
