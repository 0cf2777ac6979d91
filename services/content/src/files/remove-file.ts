// Removing a file: only one nothing uses. An article (its body or cover, in the recycle bin too) or a document
// version naming it would break, so the removal is refused and says by how many; the database's foreign keys
// refuse it as well if a use lands between the count and the delete.
import { AppError, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { auditImage, fileLabel } from '@strata/files';
import { contentMessage } from '../locales';
import { fileUses } from './file-rows.sql';
import { libraryFile } from './library-file.sql';

type RemoveFile = { scope: Scope; actorId: number; id: number };

const inUse = (uses: { articles: number; documents: number }) =>
  new AppError('CONFLICT', contentMessage('fileInUse'), uses);

/** Deletes the File row and audits it; its bytes are the caller's to release once the transaction has committed. */
export async function removeFile(tx: Tx, { scope, actorId, id }: RemoveFile) {
  const scoped = scope.ownedWhere('content.write');
  const file = await tx.file.findFirstOrThrow({ where: { id, ...libraryFile, ...scoped } });
  const uses = await fileUses(tx, file.id);
  if (uses.articles > 0 || uses.documents > 0) throw inUse(uses);
  try {
    await tx.file.delete({ where: { id: file.id, ...scoped } });
  } catch (error) {
    // P2003: a use was added after the count (ON DELETE RESTRICT); counted again, it names itself.
    if ((error as { code?: string })?.code === 'P2003') throw inUse({ articles: 1, documents: 0 });
    throw error;
  }
  await recordAudit(tx, {
    actorId,
    unitId: file.unitId,
    action: 'file.remove',
    entity: 'File',
    entityId: file.id,
    label: fileLabel(file),
    before: auditImage(file),
  });
  return file;
}
