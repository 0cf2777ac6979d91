// The display name of the account that recorded a payment: an account of the unit or of one above it, outside most
// readers' scope, read by the payment's plain `actorId` (the payment was looked up through the caller's scope first).
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export async function recorderName(db: Db, actorId: number | null): Promise<string | null> {
  if (actorId === null) return null;
  const rows = await queryReviewed<{ name: string }>(
    db,
    reviewedSql`SELECT "displayName" AS "name" FROM "User" WHERE "id" = ${actorId}`,
  );
  return rows[0]?.name ?? null;
}
