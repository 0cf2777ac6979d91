// The session list's side of a scoped page (scopedPage in @strata/api): the sessions a filter names, by start (each
// unit's (unitId, startsAt) index walked in order for a narrow scope), each read with its course's title, its unit's
// name and its trainer's display name.
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import type { SessionFilter } from './session-schemas';

const table = reviewedSql`"TrainingSession" r`;

/** The sessions a filter names (the caller's scope is added by scopedPage), by start. */
export function sessionSource(filter: SessionFilter): PageSource {
  return {
    table,
    where: [
      ...(filter.courseId ? [reviewedSql`r."courseId" = ${filter.courseId}`] : []),
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      ...(filter.from ? [reviewedSql`r."startsAt" >= ${startOfCalendarDay(filter.from)}`] : []),
      ...(filter.to ? [reviewedSql`r."startsAt" < ${startOfCalendarDay(nextCalendarDay(filter.to))}`] : []),
    ],
    key: reviewedSql`r."startsAt"`,
    order: filter.order,
  };
}

/** A session as the page statement reads it (instants as ISO text; integers as the driver gives them). */
export type ListedSession = {
  id: number;
  courseId: number;
  courseTitle: string;
  unitId: number;
  unitName: string;
  title: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
  trainerId: number | null;
  trainerName: string | null;
  status: string;
};

export const listedSessions: PageRows<ListedSession, ListedSession> = {
  columns: reviewedSql`r."id" AS "id", r."courseId" AS "courseId", c."title" AS "courseTitle", r."unitId" AS "unitId", n."name" AS "unitName", r."title" AS "title", r."place" AS "place", r."startsAt" AS "startsAt", r."endsAt" AS "endsAt", r."capacity" AS "capacity", r."booked" AS "booked", r."trainerId" AS "trainerId", t."displayName" AS "trainerName", r."status" AS "status"`,
  joins: reviewedSql`JOIN "Course" c ON c."id" = r."courseId" JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "User" t ON t."id" = r."trainerId"`,
  item: ([row]) => row as ListedSession,
};
