// The categories the documents of a subtree use, for the list's filter and the form's suggestions: a unit names
// its own (regulations, meeting records...), so they are read from what is filed, not from a fixed list.
import { type Scope, withinPath } from '@strata/api';
import type { Db } from '@strata/db';

/** More than any unit files under; a list this long is a sign of typos, not of categories. */
const categoriesShown = 200;

export async function listCategories(db: Db, { scope, unitId }: { scope: Scope; unitId: number | undefined }) {
  const within = await withinPath(db, scope, 'content.read', unitId);
  // Grouped by the database (one row a category), so the bound counts categories, not documents.
  const rows = await db.document.groupBy({
    by: ['category'],
    where: scope.ownedWhere('content.read', within),
    orderBy: { category: 'asc' },
    take: categoriesShown,
  });
  return rows.map((r) => r.category);
}
