// The ledger's raw statements, for what Prisma cannot say: taking a unit's chain head as the first write of the
// transaction (an upsert that creates the head at the unit's first entry and row-locks it on PostgreSQL; on SQLite
// the write takes the database's one write lock), so a unit's entries are numbered and chained one writer at a time,
// and moving the head on only from the head that was read. The unit was looked up through the caller's scope first.
import { type CheckedUnit, queryReviewed, reviewedSql } from '@strata/api';
import { type Db, providerOfClient, type Tx } from '@strata/db';
import { type ChainedEntry, type ChainHead, chainStart } from './chain';

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

/** A group of new entries' sum for the unit's running totals. */
export type TotalStep = { kind: string; month: string; booked: string; amountFen: number; entries: number };

/** Adds new entries' sums to the unit's running totals (one upsert per kind, dues month and month booked). */
export async function addToTotals(tx: Tx, unit: CheckedUnit, steps: readonly TotalStep[]): Promise<void> {
  for (const s of steps)
    await tx.$executeRaw(
      reviewedSql`INSERT INTO "DuesTotal" ("unitId", "kind", "month", "booked", "amountFen", "entries") VALUES (${unit.id}, ${s.kind}, ${s.month}, ${s.booked}, ${s.amountFen}, ${s.entries}) ON CONFLICT ("unitId", "kind", "month", "booked") DO UPDATE SET "amountFen" = "DuesTotal"."amountFen" + ${s.amountFen}, "entries" = "DuesTotal"."entries" + ${s.entries}`,
    );
}

/** New entries' change to what is left of one member's dues month in the unit's books. */
export type UnsettledStep = { memberId: number; month: string; leftFen: number };

/**
 * Adds new entries' changes to their members' unsettled months in the unit's books (`DuesUnsettledMonth`), in one
 * upsert that reads them from a single JSON parameter, as `insertEntries` writes the entries (a month's run names
 * every member); then removes the unit's months that came to nothing (settled).
 */
export async function addToUnsettled(tx: Tx, unit: CheckedUnit, steps: readonly UnsettledStep[]): Promise<void> {
  if (!steps.length) return;
  const json = JSON.stringify(steps);
  await tx.$executeRaw(
    providerOfClient(tx) === 'postgresql'
      ? reviewedSql`INSERT INTO "DuesUnsettledMonth" ("memberId", "month", "unitId", "leftFen") SELECT s."memberId", s."month", ${unit.id}, s."leftFen" FROM json_to_recordset(CAST(${json} AS JSON)) AS s("memberId" INTEGER, "month" TEXT, "leftFen" INTEGER) ON CONFLICT ("memberId", "month", "unitId") DO UPDATE SET "leftFen" = "DuesUnsettledMonth"."leftFen" + excluded."leftFen"`
      : // SQLite reads `ON CONFLICT` after a SELECT's FROM as a join's constraint unless a WHERE comes between.
        reviewedSql`INSERT INTO "DuesUnsettledMonth" ("memberId", "month", "unitId", "leftFen") SELECT json_extract(s.value, '$.memberId'), json_extract(s.value, '$.month'), ${unit.id}, json_extract(s.value, '$.leftFen') FROM json_each(${json}) s WHERE true ON CONFLICT ("memberId", "month", "unitId") DO UPDATE SET "leftFen" = "DuesUnsettledMonth"."leftFen" + excluded."leftFen"`,
  );
  await tx.$executeRaw(reviewedSql`DELETE FROM "DuesUnsettledMonth" WHERE "unitId" = ${unit.id} AND "leftFen" = 0`);
}

/** An entry as written: its chained content and once-key. */
export type EntryRow = ChainedEntry & { onceKey: string | null };

/**
 * Writes a unit's new entries in one INSERT that reads them from a single JSON parameter (SQLite's json_each,
 * PostgreSQL's json_to_recordset): the same statement for any number of rows, and a tenth of what Prisma's createMany
 * cost a branch's month (47 rows: 44-165 ms against 3-10 ms).
 */
export async function insertEntries(tx: Tx, rows: readonly EntryRow[]): Promise<void> {
  if (!rows.length) return;
  const json = JSON.stringify(rows);
  await tx.$executeRaw(
    providerOfClient(tx) === 'postgresql'
      ? reviewedSql`INSERT INTO "DuesEntry" ("unitId", "seq", "kind", "memberId", "month", "amountFen", "on", "reversesSeq", "counterpartUnitId", "receiptNo", "actorId", "note", "at", "prevHash", "hash", "onceKey") SELECT e."unitId", e."seq", e."kind", e."memberId", e."month", e."amountFen", e."on", e."reversesSeq", e."counterpartUnitId", e."receiptNo", e."actorId", e."note", e."at", e."prevHash", e."hash", e."onceKey" FROM json_to_recordset(CAST(${json} AS JSON)) AS e("unitId" INTEGER, "seq" INTEGER, "kind" TEXT, "memberId" INTEGER, "month" TEXT, "amountFen" INTEGER, "on" TEXT, "reversesSeq" INTEGER, "counterpartUnitId" INTEGER, "receiptNo" TEXT, "actorId" INTEGER, "note" TEXT, "at" TEXT, "prevHash" TEXT, "hash" TEXT, "onceKey" TEXT)`
      : reviewedSql`INSERT INTO "DuesEntry" ("unitId", "seq", "kind", "memberId", "month", "amountFen", "on", "reversesSeq", "counterpartUnitId", "receiptNo", "actorId", "note", "at", "prevHash", "hash", "onceKey") SELECT json_extract(e.value, '$.unitId'), json_extract(e.value, '$.seq'), json_extract(e.value, '$.kind'), json_extract(e.value, '$.memberId'), json_extract(e.value, '$.month'), json_extract(e.value, '$.amountFen'), json_extract(e.value, '$.on'), json_extract(e.value, '$.reversesSeq'), json_extract(e.value, '$.counterpartUnitId'), json_extract(e.value, '$.receiptNo'), json_extract(e.value, '$.actorId'), json_extract(e.value, '$.note'), json_extract(e.value, '$.at'), json_extract(e.value, '$.prevHash'), json_extract(e.value, '$.hash'), json_extract(e.value, '$.onceKey') FROM json_each(${json}) e`,
  );
}

/** A unit's entries in sequence order, as its chain is verified: read straight from the driver. */
export function chainOf(db: Db, unit: Pick<CheckedUnit, 'id'>): Promise<ChainedEntry[]> {
  return queryReviewed<ChainedEntry>(
    db,
    reviewedSql`SELECT "unitId", "seq", "kind", "memberId", "month", "amountFen", "on", "reversesSeq", "counterpartUnitId", "receiptNo", "actorId", "note", "at", "prevHash", "hash" FROM "DuesEntry" WHERE "unitId" = ${unit.id} ORDER BY "seq"`,
  );
}
