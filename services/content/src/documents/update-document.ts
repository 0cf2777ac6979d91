// Editing a document's own fields (title, category, description, visibility); its file changes by a new version.
import { naturalKey, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { documentImage, documentInScope, toDocumentDetail } from './document-reads';
import type { DocumentChanges } from './document-schemas';

type UpdateDocument = { scope: Scope; actorId: number; input: DocumentChanges };

export async function updateDocument(tx: Tx, { scope, actorId, input }: UpdateDocument) {
  const scoped = scope.ownedWhere('content.write');
  const before = await documentInScope(tx, scope, 'content.write', input.id);
  const { id: _id, ...changes } = input;
  await tx.document.update({
    where: { id: before.id, ...scoped },
    data: { ...changes, ...(changes.title !== undefined ? { titleKey: naturalKey(changes.title) } : {}) },
  });
  const document = await documentInScope(tx, scope, 'content.write', before.id);
  await recordAudit(tx, {
    actorId,
    unitId: document.unitId,
    action: 'document.update',
    entity: 'Document',
    entityId: document.id,
    label: document.title,
    before: documentImage(before),
    after: documentImage(document),
  });
  return toDocumentDetail(scope, document);
}
