// The training team's cases for `npm run bench`, each beside its floor written by hand:
//  - `training.enrolments.classList`: page 1 of the class list (newest enrolments first) of the course with the most
//    learners that the caller's subtree runs, as the municipal admin and the township admin (both teach there);
//  - `training.learning.course`: a learner's page of a course (their version's modules and lessons, what they did,
//    criteria, figures, certificate), as the branch secretary in the course of theirs with the most lessons (the large
//    fixture enrols the bench's demo logins in several courses open to them);
//  - `training.reports.coverage`: the training coverage of the caller's whole subtree (staff, required courses open
//    to each, completions), by child unit and by course, and its learners' completions in each of the last twelve
//    months: the municipal admin's and the township admin's.
import {
  type BenchCaller,
  type BenchCase,
  type BenchPicked,
  type FloorProvider,
  type FloorQuery,
  instantLiteral,
  subtreeParams,
} from '@strata/api';
import { lastTwelveMonths } from '@strata/contract';
import { calendarDay, monthStartInstants } from '@strata/i18n/days';

const both = (floor: FloorQuery) => ({ sqlite: floor, postgresql: floor });

/** The course with the most enrolments among those run in the caller's subtree. */
const busiestCourse = {
  sql: `SELECT c."id" AS "courseId", c."unitId" AS "courseUnitId" FROM "Course" c JOIN "Unit" u ON u."id" = c."unitId"
    WHERE u."path" >= $1 AND u."path" < $2
    ORDER BY (SELECT count(*) FROM "Enrolment" e WHERE e."courseId" = c."id") DESC, c."id" LIMIT 1`,
  params: subtreeParams,
};

/** The class list by hand: the course through the caller's subtree, its page of learners, their count. */
const classListFloor: FloorQuery = {
  sql: [
    `SELECT c."id", c."unitId" FROM "Course" c JOIN "Unit" u ON u."id" = c."unitId"
      WHERE c."id" = $3 AND u."path" >= $1 AND u."path" < $2`,
    `SELECT r."id", r."learnerName", n."name" AS "unitName", r."status", r."source", r."dueOn", r."enrolledAt",
      r."completedAt", r."lessonsDone", r."bestScore", r."sessionsAttended", v."lessonsRequired", v."lessonCount",
      v."minScore", v."sessionsRequired" FROM "Enrolment" r JOIN "CourseVersion" v ON v."id" = r."versionId"
      JOIN "Unit" n ON n."id" = r."unitId" WHERE r."courseId" = $3 AND r."courseUnitId" = $4
      ORDER BY r."enrolledAt" DESC, r."id" DESC LIMIT 20`,
    `SELECT count(*) AS "n" FROM "Enrolment" r WHERE r."courseId" = $3 AND r."courseUnitId" = $4`,
  ],
  params: (caller: BenchCaller, p: BenchPicked) => [
    ...subtreeParams(caller),
    Number(p.courseId),
    Number(p.courseUnitId),
  ],
};

/** The caller's enrolment whose version has the most lessons. */
const ownCourse = {
  sql: `SELECT e."courseId" AS "courseId", e."id" AS "enrolmentId", e."versionId" AS "versionId", e."userId" AS "userId"
    FROM "User" us JOIN "Enrolment" e ON e."userId" = us."id" JOIN "CourseVersion" v ON v."id" = e."versionId"
    WHERE us."username" = $1 ORDER BY v."lessonCount" DESC, e."id" LIMIT 1`,
  params: (caller: BenchCaller) => [caller.username],
};

/** The learner's course page by hand: the enrolment with its course, version and certificate, the outline, what's done. */
const courseFloor: FloorQuery = {
  sql: [
    `SELECT e."id", e."versionId", e."status", e."source", e."dueOn", e."enrolledAt", e."completedAt", e."lessonsDone",
      e."bestScore", e."sessionsAttended", c."id" AS "courseId", c."title", c."summary", c."category",
      n."name" AS "unitName", v."number", v."lessonsRequired", v."lessonCount", v."minScore", v."sessionsRequired",
      t."number" AS "certificateNumber", t."revokedAt" FROM "Enrolment" e JOIN "Course" c ON c."id" = e."courseId"
      JOIN "Unit" n ON n."id" = c."unitId" JOIN "CourseVersion" v ON v."id" = e."versionId"
      LEFT JOIN "TrainingCertificate" t ON t."enrolmentId" = e."id" WHERE e."courseId" = $1 AND e."userId" = $2`,
    `SELECT m."id", m."title" FROM "CourseModule" m WHERE m."versionId" = $3 ORDER BY m."position", m."id"`,
    `SELECT l."id", l."moduleId", l."title", l."kind", l."minutes" FROM "Lesson" l WHERE l."versionId" = $3
      ORDER BY l."position", l."id"`,
    `SELECT p."lessonId" FROM "LessonProgress" p WHERE p."enrolmentId" = $4`,
  ],
  params: (_caller: BenchCaller, p: BenchPicked) => [
    Number(p.courseId),
    Number(p.userId),
    Number(p.versionId),
    Number(p.enrolmentId),
  ],
};

/**
 * The completions of the last twelve months by hand: the subtree's units ($1, $2), each one's completions of the
 * window on (unitId, status, completedAt), counted per month between midnights on the 1st (Asia/Shanghai), as one
 * text column.
 */
function completionsFloor(provider: FloorProvider): string {
  const bounds = monthStartInstants(lastTwelveMonths(calendarDay(new Date()))).map((instant) =>
    instantLiteral(provider, instant),
  );
  const counts = bounds
    .slice(1)
    .map((to, i) => `count(CASE WHEN e."completedAt" >= ${bounds[i]} AND e."completedAt" < ${to} THEN 1 END)`);
  return `SELECT ${counts.join(` || ',' || `)} AS "counts" FROM "Unit" u CROSS JOIN "Enrolment" e
    WHERE u."path" >= $1 AND u."path" < $2 AND e."unitId" = u."id" AND e."status" = 'completed'
      AND e."completedAt" >= ${bounds[0]} AND e."completedAt" < ${bounds[12]}`;
}

/**
 * Coverage by hand, as set-based SQL over the subtree ($1, $2) of the unit ($3): its units, then in one statement per
 * home unit the staff, those some required course applies to and those who completed all of theirs, and per required
 * course the staff it applies to and those who completed it; and the completions of the last twelve months.
 */
const coverageFloor = (provider: FloorProvider): FloorQuery => ({
  sql: () => [
    `SELECT u."id", u."parentId", u."path", u."name", u."sort" FROM "Unit" u WHERE u."path" >= $1 AND u."path" < $2`,
    `WITH req AS MATERIALIZED (SELECT c."id", c."unitId", c."audience", cu."path" FROM "Course" c
        JOIN "Unit" cu ON cu."id" = c."unitId" JOIN "Unit" x ON x."id" = $3
        WHERE c."required" = true AND c."status" = 'published'
          AND (substr(x."path", 1, length(cu."path")) = cu."path" OR (cu."path" >= $1 AND cu."path" < $2))),
      staff AS MATERIALIZED (SELECT s."id", s."unitId", u."path"
        FROM (SELECT DISTINCT g."userId" FROM "Grant" g WHERE g."role" <> 'member') k
        CROSS JOIN "User" s CROSS JOIN "Unit" u WHERE s."id" = k."userId" AND u."id" = s."unitId"
          AND u."path" >= $1 AND u."path" < $2 AND s."disabledAt" IS NULL),
      need AS MATERIALIZED (SELECT f."id" AS "userId", r."id" AS "courseId", CASE WHEN EXISTS (SELECT 1
          FROM "Enrolment" e WHERE e."courseId" = r."id" AND e."userId" = f."id" AND e."status" = 'completed')
          THEN 1 ELSE 0 END AS "done"
        FROM staff f JOIN req r ON r."unitId" = f."unitId"
          OR (r."audience" = 'subtree' AND substr(f."path", 1, length(r."path")) = r."path")),
      per AS MATERIALIZED (SELECT n."userId", sum(1 - n."done") AS "missing" FROM need n GROUP BY n."userId")
    SELECT 'unit' AS "kind", f."unitId" AS "id", count(*) AS "staff", count(p."userId") AS "counted",
      sum(CASE WHEN p."missing" = 0 THEN 1 ELSE 0 END) AS "done", NULL AS "title", NULL AS "unitName",
      NULL AS "courseUnitId", NULL AS "titleKey"
      FROM staff f LEFT JOIN per p ON p."userId" = f."id" GROUP BY f."unitId"
    UNION ALL SELECT 'course', t."courseId", t."staff", t."staff", t."done", c."title", cu."name", c."unitId",
      c."titleKey" FROM (SELECT n."courseId", count(*) AS "staff", sum(n."done") AS "done" FROM need n
        GROUP BY n."courseId") t JOIN "Course" c ON c."id" = t."courseId" JOIN "Unit" cu ON cu."id" = c."unitId"
    ORDER BY "kind" DESC, "titleKey", "id"`,
    completionsFloor(provider),
  ],
  params: (caller: BenchCaller) => [...subtreeParams(caller), caller.unitId],
});

export const trainingBenchCases: readonly BenchCase[] = [
  {
    name: 'training.enrolments.classList',
    procedure: 'training.enrolments.classList',
    roles: ['municipal', 'township'],
    pick: busiestCourse,
    input: (_caller, _n, p) => ({ courseId: Number(p.courseId), page: 1, pageSize: 20 }),
    floor: both(classListFloor),
  },
  {
    name: 'training.learning.course',
    procedure: 'training.learning.course',
    roles: ['branch'],
    pick: ownCourse,
    input: (_caller, _n, p) => ({ courseId: Number(p.courseId) }),
    floor: both(courseFloor),
  },
  {
    name: 'training.reports.coverage',
    procedure: 'training.reports.coverage',
    roles: ['municipal', 'township'],
    input: (caller) => ({ unitId: caller.unitId }),
    floor: { sqlite: coverageFloor('sqlite'), postgresql: coverageFloor('postgresql') },
    wholeScope: true,
  },
];
