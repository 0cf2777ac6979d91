// The learner's course page in two statements, read straight from the driver (queryReviewed): their enrolment of the
// course with the course, the unit running it, their version's criteria and the certificate; then their version's
// modules and lessons in order, each with whether they finished it. Prisma would take a statement per relation,
// most of the page's time on a large course. Both are found by the caller's account (`userId`) and the enrolment's own
// version: nobody else's rows.
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export type OwnEnrolmentRead = {
  id: number;
  versionId: number;
  status: string;
  source: string;
  dueOn: string | null;
  enrolledAt: string;
  completedAt: string | null;
  lessonsDone: number;
  bestScore: number | null;
  sessionsAttended: number;
  courseId: number;
  title: string;
  summary: string;
  category: string;
  unitName: string;
  versionNumber: number;
  lessonsRequired: boolean | number;
  lessonCount: number;
  minScore: number | null;
  sessionsRequired: number;
  certificateNumber: string | null;
  certificateRevokedAt: string | null;
};

/** The caller's enrolment of the course, with what its page shows of the course; null when there is none. */
export async function ownEnrolmentRead(db: Db, accountId: number, courseId: number): Promise<OwnEnrolmentRead | null> {
  const [row] = await queryReviewed<OwnEnrolmentRead>(
    db,
    reviewedSql`SELECT e."id" AS "id", e."versionId" AS "versionId", e."status" AS "status", e."source" AS "source", e."dueOn" AS "dueOn", e."enrolledAt" AS "enrolledAt", e."completedAt" AS "completedAt", e."lessonsDone" AS "lessonsDone", e."bestScore" AS "bestScore", e."sessionsAttended" AS "sessionsAttended", c."id" AS "courseId", c."title" AS "title", c."summary" AS "summary", c."category" AS "category", n."name" AS "unitName", v."number" AS "versionNumber", v."lessonsRequired" AS "lessonsRequired", v."lessonCount" AS "lessonCount", v."minScore" AS "minScore", v."sessionsRequired" AS "sessionsRequired", t."number" AS "certificateNumber", t."revokedAt" AS "certificateRevokedAt" FROM "Enrolment" e JOIN "Course" c ON c."id" = e."courseId" JOIN "Unit" n ON n."id" = c."unitId" JOIN "CourseVersion" v ON v."id" = e."versionId" LEFT JOIN "TrainingCertificate" t ON t."enrolmentId" = e."id" WHERE e."courseId" = ${courseId} AND e."userId" = ${accountId}`,
    { instants: 'text' },
  );
  return row ?? null;
}

export type OutlineRead = {
  moduleId: number;
  moduleTitle: string;
  lessonId: number | null;
  title: string | null;
  kind: string | null;
  minutes: number | null;
  done: number | boolean | null;
};

/** The version's modules (each with its lessons, a module without any as one row) in order, and what was done. */
export function outlineRead(db: Db, versionId: number, enrolmentId: number): Promise<OutlineRead[]> {
  return queryReviewed<OutlineRead>(
    db,
    reviewedSql`SELECT m."id" AS "moduleId", m."title" AS "moduleTitle", l."id" AS "lessonId", l."title" AS "title", l."kind" AS "kind", l."minutes" AS "minutes", CASE WHEN p."id" IS NULL THEN 0 ELSE 1 END AS "done" FROM "CourseModule" m LEFT JOIN "Lesson" l ON l."moduleId" = m."id" LEFT JOIN "LessonProgress" p ON p."enrolmentId" = ${enrolmentId} AND p."lessonId" = l."id" WHERE m."versionId" = ${versionId} ORDER BY m."position", m."id", l."position", l."id"`,
  );
}
