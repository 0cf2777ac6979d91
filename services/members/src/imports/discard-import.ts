// Discarding an import that is still staging: its staged rows (sealed personal data included) are deleted and it is
// marked discarded, so nothing of the file stays behind. Its audit entry keeps the counts it had reached. A discard
// sent again is answered as the first one was.
import { recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { type Importer, importEnded, importLabel, lockedImport } from './member-import';

export async function discardImport(tx: Tx, importer: Importer, id: number) {
  const { scope, actorId, now, t } = importer;
  const found = await lockedImport(tx, scope, id);
  // Discarded already (the answer was lost on the way): nothing is left to drop.
  if (found.state === 'discarded') return { id: found.id };
  if (found.state !== 'staging') throw importEnded();
  await tx.memberImportRow.deleteMany({ where: { importId: found.id } });
  await tx.memberImport.updateMany({
    where: { id: found.id, ...scope.ownedWhere('members.edit') },
    data: { state: 'discarded', finishedAt: now },
  });
  await recordAudit(tx, {
    actorId,
    unitId: found.unit.id,
    action: 'member.importDiscard',
    entity: 'MemberImport',
    entityId: found.id,
    label: importLabel(t, found.unit, found.total),
    after: { total: found.total, staged: found.staged, refused: found.refused },
  });
  return { id: found.id };
}
