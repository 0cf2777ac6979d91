// A unit looked up through the caller's scope in one reviewed statement, read straight from the driver: nearly every
// procedure that names a unit asks this first, and Prisma's findFirst cost about 0.34 ms of CPU a call against
// 0.03-0.07 ms read here (2026-12-06, either database).
import { type Db, inTransaction, type Tx, type Unit } from '@strata/db';
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

/**
 * The unit, every column as Prisma's Unit has it, when it lies in a subtree where the permission holds; null when it
 * is elsewhere or missing. A test holds the columns to Prisma's model, so a column added there fails it until it is
 * read here. Inside a transaction (a write) it is Prisma's lookup: the scope guard learns the unit's path from it, and
 * checks the write's units against what it learnt. Read any other way, the guard looked each unit up again outside
 * the transaction, on another connection, which a burst of writers each held one of (20 contending moves on
 * PostgreSQL: 503s, every connection waited for).
 */
export async function unitRowInScope(db: Db | Tx, scope: Scope, permission: Permission, unitId: number) {
  if (inTransaction(db)) return db.unit.findFirst({ where: { id: unitId, ...scope.unitWhere(permission) } });
  const roots = scope.roots(permission);
  if (!roots.length) return null;
  const [row] = await queryReviewed<Unit>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."parentId" AS "parentId", u."kind" AS "kind", u."name" AS "name", u."path" AS "path", u."depth" AS "depth", u."sort" AS "sort", u."latitude" AS "latitude", u."longitude" AS "longitude", u."boundary" AS "boundary", u."archivedAt" AS "archivedAt", u."createdAt" AS "createdAt", u."updatedAt" AS "updatedAt", u."secretary" AS "secretary", u."contactPerson" AS "contactPerson", u."contactPhone" AS "contactPhone", u."foundedOn" AS "foundedOn", u."creditCode" AS "creditCode", u."address" AS "address", u."siteCode" AS "siteCode" FROM "Unit" u WHERE u."id" = ${unitId} AND (${inSubtrees(reviewedSql`u."path"`, roots)})`,
  );
  return row ?? null;
}
