// The enrolments list's side of a scoped page (scopedPage in @strata/api): the enrolments owned by a unit subtree
// (the training of its people, whatever unit runs the course), newest first by id, filtered by course, status, source,
// overdue and part of the learner's name, each read with the learner's unit's name, the course's title and unit's
// name, and the criteria of the learner's version (for the progress percent).
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { literalContains } from '@strata/db';
import type { EnrolmentFilter } from './enrolments-schemas';

export function enrolmentSource(filter: EnrolmentFilter, today: string): PageSource {
  const overdue = reviewedSql`(r."dueOn" IS NOT NULL AND r."dueOn" < ${today} AND r."status" IN ('enrolled', 'in_progress'))`;
  return {
    table: reviewedSql`"Enrolment" r`,
    where: [
      ...(filter.courseId ? [reviewedSql`r."courseId" = ${filter.courseId}`] : []),
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      ...(filter.source ? [reviewedSql`r."source" = ${filter.source}`] : []),
      ...(filter.overdue === true ? [overdue] : filter.overdue === false ? [reviewedSql`NOT ${overdue}`] : []),
      ...(filter.q ? [reviewedSql`r."learnerName" LIKE ${`%${literalContains(filter.q)}%`}`] : []),
    ],
    key: reviewedSql`r."id"`,
    order: 'desc',
  };
}

export type ListedEnrolment = {
  id: number;
  learnerName: string;
  unitId: number;
  unitName: string;
  courseId: number;
  courseTitle: string;
  courseUnitName: string;
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

export const listedEnrolments: PageRows<ListedEnrolment, ListedEnrolment> = {
  columns: reviewedSql`r."id" AS "id", r."learnerName" AS "learnerName", r."unitId" AS "unitId", n."name" AS "unitName", r."courseId" AS "courseId", c."title" AS "courseTitle", cn."name" AS "courseUnitName", r."status" AS "status", r."source" AS "source", r."dueOn" AS "dueOn", r."enrolledAt" AS "enrolledAt", r."completedAt" AS "completedAt", r."lessonsDone" AS "lessonsDone", r."bestScore" AS "bestScore", r."sessionsAttended" AS "sessionsAttended", v."lessonsRequired" AS "lessonsRequired", v."lessonCount" AS "lessonCount", v."minScore" AS "minScore", v."sessionsRequired" AS "sessionsRequired"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" JOIN "Course" c ON c."id" = r."courseId" JOIN "Unit" cn ON cn."id" = r."courseUnitId" JOIN "CourseVersion" v ON v."id" = r."versionId"`,
  item: ([row]) => row as ListedEnrolment,
};
