// The file a version holds must be one its writer could have uploaded for the document: a file of a unit where the
// writer holds content.write, inside the document's unit's subtree. Anywhere else (another township, a unit above
// or beside the document's, where some of the document's readers could not download it) it answers as a missing
// file does: a field error on `fileId`, naming nothing of the file.
import { fieldError, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { libraryFile } from '../files/library-file.sql';

export async function usableFile(tx: Tx, scope: Scope, fileId: number, documentUnit: { path: string }) {
  const file = await tx.file.findFirst({
    where: { id: fileId, ...libraryFile, ...scope.ownedWhere('content.write', documentUnit.path) },
    select: { id: true, name: true },
  });
  if (!file) throw fieldError('fileId', 'notFound');
  return file;
}
