// Starting an import at a unit where the caller holds members.edit (not archived): the file's rows are declared, then
// sent in chunks to be checked and staged. Recorded in the audit log like every change, with the rows declared.
import { assertActiveUnit, recordAudit, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Importer, importLabel } from './member-import';

export async function startImport(tx: Tx, importer: Importer, input: { unitId: number; total: number }) {
  const { scope, actorId, t } = importer;
  const unit = await unitInScope(tx, scope, 'members.edit', input.unitId);
  assertActiveUnit(unit, 'unitId');
  const started = await tx.memberImport.create({
    data: { unitId: unit.id, createdById: actorId, total: input.total },
    select: { id: true, total: true },
  });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'member.importStart',
    entity: 'MemberImport',
    entityId: started.id,
    label: importLabel(t, unit, input.total),
    after: { total: input.total },
  });
  return started;
}
