// The unit tree's raw statements, the only ones Prisma cannot express: row locks and a subtree rewrite in
// one statement. Reviewed here (see @strata/api reviewed-sql.ts); the scope guard runs nothing else raw.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx, type Unit } from '@strata/db';

/**
 * Locks (PostgreSQL, FOR UPDATE) the units with these ids and, given a path, that whole subtree, in id order,
 * so two mutations never wait on each other in a circle. Rows that left the subtree meanwhile are skipped:
 * callers re-read afterwards. SQLite needs none: its adapter runs one transaction at a time, so reads
 * inside the transaction are current (another process's write shows as SQLITE_BUSY: runTransaction
 * retries). Locking precedes the scope check; a lock alone reveals nothing.
 */
export async function lockUnits(tx: Tx, ids: number[], subtreePath?: string): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  const inSubtree = subtreePath === undefined ? null : `${subtreePath}%`;
  await tx.$queryRaw(
    reviewedSql`SELECT "id" FROM "Unit" WHERE "id" = ANY(${ids}) OR "path" LIKE ${inSubtree} ORDER BY "id" FOR UPDATE`,
  );
}

/** Rewrites the path and depth of a whole subtree in one statement; rows keep their unit ids. */
export async function rewriteSubtree(tx: Tx, unit: Unit, newPath: string, depthDelta: number): Promise<void> {
  await tx.$executeRaw(
    reviewedSql`UPDATE "Unit" SET "path" = ${newPath} || substr("path", ${unit.path.length + 1}), "depth" = "depth" + ${depthDelta} WHERE "path" LIKE ${`${unit.path}%`}`,
  );
}

/** A parent as the sibling-name and restore rules read it, with its active children. */
export type Family = {
  parent: { id: number; name: string; archived: boolean };
  activeChildren: { id: number; name: string }[];
};

/**
 * A parent's name and state and its active children's ids and names, read inside the transaction after the
 * parent is locked. It reads past the caller's scope on purpose: renaming or restoring the top unit of one's
 * scope (a township admin's own township) must still not take a name its siblings above use. Nothing else
 * of those rows is read; the caller sees at most the clashing name, as it would a taken username.
 */
export async function familyOf(tx: Tx, parentId: number): Promise<Family> {
  const rows = await tx.$queryRaw<{ id: number; parentId: number | null; name: string; archived: unknown }[]>(
    reviewedSql`SELECT "id", "parentId", "name", "archivedAt" IS NOT NULL AS "archived" FROM "Unit" WHERE "id" = ${parentId} OR ("parentId" = ${parentId} AND "archivedAt" IS NULL) ORDER BY "id"`,
  );
  const parent = rows.find((row) => Number(row.id) === parentId);
  if (!parent) throw new Error(`unit ${parentId} is missing from its own family`);
  return {
    parent: { id: parentId, name: parent.name, archived: Boolean(Number(parent.archived)) },
    activeChildren: rows
      .filter((row) => Number(row.id) !== parentId)
      .map((row) => ({ id: Number(row.id), name: row.name })),
  };
}
