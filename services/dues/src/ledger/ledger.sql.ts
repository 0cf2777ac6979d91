// The ledger's raw statements, for what Prisma cannot say: taking a unit's chain head as the first write of the
// transaction (an upsert that creates the head at the unit's first entry and row-locks it on PostgreSQL; on SQLite
// the write takes the database's one write lock), so a unit's entries are numbered and chained one writer at a time,
// and moving the head on only from the head that was read. The unit was looked up through the caller's scope first.
import { type CheckedUnit, reviewedSql } from '@strata/api';
import type { Tx } from '@strata/db';
import { type ChainHead, chainStart } from './chain';

/** Takes (and creates at the first entry) the unit's chain head, locked for the rest of the transaction. */
export async function lockHead(tx: Tx, unit: CheckedUnit): Promise<ChainHead> {
  const rows = await tx.$queryRaw<{ seq: number | bigint; hash: string }[]>(
    reviewedSql`INSERT INTO "DuesChainHead" ("unitId", "seq", "hash") VALUES (${unit.id}, 0, ${chainStart}) ON CONFLICT ("unitId") DO UPDATE SET "seq" = "DuesChainHead"."seq" RETURNING "seq", "hash"`,
  );
  const row = rows[0];
  if (!row) throw new Error(`no chain head for unit ${unit.id}`);
  return { seq: Number(row.seq), hash: row.hash };
}

/** Moves the head from `from` to `to`; throws when it is no longer `from` (it never is while the lock is held). */
export async function moveHead(tx: Tx, unit: CheckedUnit, from: ChainHead, to: ChainHead): Promise<void> {
  const count = await tx.$executeRaw(
    reviewedSql`UPDATE "DuesChainHead" SET "seq" = ${to.seq}, "hash" = ${to.hash} WHERE "unitId" = ${unit.id} AND "seq" = ${from.seq} AND "hash" = ${from.hash}`,
  );
  if (count !== 1) throw new Error(`the chain head of unit ${unit.id} moved while it was held`);
}
