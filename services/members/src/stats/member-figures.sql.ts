// The live statistics' statements: the members of a unit's subtree counted in the database, never loaded. Current
// members are those on the active registry (active or floating). Four reads, each one pass:
//  - per unit and stage (the child units' figures are added up from these), from the index on (unitId, status,
//    stage, gender, education, birthDate) alone;
//  - by gender, education and age band, from the same index alone, one row;
//  - the rest needs the table (ethnicity, occupation, admission and the period's flows): one pass grouped by
//    ethnicity and, for a member with a flow in the period (recruited, converted or left in it), by unit and status
//    too, so the flows come back per unit while everyone else folds into one row per ethnic group;
//  - the transfers confirmed in the period (and letters to outside organisations issued in it), per sender and
//    receiver: whether one is in or out depends on the subtree looked at, so that is decided in code.
// Ages and years of membership are compared as text against each band's cutoff day (member-bands.ts): portable and
// a single comparison per band. A dimension's counts come back as one text column, one count per code in the
// contract's order ("12,0,7"), so the statement's shape does not change with the codes. Counts read with Number():
// numbers on SQLite, bigint text on PostgreSQL.

import { inSubtrees, joinReviewed, queryReviewed, reviewedSql, valueList } from '@strata/api';
import { activeMemberStatuses, memberEducations, memberGenders, memberOccupations } from '@strata/contract';
import type { Db, Prisma } from '@strata/db';

export type Raw = string | number | bigint | null;

/** One count per value of `values`, in order, where `column` equals it (and `also` holds), as one text column. */
export function countsWhere(column: Prisma.Sql, values: readonly string[], also?: Prisma.Sql): Prisma.Sql {
  return joinReviewed(
    values.map((value) =>
      also
        ? reviewedSql`count(*) FILTER (WHERE ${also} AND ${column} = ${value})`
        : reviewedSql`count(*) FILTER (WHERE ${column} = ${value})`,
    ),
    reviewedSql` || ',' || `,
  );
}

/** One count per cutoff: how many have `column` after it (and `also` holding), as one text column. */
export function countsAfter(column: Prisma.Sql, cutoffs: readonly string[], also?: Prisma.Sql): Prisma.Sql {
  return joinReviewed(
    cutoffs.map((cutoff) =>
      also
        ? reviewedSql`count(*) FILTER (WHERE ${also} AND ${column} > ${cutoff})`
        : reviewedSql`count(*) FILTER (WHERE ${column} > ${cutoff})`,
    ),
    reviewedSql` || ',' || `,
  );
}

/** A day column within a period of days (text, YYYY-MM-DD; a null column is never within). */
export const dayWithin = (column: Prisma.Sql, from: string, to: string) =>
  reviewedSql`(${column} >= ${from} AND ${column} <= ${to})`;

/** The member rows of the subtree at `path`, or all of them (null: the subtree holds every unit). */
function memberOf(path: string | null): Prisma.Sql {
  if (path === null) return reviewedSql`1 = 1`;
  // The subtree's units by path, not a list of ids: one statement shape for any subtree (see mailbox's statistics).
  return reviewedSql`m."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [path])})`;
}

const isCurrent = reviewedSql`m."status" IN (${valueList(activeMemberStatuses)})`;

export type SubtreeUnit = { id: number; path: string; parentId: number | null; name: string; everyUnit: Raw };

/** The units of the subtree at `path`, in the tree's order, and how many units there are in all. */
export function subtreeUnits(db: Db, path: string) {
  return queryReviewed<SubtreeUnit>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."path" AS "path", u."parentId" AS "parentId", u."name" AS "name", (SELECT count(*) FROM "Unit") AS "everyUnit" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [path])} ORDER BY u."path"`,
  );
}

/** The subtree's path for the statements, or null when it holds every unit (no condition on the unit is needed). */
export const countedPath = (rows: readonly SubtreeUnit[], path: string) =>
  rows.length === Number(rows[0]?.everyUnit ?? 0) ? null : path;

/** What the live statements count over: the subtree (null: every unit), today and the period of days. */
export type LiveCounted = {
  path: string | null;
  /** The age and years-of-membership bands' cutoffs on today (member-bands.ts). */
  ageCutoffs: string[];
  yearCutoffs: string[];
  from: string;
  to: string;
  /** The period as instants, [start, end): transfers are confirmed at an instant. */
  start: Date;
  end: Date;
};

export type StageRow = { unitId: Raw; stage: string; count: Raw };

/** Current members per unit and stage. */
export function currentByUnitStage(db: Db, c: Pick<LiveCounted, 'path'>) {
  return queryReviewed<StageRow>(
    db,
    reviewedSql`SELECT m."unitId" AS "unitId", m."stage" AS "stage", count(*) AS "count" FROM "Member" m WHERE ${isCurrent} AND ${memberOf(c.path)} GROUP BY m."unitId", m."stage"`,
  );
}

export type IndexedRow = { total: Raw; gender: Raw; education: Raw; ageAtMost: Raw };

/** Current members by gender, education and age (how many are at most each age band's bound). */
export async function currentByIndexed(db: Db, c: LiveCounted): Promise<IndexedRow> {
  const [row] = await queryReviewed<IndexedRow>(
    db,
    reviewedSql`SELECT count(*) AS "total", ${countsWhere(reviewedSql`m."gender"`, memberGenders)} AS "gender", ${countsWhere(reviewedSql`m."education"`, memberEducations)} AS "education", ${countsAfter(reviewedSql`m."birthDate"`, c.ageCutoffs)} AS "ageAtMost" FROM "Member" m WHERE ${isCurrent} AND ${memberOf(c.path)}`,
  );
  if (!row) throw new Error('currentByIndexed: an aggregate answered no row');
  return row;
}

/**
 * One ethnic group's current members by occupation and admission (how many are admitted, and at most each
 * years-of-membership band's bound), and the period's flows; per unit and status for those with a flow
 * (`flowUnitId`, `flowStatus`), null for the rest.
 */
export type TableRow = {
  ethnicity: string;
  flowUnitId: Raw;
  flowStatus: string | null;
  current: Raw;
  occupation: Raw;
  admitted: Raw;
  yearsAtMost: Raw;
  recruited: Raw;
  converted: Raw;
  left: Raw;
};

/**
 * Those admitted as probationary members in the subtree month by month from `since` (a month's first day) on: the
 * recruitment's trend over the last twelve months, whatever became of them since (as the period's `recruited`).
 */
export function recruitedByMonth(db: Db, c: LiveCounted, since: string) {
  return queryReviewed<{ month: string; count: Raw }>(
    db,
    reviewedSql`SELECT substr(m."probationaryOn", 1, 7) AS "month", count(*) AS "count" FROM "Member" m WHERE m."probationaryOn" >= ${since} AND ${memberOf(c.path)} GROUP BY 1`,
  );
}

/**
 * Those admitted as probationary members from `since` (a month's first day) on, per unit and month, and whether on or
 * before `today` (a day entered ahead counts in its month's trend, not in a period up to today).
 */
export function recruitedByUnitMonth(db: Db, c: Pick<LiveCounted, 'path'>, since: string, today: string) {
  return queryReviewed<{ unitId: Raw; month: string; byToday: Raw; count: Raw }>(
    db,
    reviewedSql`SELECT m."unitId" AS "unitId", substr(m."probationaryOn", 1, 7) AS "month", CASE WHEN m."probationaryOn" <= ${today} THEN 1 ELSE 0 END AS "byToday", count(*) AS "count" FROM "Member" m WHERE m."probationaryOn" >= ${since} AND ${memberOf(c.path)} GROUP BY 1, 2, 3`,
  );
}

export function currentAndFlows(db: Db, c: LiveCounted) {
  const recruited = dayWithin(reviewedSql`m."probationaryOn"`, c.from, c.to);
  const converted = dayWithin(reviewedSql`m."fullOn"`, c.from, c.to);
  const left = dayWithin(reviewedSql`m."leftOn"`, c.from, c.to);
  const flowed = reviewedSql`(${recruited} OR ${converted} OR ${left})`;
  return queryReviewed<TableRow>(
    db,
    reviewedSql`SELECT m."ethnicity" AS "ethnicity", CASE WHEN ${flowed} THEN m."unitId" END AS "flowUnitId", CASE WHEN ${flowed} THEN m."status" END AS "flowStatus", count(*) FILTER (WHERE ${isCurrent}) AS "current", ${countsWhere(reviewedSql`m."occupation"`, memberOccupations, isCurrent)} AS "occupation", count(*) FILTER (WHERE ${isCurrent} AND m."probationaryOn" IS NOT NULL) AS "admitted", ${countsAfter(reviewedSql`m."probationaryOn"`, c.yearCutoffs, isCurrent)} AS "yearsAtMost", count(*) FILTER (WHERE ${recruited}) AS "recruited", count(*) FILTER (WHERE ${converted}) AS "converted", count(*) FILTER (WHERE ${left}) AS "left" FROM "Member" m WHERE (${isCurrent} OR ${flowed}) AND ${memberOf(c.path)} GROUP BY 1, 2, 3`,
  );
}

/** Transfers of the period from `fromUnitId` to `toUnitId` (null: an outside organisation). */
export type TransferRow = { fromUnitId: Raw; toUnitId: Raw; count: Raw };

/**
 * The period's transfers with either end in the subtree: letters confirmed in it (the member moved then), and letters
 * to an outside organisation issued in it (the member left the registry then; such a letter is issued and done).
 */
export function transfersOf(db: Db, c: LiveCounted) {
  const ends =
    c.path === null
      ? reviewedSql`1 = 1`
      : reviewedSql`(t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [c.path])}) OR t."toUnitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [c.path])}))`;
  return queryReviewed<TransferRow>(
    db,
    reviewedSql`SELECT t."unitId" AS "fromUnitId", t."toUnitId" AS "toUnitId", count(*) AS "count" FROM "Transfer" t WHERE ((t."state" = 'confirmed' AND t."decidedAt" >= ${c.start} AND t."decidedAt" < ${c.end}) OR (t."toUnitId" IS NULL AND t."state" IN ('issued', 'completed') AND ${dayWithin(reviewedSql`t."issuedOn"`, c.from, c.to)})) AND ${ends} GROUP BY t."unitId", t."toUnitId"`,
  );
}
