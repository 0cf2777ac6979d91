// One file the reader may see, with what uses it.
import { notFound, type Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { fileUses, toFileRow } from './file-rows.sql';
import { libraryFile } from './library-file.sql';

export async function getFile(db: Db, { scope, id }: { scope: Scope; id: number }) {
  const file = await db.file.findFirst({
    where: { id, ...libraryFile, ...scope.ownedWhere('content.read') },
    include: { unit: { select: { name: true, path: true } }, uploadedBy: { select: { displayName: true } } },
  });
  if (!file) throw notFound();
  const row = toFileRow(scope, {
    ...file,
    unitName: file.unit.name,
    unitPath: file.unit.path,
    uploadedByName: file.uploadedBy?.displayName ?? null,
  });
  return Object.assign(row, { uses: await fileUses(db, file.id) });
}
