// The files a reader may see, narrowed, searched and paged like the other lists (a scoped page).
import { pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { filesOf, listedFiles } from './file-rows.sql';
import type { FileFilter } from './file-schemas';

export async function listFiles(db: Db, { scope, filter }: { scope: Scope; filter: FileFilter }) {
  const within = await withinPath(db, scope, 'content.read', filter.unitId);
  return scopedPage(db, {
    scope,
    permission: 'content.read',
    within,
    source: filesOf(filter),
    ...pageArgs(filter),
    rows: listedFiles(scope),
  });
}
