// The names of members whose lines stand in books the caller reads: read by the entries' plain member numbers, since a
// member may have moved on to a branch outside the caller's scope (the name is the books' own word for the line).
import { queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db } from '@strata/db';

export async function memberNames(db: Db, ids: readonly number[]) {
  if (!ids.length) return [];
  return queryReviewed<{ id: number; name: string; nameKey: string }>(
    db,
    reviewedSql`SELECT "id", "name", "nameKey" FROM "Member" WHERE "id" IN (${valueList(ids)}) ORDER BY "nameKey", "id"`,
  );
}
