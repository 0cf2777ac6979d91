// The hours list's side of a scoped page (scopedPage in @strata/api): a unit subtree's hour entries, newest first by
// id, filtered by decision, activity, volunteer or year, each read with the volunteer's name, the certifying unit's
// name and the activity's title. The approval queue (`status: 'pending'`) reads each unit's (unitId, status, id) index
// in order and stops after the page; the volunteer's name is shown to readers of the entry's unit (a name, never the
// volunteer's personal data), whatever unit registered them.
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import type { HourFilter } from './hours-schemas';

const table = reviewedSql`"HourEntry" r`;

export function hourSource(filter: HourFilter): PageSource {
  return {
    table,
    where: [
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      ...(filter.activityId ? [reviewedSql`r."activityId" = ${filter.activityId}`] : []),
      ...(filter.volunteerId ? [reviewedSql`r."volunteerId" = ${filter.volunteerId}`] : []),
      ...(filter.year ? [reviewedSql`r."year" = ${filter.year}`] : []),
    ],
    key: reviewedSql`r."id"`,
    order: 'desc',
  };
}

export type ListedHour = {
  id: number;
  volunteerId: number;
  volunteerName: string;
  unitId: number;
  unitName: string;
  activityId: number;
  activityTitle: string;
  servedOn: string;
  minutes: number;
  status: string;
  reason: string;
  appeal: string;
  appealedAt: string | null;
  createdAt: string;
};

export const listedHours: PageRows<ListedHour, ListedHour> = {
  columns: reviewedSql`r."id" AS "id", r."volunteerId" AS "volunteerId", v."name" AS "volunteerName", r."unitId" AS "unitId", n."name" AS "unitName", r."activityId" AS "activityId", a."title" AS "activityTitle", r."servedOn" AS "servedOn", r."minutes" AS "minutes", r."status" AS "status", r."reason" AS "reason", r."appeal" AS "appeal", r."appealedAt" AS "appealedAt", r."createdAt" AS "createdAt"`,
  joins: reviewedSql`JOIN "Volunteer" v ON v."id" = r."volunteerId" JOIN "Unit" n ON n."id" = r."unitId" JOIN "Activity" a ON a."id" = r."activityId"`,
  item: ([row]) => row as ListedHour,
};
