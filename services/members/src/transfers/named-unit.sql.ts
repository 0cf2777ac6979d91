// A unit a letter or a floating attachment names, read by its id wherever it lies: a member goes to, or attaches to,
// a branch of another township as readily as to one of the caller's. Only what the rules ask is read (its name, kind
// and whether it is archived), the same for a unit in or out of the caller's scope.
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Tx } from '@strata/db';
import type { NamedUnit } from './transfer-rules';

export async function namedUnit(tx: Tx, id: number): Promise<NamedUnit | null> {
  const [row] = await queryReviewed<{ id: number; name: string; kind: string; archivedAt: unknown }>(
    tx,
    reviewedSql`SELECT u."id" AS "id", u."name" AS "name", u."kind" AS "kind", u."archivedAt" AS "archivedAt" FROM "Unit" u WHERE u."id" = ${id}`,
  );
  return row ? { id: Number(row.id), name: row.name, kind: row.kind, archived: row.archivedAt !== null } : null;
}
