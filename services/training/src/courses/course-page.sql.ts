// The catalogue's side of a scoped page (scopedPage in @strata/api): the courses a filter names, by title (naturalKey)
// or by last change, each read with its unit's name, its current version's number and lessons and its draft's (a
// course has at most one draft, so each course reads as one row).
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import type { CourseFilter } from './course-schemas';

const table = reviewedSql`"Course" r`;

const sortKeys = {
  title: reviewedSql`r."titleKey"`,
  updatedAt: reviewedSql`r."updatedAt"`,
} as const satisfies Record<CourseFilter['sort'], Prisma.Sql>;

/** A boolean column equal to a value, written as a literal (both databases read TRUE and FALSE). */
const flag = (column: Prisma.Sql, value: boolean | undefined) =>
  value === undefined ? [] : [value ? reviewedSql`${column} = TRUE` : reviewedSql`${column} = FALSE`];

/** The courses a filter names (the caller's scope is added by scopedPage), in its order. */
export function courseSource(filter: CourseFilter): PageSource {
  return {
    table,
    where: [
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      ...(filter.category ? [reviewedSql`r."category" = ${filter.category}`] : []),
      ...(filter.audience ? [reviewedSql`r."audience" = ${filter.audience}`] : []),
      ...flag(reviewedSql`r."isPublic"`, filter.isPublic),
      ...flag(reviewedSql`r."required"`, filter.required),
      ...(filter.q ? [reviewedSql`r."title" LIKE ${`%${literalContains(filter.q)}%`}`] : []),
    ],
    key: sortKeys[filter.sort],
    order: filter.order,
  };
}

/** A course as the page statement reads it (instants as ISO text; booleans and counts as the driver gives them). */
export type ListedCourse = {
  id: number;
  title: string;
  unitId: number;
  unitName: string;
  category: string;
  audience: string;
  isPublic: unknown;
  required: unknown;
  status: string;
  updatedAt: string;
  currentNumber: unknown;
  currentLessons: unknown;
  draftNumber: unknown;
  draftLessons: unknown;
};

export const listedCourses: PageRows<ListedCourse, ListedCourse> = {
  columns: reviewedSql`r."id" AS "id", r."title" AS "title", r."unitId" AS "unitId", n."name" AS "unitName", r."category" AS "category", r."audience" AS "audience", r."isPublic" AS "isPublic", r."required" AS "required", r."status" AS "status", r."updatedAt" AS "updatedAt", cv."number" AS "currentNumber", cv."lessonCount" AS "currentLessons", dv."number" AS "draftNumber", dv."lessonCount" AS "draftLessons"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "CourseVersion" cv ON cv."id" = r."currentVersionId" LEFT JOIN "CourseVersion" dv ON dv."courseId" = r."id" AND dv."status" = 'draft'`,
  item: ([row]) => row as ListedCourse,
};
