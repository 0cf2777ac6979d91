// A new version of a document: the next number, a file already uploaded, a note on what changed. Earlier versions
// stay, each with its file; the new one is what the list shows and the portal serves (when the document is public).
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { documentImage, documentInScope, toDocumentDetail } from './document-reads';
import type { NewVersion } from './document-schemas';
import { usableFile } from './usable-file';

type AddVersion = { scope: Scope; actorId: number; input: NewVersion };

export async function addDocumentVersion(tx: Tx, { scope, actorId, input }: AddVersion) {
  const scoped = scope.ownedWhere('content.write');
  const before = await documentInScope(tx, scope, 'content.write', input.id);
  const file = await usableFile(tx, scope, input.fileId, before.unit);
  // The number comes from the increment, not from what was read: the update locks the row (PostgreSQL), so two
  // versions added at once are numbered one after the other instead of colliding.
  const { version } = await tx.document.update({
    where: { id: before.id, ...scoped },
    data: { version: { increment: 1 } },
    select: { version: true },
  });
  await tx.documentVersion.create({
    data: { documentId: before.id, number: version, fileId: file.id, note: input.note, uploadedById: actorId },
  });
  const document = await documentInScope(tx, scope, 'content.write', before.id);
  await recordAudit(tx, {
    actorId,
    unitId: document.unitId,
    action: 'document.addVersion',
    entity: 'Document',
    entityId: document.id,
    label: document.title,
    before: documentImage(before),
    after: { ...documentImage(document), versionNote: input.note },
  });
  return toDocumentDetail(scope, document);
}
