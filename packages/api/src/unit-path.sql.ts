// A unit's path looked up through the caller's scope in one reviewed statement, read straight from the driver: every
// list narrowed to a unit asks this first, and Prisma's findFirst cost more than a small scope's whole page.
import type { Db } from '@strata/db';
import { queryReviewed, reviewedSql } from './reviewed-sql';
import type { Permission } from './roles';
import type { Scope } from './scope';
import { inSubtrees } from './scoped-page.sql';

/** The unit's path when it lies in a subtree where the permission holds; null when it is elsewhere or missing. */
export async function pathInScope(db: Db, scope: Scope, permission: Permission, unitId: number) {
  const roots = scope.roots(permission);
  if (!roots.length) return null;
  const [row] = await queryReviewed<{ path: string }>(
    db,
    reviewedSql`SELECT u."path" AS "path" FROM "Unit" u WHERE u."id" = ${unitId} AND (${inSubtrees(reviewedSql`u."path"`, roots)})`,
  );
  return row?.path ?? null;
}
