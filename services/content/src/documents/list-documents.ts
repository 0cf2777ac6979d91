// The documents a reader may see, narrowed, searched and paged like the other lists (a scoped page).
import { pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { documentsOf, listedDocuments } from './document-page.sql';
import type { DocumentFilter } from './document-schemas';

export async function listDocuments(db: Db, { scope, filter }: { scope: Scope; filter: DocumentFilter }) {
  const within = await withinPath(db, scope, 'content.read', filter.unitId);
  return scopedPage(db, {
    scope,
    permission: 'content.read',
    within,
    source: documentsOf(filter),
    ...pageArgs(filter),
    rows: listedDocuments(scope),
  });
}
