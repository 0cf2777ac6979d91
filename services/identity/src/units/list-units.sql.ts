// The tree a reader sees, as one reviewed statement read straight from the driver (queryReviewed): at 2,000 units
// Prisma's findMany spent most of the call converting rows (the municipal admin's tree took about 10 times its
// floor). The scope is in the statement: only units inside the reader's subtrees are read.
import { inSubtrees, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Unit } from '@strata/db';

export type TreeUnit = Pick<Unit, 'id' | 'parentId' | 'kind' | 'name' | 'path' | 'depth' | 'archivedAt'>;

/** The units in the subtrees `roots` (never empty), live ones only unless asked, parents before children. */
export function unitsInSubtrees(db: Db, roots: string[], includeArchived: boolean): Promise<TreeUnit[]> {
  const live = includeArchived ? reviewedSql`` : reviewedSql` AND u."archivedAt" IS NULL`;
  return queryReviewed<TreeUnit>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."parentId" AS "parentId", u."kind" AS "kind", u."name" AS "name", u."path" AS "path", u."depth" AS "depth", u."archivedAt" AS "archivedAt" FROM "Unit" u WHERE (${inSubtrees(reviewedSql`u."path"`, roots)})${live} ORDER BY u."depth", u."sort", u."id"`,
  );
}
