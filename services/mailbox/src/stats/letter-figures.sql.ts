// The statistics' statements: the letters received in a period, counted per handling unit, and per month and kind.
// Each reads the period's range of an index that carries what it counts, in its groups' order (no sort): by unit, the
// unit's receipt index; by month and kind, the month's. A narrow subtree also names its units (its own index).
// Counts come back as numbers on SQLite and as text (bigint) on PostgreSQL: callers read them with Number().
import { inSubtrees, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

/**
 * The period as instants, [start, end), its first and last months (YYYYMM, see `monthNumberOf`), and the subtrees
 * to count (all when null).
 */
export type Counted = {
  start: Date;
  end: Date;
  firstMonth: number;
  lastMonth: number;
  roots: string[] | null;
  now: Date;
};

type Raw = string | number | bigint | null;
/** The sums behind the figures (stats-schemas.ts), as counted over some letters. */
export type SumRow = {
  received: Raw;
  open: Raw;
  onTime: Raw;
  late: Raw;
  overdue: Raw;
  rejected: Raw;
  replyDays: Raw;
  replyCounted: Raw;
  satisfied: Raw;
  basic: Raw;
  dissatisfied: Raw;
};
export type UnitSumRow = SumRow & { unitId: Raw };
/** `month` is the month of receipt (YYYYMM). */
export type KindMonthRow = SumRow & { kind: string; month: Raw };

/** `condition` on the letters of the subtrees `roots` (all letters when null). */
function inRoots(condition: Prisma.Sql, roots: string[] | null): Prisma.Sql {
  if (roots === null) return condition;
  // The subtree's units by their paths, not a list of ids: PostgreSQL plans a kept statement once for any values, and
  // a list of ids as parameters got it a plan that read the whole period (a township: 80 ms instead of 5).
  return reviewedSql`${condition} AND r."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)})`;
}

const where = ({ start, end, roots }: Counted) =>
  inRoots(reviewedSql`r."receivedAt" >= ${start} AND r."receivedAt" < ${end}`, roots);

/** A letter answered (and not reopened since): on time or after its deadline. */
const answered = reviewedSql`r."openDueAt" IS NULL AND r."repliedAt" IS NOT NULL`;
/** The sums, as FILTERed counts (SQLite and PostgreSQL both say it; cheaper than a CASE per row). */
const sums = (now: Date) => reviewedSql`count(*) AS "received",
  count(*) FILTER (WHERE r."openDueAt" IS NOT NULL) AS "open",
  count(*) FILTER (WHERE ${answered} AND r."repliedAt" < r."dueAt") AS "onTime",
  count(*) FILTER (WHERE ${answered} AND r."repliedAt" >= r."dueAt") AS "late",
  count(*) FILTER (WHERE r."openDueAt" <= ${now}) AS "overdue",
  count(*) FILTER (WHERE r."status" = 'rejected') AS "rejected",
  sum(r."replyWorkingDays") AS "replyDays",
  count(r."replyWorkingDays") AS "replyCounted",
  count(*) FILTER (WHERE r."rating" = 'satisfied') AS "satisfied",
  count(*) FILTER (WHERE r."rating" = 'basic') AS "basic",
  count(*) FILTER (WHERE r."rating" = 'dissatisfied') AS "dissatisfied"`;

/** Per handling unit: the ranking adds each child's subtree from these. */
export function unitSums(db: Db, counted: Counted) {
  return queryReviewed<UnitSumRow>(
    db,
    reviewedSql`SELECT r."unitId" AS "unitId", ${sums(counted.now)} FROM "Letter" r WHERE ${where(counted)} GROUP BY r."unitId"`,
  );
}

/**
 * Per month of receipt and kind: the totals, the kinds and the trend are added from these few rows. The months'
 * range leads the index's walk; the instants trim the first and last month to the period's days.
 */
export function kindMonthSums(db: Db, counted: Counted) {
  const months = reviewedSql`r."receivedMonth" >= ${counted.firstMonth} AND r."receivedMonth" <= ${counted.lastMonth}`;
  return queryReviewed<KindMonthRow>(
    db,
    reviewedSql`SELECT r."receivedMonth" AS "month", r."kind" AS "kind", ${sums(counted.now)} FROM "Letter" r WHERE ${months} AND ${where(counted)} GROUP BY r."receivedMonth", r."kind"`,
  );
}

/**
 * The letters open past their deadline now, whenever received, per handling unit: what the letter list's overdue
 * view holds. A range of the open deadlines' index (answered letters leave it).
 */
export function overdueNowByUnit(db: Db, { roots, now }: Pick<Counted, 'roots' | 'now'>) {
  return queryReviewed<{ unitId: Raw; overdue: Raw }>(
    db,
    reviewedSql`SELECT r."unitId" AS "unitId", count(*) AS "overdue" FROM "Letter" r WHERE ${inRoots(reviewedSql`r."openDueAt" <= ${now}`, roots)} GROUP BY r."unitId"`,
  );
}

export type UnitRow = { id: number; path: string; parentId: number | null; name: string; everyUnit: Raw };

/** The units of the subtrees `roots` (never empty), with what the ranking shows, and how many units there are. */
export function unitRows(db: Db, roots: string[]) {
  return queryReviewed<UnitRow>(
    db,
    reviewedSql`SELECT u."id" AS "id", u."path" AS "path", u."parentId" AS "parentId", u."name" AS "name", (SELECT count(*) FROM "Unit") AS "everyUnit" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)} ORDER BY u."path"`,
  );
}

/** The first deadline of an open letter after `now`, anywhere (null when none is ahead): until then no count moves. */
export async function nextDeadline(db: Db, now: Date): Promise<Date | null> {
  const [row] = await queryReviewed<{ next: Date | string | null }>(
    db,
    reviewedSql`SELECT min(r."openDueAt") AS "next" FROM "Letter" r WHERE r."openDueAt" > ${now}`,
  );
  return row?.next ? new Date(row.next) : null;
}
