// Where a letter may go or a member attach, read across the whole organisation: a branch secretary sends a letter to
// a branch of any township, not only to those in its own scope (issue-transfer.ts and start-floating.ts read the
// unit named by its id wherever it lies, and the rules refuse one that is not an open branch or group). So the picker
// reads every unit that can hold members and is not archived, found by part of its name or of its site's code, and
// of each only its id, its name and its township's name: nothing else of a unit outside the caller's scope.
import { integerLiteral, joinReviewed, queryReviewed, reviewedSql, valueList } from '@strata/api';
import { type Db, literalContains } from '@strata/db';
import { memberUnitKinds } from './transfer-rules';
import type { DestinationRow, DestinationsInput } from './transfer-schemas';

/** The ids of a unit's path, from the top down: `/1/2/7/` is 1, 2, 7. */
const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);

/**
 * The open branches and groups whose name or site code holds `q` (literally; the site code as written, lower case),
 * in the tree's order, at most `limit`, each with the name of the township above it (null for none). Two statements:
 * the units (the path's index walked in order, stopping at the limit), then the townships among their ancestors.
 */
export async function openDestinations(db: Db, { q, limit }: DestinationsInput): Promise<DestinationRow[]> {
  const conditions = [reviewedSql`u."kind" IN (${valueList(memberUnitKinds)})`, reviewedSql`u."archivedAt" IS NULL`];
  if (q) {
    const name = `%${literalContains(q)}%`;
    const site = `%${literalContains(q.toLowerCase())}%`;
    conditions.push(reviewedSql`(u."name" LIKE ${name} OR u."siteCode" LIKE ${site})`);
  }
  const units = await queryReviewed<{ id: number; name: string; path: string }>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."name" AS "name", u."path" AS "path" FROM "Unit" u WHERE ${joinReviewed(conditions, reviewedSql` AND `)} ORDER BY u."path" LIMIT ${integerLiteral(limit)}`,
  );
  if (!units.length) return [];
  const ancestors = [...new Set(units.flatMap((u) => pathIds(u.path)))];
  const townships = await queryReviewed<{ id: number; name: string }>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."name" AS "name" FROM "Unit" u WHERE u."kind" = 'township' AND u."id" IN (${valueList(ancestors)})`,
  );
  const townshipName = new Map(townships.map((t) => [Number(t.id), t.name]));
  return units.map((u) => ({
    id: Number(u.id),
    name: u.name,
    townshipName: pathIds(u.path).reduce<string | null>((found, id) => townshipName.get(id) ?? found, null),
  }));
}
