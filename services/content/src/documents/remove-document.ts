// Removing a document: it goes with every version (the versions cascade), its files stay. A file a version held is
// then free to be removed through the files (content.files.remove), which refuses while any version holds it.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { documentImage, documentInScope } from './document-reads';

type RemoveDocument = { scope: Scope; actorId: number; id: number };

export async function removeDocument(tx: Tx, { scope, actorId, id }: RemoveDocument) {
  const before = await documentInScope(tx, scope, 'content.write', id);
  await tx.document.delete({ where: { id: before.id, ...scope.ownedWhere('content.write') } });
  await recordAudit(tx, {
    actorId,
    unitId: before.unitId,
    action: 'document.remove',
    entity: 'Document',
    entityId: before.id,
    label: before.title,
    // Every version as it was: nothing else keeps them once the document is gone.
    before: Object.assign(documentImage(before), {
      versions: before.versions.map((v) => ({
        number: v.number,
        fileId: v.file.id,
        fileName: v.file.name,
        versionNote: v.note,
      })),
    }),
  });
  return { ok: true as const };
}
