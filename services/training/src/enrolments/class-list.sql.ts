// A course's class list (its learners of every unit, for its trainers): a page of the course's enrolments with the
// learner's unit's name and their version's criteria, filtered by status, overdue and part of the learner's name,
// sorted by name, enrolment or progress. Raw SQL because progress is a sort (its percent, computed from each
// enrolment's own version: progressPercent in progress.ts, written again here as SQL), which Prisma cannot say. The
// course was looked up through the caller's training.teach scope first; every statement is confined to it and to the
// unit running it (the enrolments it shares with that unit), read through the (courseId, status, id) index.
import { integerLiteral, joinReviewed, queryReviewed, reviewedSql } from '@strata/api';
import { type Db, literalContains, type Prisma } from '@strata/db';
import type { ClassListInput } from './enrolments-schemas';

/** The enrolments counted and listed: the course's, as shared with its unit, and the filter's. */
function conditions(course: { id: number; unitId: number }, input: ClassListInput, today: string): Prisma.Sql {
  const overdue = reviewedSql`(r."dueOn" IS NOT NULL AND r."dueOn" < ${today} AND r."status" IN ('enrolled', 'in_progress'))`;
  return joinReviewed(
    [
      reviewedSql`r."courseId" = ${course.id}`,
      reviewedSql`r."courseUnitId" = ${course.unitId}`,
      ...(input.status ? [reviewedSql`r."status" = ${input.status}`] : []),
      ...(input.overdue === true ? [overdue] : input.overdue === false ? [reviewedSql`NOT ${overdue}`] : []),
      ...(input.q ? [reviewedSql`r."learnerName" LIKE ${`%${literalContains(input.q)}%`}`] : []),
    ],
    reviewedSql` AND `,
  );
}

/** The share of lessons, the quiz and sessions met, out of what the version asks (progressPercent as SQL). */
const asked = reviewedSql`((CASE WHEN v."lessonsRequired" AND v."lessonCount" > 0 THEN v."lessonCount" ELSE 0 END) + (CASE WHEN v."minScore" IS NOT NULL THEN 1 ELSE 0 END) + (CASE WHEN v."sessionsRequired" > 0 THEN v."sessionsRequired" ELSE 0 END))`;
const met = reviewedSql`((CASE WHEN v."lessonsRequired" AND v."lessonCount" > 0 THEN (CASE WHEN r."lessonsDone" < v."lessonCount" THEN r."lessonsDone" ELSE v."lessonCount" END) ELSE 0 END) + (CASE WHEN v."minScore" IS NOT NULL AND r."bestScore" IS NOT NULL AND r."bestScore" >= v."minScore" THEN 1 ELSE 0 END) + (CASE WHEN v."sessionsRequired" > 0 THEN (CASE WHEN r."sessionsAttended" < v."sessionsRequired" THEN r."sessionsAttended" ELSE v."sessionsRequired" END) ELSE 0 END))`;
const progress = reviewedSql`(CASE WHEN r."status" = 'completed' THEN 100 WHEN ${asked} = 0 THEN 0 WHEN (${met} * 100) / ${asked} > 99 THEN 99 ELSE (${met} * 100) / ${asked} END)`;

const sortKeys = {
  learnerName: reviewedSql`r."learnerName"`,
  enrolledAt: reviewedSql`r."enrolledAt"`,
  progress,
} as const;
const directions = { asc: reviewedSql`ASC`, desc: reviewedSql`DESC` } as const;

export type ClassListed = {
  id: number;
  learnerName: string;
  unitName: string;
  status: string;
  source: string;
  dueOn: string | null;
  enrolledAt: string;
  completedAt: string | null;
  lessonsDone: number;
  bestScore: number | null;
  sessionsAttended: number;
  lessonsRequired: boolean | number;
  lessonCount: number;
  minScore: number | null;
  sessionsRequired: number;
};

/** A page of the class list, and how many enrolments the filter matches. */
export async function classListPage(
  db: Db,
  course: { id: number; unitId: number },
  input: ClassListInput,
  today: string,
): Promise<{ rows: ClassListed[]; total: number }> {
  const where = conditions(course, input, today);
  const dir = directions[input.order];
  const skip = (input.page - 1) * input.pageSize;
  const [rows, counted] = await Promise.all([
    queryReviewed<ClassListed>(
      db,
      reviewedSql`SELECT r."id" AS "id", r."learnerName" AS "learnerName", n."name" AS "unitName", r."status" AS "status", r."source" AS "source", r."dueOn" AS "dueOn", r."enrolledAt" AS "enrolledAt", r."completedAt" AS "completedAt", r."lessonsDone" AS "lessonsDone", r."bestScore" AS "bestScore", r."sessionsAttended" AS "sessionsAttended", v."lessonsRequired" AS "lessonsRequired", v."lessonCount" AS "lessonCount", v."minScore" AS "minScore", v."sessionsRequired" AS "sessionsRequired" FROM "Enrolment" r JOIN "CourseVersion" v ON v."id" = r."versionId" JOIN "Unit" n ON n."id" = r."unitId" WHERE ${where} ORDER BY ${sortKeys[input.sort]} ${dir}, r."id" ${dir} LIMIT ${integerLiteral(input.pageSize)} OFFSET ${skip}`,
      { instants: 'text' },
    ),
    queryReviewed<{ n: unknown }>(db, reviewedSql`SELECT count(*) AS "n" FROM "Enrolment" r WHERE ${where}`),
  ]);
  return { rows, total: Number(counted[0]?.n ?? 0) };
}
