// The activity list's side of a scoped page (scopedPage in @strata/api): the activities a filter names, by start (each
// unit's (unitId, startsAt, id) index walked in order, or the (startsAt, id) index for a wide scope) or by title, each
// read with its unit's and team's names.
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import { nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import type { ActivityFilter } from './activity-schemas';

const table = reviewedSql`"Activity" r`;

const sortKeys = {
  startsAt: reviewedSql`r."startsAt"`,
  title: reviewedSql`r."titleKey"`,
} as const satisfies Record<ActivityFilter['sort'], Prisma.Sql>;

/** The activities a filter names (the caller's scope is added by scopedPage), in its order. */
export function activitySource(filter: ActivityFilter): PageSource {
  return {
    table,
    where: [
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      ...(filter.teamId ? [reviewedSql`r."teamId" = ${filter.teamId}`] : []),
      ...(filter.from ? [reviewedSql`r."startsAt" >= ${startOfCalendarDay(filter.from)}`] : []),
      ...(filter.to ? [reviewedSql`r."startsAt" < ${startOfCalendarDay(nextCalendarDay(filter.to))}`] : []),
      ...(filter.q ? [reviewedSql`r."title" LIKE ${`%${literalContains(filter.q)}%`}`] : []),
    ],
    key: sortKeys[filter.sort],
    order: filter.order,
  };
}

/** An activity as the page statement reads it (instants as ISO text; booleans and counts as the driver gives them). */
export type ListedActivity = {
  id: number;
  title: string;
  unitId: number;
  unitName: string;
  teamId: number | null;
  teamName: string | null;
  place: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  approval: unknown;
  capacity: number | null;
  placesLeft: number | null;
  status: string;
  /** Live sign-ups, confirmed and on the waiting list (0 without any). */
  confirmed: number;
  waitlisted: number;
};

/**
 * The page's rows with their names and live sign-up counts, in the page's statement: a sign-up belongs to its
 * activity's unit (entered there, and an activity never moves), so the page's activities, picked in the scope, bring
 * only sign-ups in it. Counted from the (activityId, status, ...) index, for the page's activities alone.
 */
export const listedActivities: PageRows<ListedActivity, ListedActivity> = {
  columns: reviewedSql`r."id" AS "id", r."title" AS "title", r."unitId" AS "unitId", n."name" AS "unitName", r."teamId" AS "teamId", t."name" AS "teamName", r."place" AS "place", r."startsAt" AS "startsAt", r."endsAt" AS "endsAt", r."mode" AS "mode", r."approval" AS "approval", r."capacity" AS "capacity", r."placesLeft" AS "placesLeft", r."status" AS "status", COALESCE(c."confirmed", 0) AS "confirmed", COALESCE(c."waitlisted", 0) AS "waitlisted"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "VolunteerTeam" t ON t."id" = r."teamId" LEFT JOIN (SELECT s."activityId" AS "activityId", SUM(CASE WHEN s."status" = 'confirmed' THEN 1 ELSE 0 END) AS "confirmed", SUM(CASE WHEN s."status" = 'waitlisted' THEN 1 ELSE 0 END) AS "waitlisted" FROM "ActivitySignup" s WHERE s."activityId" IN (SELECT "id" FROM p) AND s."status" IN ('confirmed', 'waitlisted') GROUP BY s."activityId") c ON c."activityId" = r."id"`,
  item: ([row]) => row as ListedActivity,
};
