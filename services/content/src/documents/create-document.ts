// Filing a new document in a unit's library: its first version is a file already uploaded (POST /api/files).
import { assertActiveUnit, naturalKey, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { documentImage, documentInScope, toDocumentDetail } from './document-reads';
import type { NewDocument } from './document-schemas';
import { usableFile } from './usable-file';

type CreateDocument = { scope: Scope; actorId: number; input: NewDocument };

export async function createDocument(tx: Tx, { scope, actorId, input }: CreateDocument) {
  const unit = await unitInScope(tx, scope, 'content.write', input.unitId);
  assertActiveUnit(unit, 'unitId');
  const file = await usableFile(tx, scope, input.fileId, unit);
  const { fileId: _fileId, note, ...fields } = input;
  const created = await tx.document.create({
    data: { ...fields, titleKey: naturalKey(fields.title), version: 1 },
  });
  await tx.documentVersion.create({
    data: { documentId: created.id, number: 1, fileId: file.id, note, uploadedById: actorId },
  });
  const document = await documentInScope(tx, scope, 'content.write', created.id);
  await recordAudit(tx, {
    actorId,
    unitId: document.unitId,
    action: 'document.create',
    entity: 'Document',
    entityId: document.id,
    label: document.title,
    after: { ...documentImage(document), versionNote: note },
  });
  return toDocumentDetail(scope, document);
}
