// The reports' statements: enrolments summed per unit in one pass (a count per status, the overdue, the best scores'
// count and sum), and the training coverage of a subtree's staff as set-based SQL (which required courses apply to
// whom, and whether each was completed, decided by joins, never row by row in the service). The unit or course was
// looked up through the caller's scope first: every statement stays inside it (a unit's subtree by its paths, or the
// course's enrolments shared with the course's unit). Counts and sums come back as text on PostgreSQL (bigint,
// numeric): read them with Number(). Written for SQLite and PostgreSQL alike (substr, length and MATERIALIZED common
// table expressions are both's).
import { type CheckedUnit, inSubtrees, joinReviewed, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';
import type { Summed, Tally, TreeUnit } from './figures';

type TallyRow = Record<keyof Tally, Summed>;

/**
 * An enrolment's figures summed over a group; overdue as of `today` (YYYY-MM-DD, Asia/Shanghai): due before it (only
 * an assignment has a due day) and neither completed nor withdrawn, as the class list counts it (enrolment-facts.ts).
 */
const tallied = (today: string): Prisma.Sql =>
  reviewedSql`count(*) AS "enrolled", sum(CASE WHEN e."status" = 'enrolled' THEN 1 ELSE 0 END) AS "notStarted", sum(CASE WHEN e."status" = 'in_progress' THEN 1 ELSE 0 END) AS "inProgress", sum(CASE WHEN e."status" = 'completed' THEN 1 ELSE 0 END) AS "completed", sum(CASE WHEN e."status" = 'withdrawn' THEN 1 ELSE 0 END) AS "withdrawn", sum(CASE WHEN e."dueOn" < ${today} AND e."status" IN ('enrolled', 'in_progress') THEN 1 ELSE 0 END) AS "overdue", count(e."bestScore") AS "scored", sum(e."bestScore") AS "scoreSum"`;

const subtree = (unit: CheckedUnit): Prisma.Sql =>
  reviewedSql`(SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])})`;

/** The subtree's units, for adding up by child. */
export const subtreeUnits = async (db: Db, unit: CheckedUnit): Promise<TreeUnit[]> =>
  (
    await queryReviewed<{ id: number; parentId: number | null; path: string; name: string; sort: number }>(
      db,
      reviewedSql`SELECT u."id" AS "id", u."parentId" AS "parentId", u."path" AS "path", u."name" AS "name", u."sort" AS "sort" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [unit.path])}`,
    )
  ).map((u) => ({
    id: Number(u.id),
    parentId: u.parentId === null ? null : Number(u.parentId),
    path: u.path,
    name: u.name,
    sort: Number(u.sort),
  }));

/** The enrolments owned by the subtree's units, summed per owning unit (only one course's, with `courseId`). */
export const unitTallies = (db: Db, unit: CheckedUnit, today: string, courseId: number | undefined) =>
  queryReviewed<TallyRow & { unitId: number }>(
    db,
    courseId === undefined
      ? reviewedSql`SELECT e."unitId" AS "unitId", ${tallied(today)} FROM "Enrolment" e WHERE e."unitId" IN ${subtree(unit)} GROUP BY e."unitId"`
      : reviewedSql`SELECT e."unitId" AS "unitId", ${tallied(today)} FROM "Enrolment" e WHERE e."unitId" IN ${subtree(unit)} AND e."courseId" = ${courseId} GROUP BY e."unitId"`,
  );

/** A course's enrolments (shared with the course's unit), summed per learners' unit, with the unit's name. */
export const courseTallies = (db: Db, course: { id: number; unitId: number }, today: string) =>
  queryReviewed<TallyRow & { unitId: number; name: string }>(
    db,
    reviewedSql`SELECT e."unitId" AS "unitId", n."name" AS "name", ${tallied(today)} FROM "Enrolment" e JOIN "Unit" n ON n."id" = e."unitId" WHERE e."courseId" = ${course.id} AND e."courseUnitId" = ${course.unitId} GROUP BY e."unitId", n."name"`,
  );

/** A course's enrolments made since `since`: when, and whether completed (the months' series). */
export const courseEnrolmentsSince = (db: Db, course: { id: number; unitId: number }, since: Date) =>
  queryReviewed<{ enrolledAt: Date; completed: Summed }>(
    db,
    reviewedSql`SELECT e."enrolledAt" AS "enrolledAt", CASE WHEN e."status" = 'completed' THEN 1 ELSE 0 END AS "completed" FROM "Enrolment" e WHERE e."courseId" = ${course.id} AND e."courseUnitId" = ${course.unitId} AND e."enrolledAt" >= ${since}`,
  );

/**
 * The training coverage of the subtree's staff in one statement, as rows of two kinds: per home unit (`unit`: its
 * staff, those some required course applies to, those who completed every one that does) and per required course
 * (`course`: the staff it applies to, those who completed it, with its title and unit). Its sets, materialised once:
 *  - req: the published required courses that may apply to someone in the subtree: run by the unit or a unit above it
 *    (its path begins the unit's), or by a unit inside the subtree (a few dozen rows);
 *  - staff: accounts at home in the subtree (User.unitId), not disabled, holding a grant of any role but `member`,
 *    read from the grants (the officers are a small part of the accounts: CROSS JOIN keeps SQLite from reading every
 *    account of the subtree's units by its unit instead);
 *  - need: each staff member and each required course open to their unit (run by their unit, or by a unit above it
 *    for its whole subtree), `done` 1 when they completed it (their enrolment in the course, whichever unit owns it:
 *    one who moved keeps what they completed).
 */
export const coverageCounts = (db: Db, unit: CheckedUnit) =>
  queryReviewed<{
    kind: 'unit' | 'course';
    id: number;
    staff: Summed;
    counted: Summed;
    done: Summed;
    title: string | null;
    unitName: string | null;
    courseUnitId: number | null;
  }>(
    db,
    reviewedSql`WITH req AS MATERIALIZED (SELECT c."id" AS "id", c."unitId" AS "unitId", c."audience" AS "audience", cu."path" AS "path" FROM "Course" c JOIN "Unit" cu ON cu."id" = c."unitId" JOIN "Unit" x ON x."id" = ${unit.id} WHERE c."required" = true AND c."status" = 'published' AND (substr(x."path", 1, length(cu."path")) = cu."path" OR (${inSubtrees(reviewedSql`cu."path"`, [unit.path])}))), staff AS MATERIALIZED (SELECT s."id" AS "id", s."unitId" AS "unitId", u."path" AS "path" FROM (SELECT DISTINCT g."userId" AS "userId" FROM "Grant" g WHERE g."role" <> 'member') k CROSS JOIN "User" s CROSS JOIN "Unit" u WHERE s."id" = k."userId" AND u."id" = s."unitId" AND (${inSubtrees(reviewedSql`u."path"`, [unit.path])}) AND s."disabledAt" IS NULL), need AS MATERIALIZED (SELECT f."id" AS "userId", r."id" AS "courseId", CASE WHEN EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."courseId" = r."id" AND e."userId" = f."id" AND e."status" = 'completed') THEN 1 ELSE 0 END AS "done" FROM staff f JOIN req r ON r."unitId" = f."unitId" OR (r."audience" = 'subtree' AND substr(f."path", 1, length(r."path")) = r."path")), per AS MATERIALIZED (SELECT n."userId" AS "userId", sum(1 - n."done") AS "missing" FROM need n GROUP BY n."userId") SELECT 'unit' AS "kind", f."unitId" AS "id", count(*) AS "staff", count(p."userId") AS "counted", sum(CASE WHEN p."missing" = 0 THEN 1 ELSE 0 END) AS "done", NULL AS "title", NULL AS "unitName", NULL AS "courseUnitId", NULL AS "titleKey" FROM staff f LEFT JOIN per p ON p."userId" = f."id" GROUP BY f."unitId" UNION ALL SELECT 'course' AS "kind", t."courseId" AS "id", t."staff" AS "staff", t."staff" AS "counted", t."done" AS "done", c."title" AS "title", cu."name" AS "unitName", c."unitId" AS "courseUnitId", c."titleKey" AS "titleKey" FROM (SELECT n."courseId" AS "courseId", count(*) AS "staff", sum(n."done") AS "done" FROM need n GROUP BY n."courseId") t JOIN "Course" c ON c."id" = t."courseId" JOIN "Unit" cu ON cu."id" = c."unitId" ORDER BY "kind" DESC, "titleKey", "id"`,
  );

/**
 * The enrolments completed in each month by learners at home in the subtree (the enrolment's unit is the learner's),
 * in one statement: `bounds` are the months' first instants (midnight on the 1st in Asia/Shanghai) and the next
 * month's, and `counts` the months' counts as one text column ('3,0,1,...'), oldest first. Walks the subtree's units
 * (CROSS JOIN: SQLite reads them first, by their paths) and seeks each one's completions of the window on
 * (unitId, status, completedAt).
 */
export async function completionsByMonth(db: Db, unit: CheckedUnit, bounds: readonly Date[]): Promise<number[]> {
  const first = bounds[0];
  const end = bounds[bounds.length - 1];
  if (!first || !end || bounds.length < 2) throw new Error('completionsByMonth: no month to count');
  const perMonth = joinReviewed(
    bounds
      .slice(1)
      .map(
        (to, i) => reviewedSql`count(CASE WHEN e."completedAt" >= ${bounds[i]} AND e."completedAt" < ${to} THEN 1 END)`,
      ),
    reviewedSql` || ',' || `,
  );
  const [row] = await queryReviewed<{ counts: string | null }>(
    db,
    reviewedSql`SELECT ${perMonth} AS "counts" FROM "Unit" u CROSS JOIN "Enrolment" e WHERE (${inSubtrees(reviewedSql`u."path"`, [unit.path])}) AND e."unitId" = u."id" AND e."status" = 'completed' AND e."completedAt" >= ${first} AND e."completedAt" < ${end}`,
  );
  const counts = String(row?.counts ?? '')
    .split(',')
    .map(Number);
  if (counts.length !== bounds.length - 1 || counts.some((n) => !Number.isSafeInteger(n) || n < 0))
    throw new Error('completionsByMonth: expected a count per month');
  return counts;
}
