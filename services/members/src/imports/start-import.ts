// Starting an import at a unit where the caller holds members.edit (not archived): the file's rows are declared, then
// sent in chunks to be checked and staged. Recorded in the audit log like every change, with the rows declared.
// An import left staging for a day (a browser closed mid-way) is discarded when the next one starts at its unit, so
// its sealed rows do not stay for ever; nothing runs on a timer.
import { assertActiveUnit, recordAudit, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Importer, importLabel } from './member-import';

const abandonedAfterMs = 24 * 60 * 60 * 1000;

export async function startImport(tx: Tx, importer: Importer, input: { unitId: number; total: number }) {
  const { scope, actorId, t, now } = importer;
  const unit = await unitInScope(tx, scope, 'members.edit', input.unitId);
  assertActiveUnit(unit, 'unitId');
  const stale = {
    ...scope.ownedWhere('members.edit'),
    unitId: unit.id,
    state: 'staging',
    createdAt: { lt: new Date(now.getTime() - abandonedAfterMs) },
  };
  await tx.memberImportRow.deleteMany({ where: { import: stale } });
  await tx.memberImport.updateMany({ where: stale, data: { state: 'discarded', finishedAt: now } });
  const started = await tx.memberImport.create({
    data: { unitId: unit.id, createdById: actorId, total: input.total, createdAt: now },
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
