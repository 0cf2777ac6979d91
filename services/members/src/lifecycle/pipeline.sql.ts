// The pipeline's statements, over the members on the active registry of a unit's subtrees. The subtree is named by
// its units' paths (a subquery on "Unit"), so each unit's members are read from the (unitId, stage, status, id) index:
// the counts by stage from the index alone, each list from its stage's range of it, the dates then read for those
// rows only. A list comes with its full count, a window over the rows that match taken in the same pass (a count
// of its own would read every row's dates a second time; one statement for all four lists sorted and ranked them
// together, twice as slow on PostgreSQL at 100,000 members).
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';

const inUnits = (roots: string[]) =>
  reviewedSql`m."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)})`;
const current = reviewedSql`m."status" IN ('active', 'floating')`;

type Raw = string | number | bigint;

/** How many members on the active registry each stage holds (a stage without any is left out). */
export async function stageCounts(db: Db, roots: string[]) {
  const rows = await queryReviewed<{ stage: string; n: Raw }>(
    db,
    reviewedSql`SELECT m."stage" AS "stage", count(*) AS "n" FROM "Member" m WHERE ${inUnits(roots)} AND ${current} GROUP BY m."stage"`,
  );
  return rows.map((row) => ({ stage: row.stage, n: Number(row.n) }));
}

/** The bounds the lists read the dates against (pipelineCutoffs in lifecycle-rules.ts, and today). */
export type ListBounds = { today: string; activistSinceAtMost: string; conversionDueBy: string; appliedAtMost: string };

/** Each list: its members (one stage's, by a date) and its order, most urgent first (the longest due first). */
const lists = {
  activistsDue: (b: ListBounds) => ({
    where: reviewedSql`m."stage" = 'activist' AND m."activistOn" <= ${b.activistSinceAtMost}`,
    order: reviewedSql`m."activistOn" ASC, m."id" ASC`,
  }),
  conversionsDue: (b: ListBounds) => ({
    where: reviewedSql`m."stage" = 'probationary' AND m."probationEndsOn" >= ${b.today} AND m."probationEndsOn" <= ${b.conversionDueBy}`,
    order: reviewedSql`m."probationEndsOn" ASC, m."id" ASC`,
  }),
  conversionsOverdue: (b: ListBounds) => ({
    where: reviewedSql`m."stage" = 'probationary' AND m."probationEndsOn" < ${b.today}`,
    order: reviewedSql`m."probationEndsOn" ASC, m."id" ASC`,
  }),
  applicantsWaiting: (b: ListBounds) => ({
    where: reviewedSql`m."stage" = 'applicant' AND m."appliedOn" <= ${b.appliedAtMost}`,
    order: reviewedSql`m."appliedOn" ASC, m."id" ASC`,
  }),
} satisfies Record<string, (bounds: ListBounds) => { where: Prisma.Sql; order: Prisma.Sql }>;
export type DueListName = keyof typeof lists;

/** A member of a list as read: the days the list needs, and the count of the whole list. */
export type DueRow = {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  stage: string;
  appliedOn: string | null;
  activistOn: string | null;
  probationaryOn: string | null;
  probationEndsOn: string | null;
  total: Raw;
};

/** The first `limit` members of the list, in its order, each with the list's full count. */
export function dueRows(db: Db, roots: string[], list: DueListName, bounds: ListBounds, limit: number) {
  const { where, order } = lists[list](bounds);
  return queryReviewed<DueRow>(
    db,
    reviewedSql`SELECT m."id" AS "id", m."name" AS "name", m."unitId" AS "unitId", n."name" AS "unitName", m."stage" AS "stage", m."appliedOn" AS "appliedOn", m."activistOn" AS "activistOn", m."probationaryOn" AS "probationaryOn", m."probationEndsOn" AS "probationEndsOn", count(*) OVER () AS "total" FROM "Member" m JOIN "Unit" n ON n."id" = m."unitId" WHERE ${inUnits(roots)} AND ${current} AND ${where} ORDER BY ${order} LIMIT ${integerLiteral(limit)}`,
  );
}
