// The team list's side of a scoped page (scopedPage in @strata/api): the teams a filter names, in the order asked,
// each read with its unit's name and its counts of approved members and pending requests. By name a page reads each
// unit's (unitId, nameKey, id) index in order; by members it sorts the scope's teams by their count (a unit runs few).
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import type { TeamFilter } from './teams-schemas';

const table = reviewedSql`"VolunteerTeam" r`;

const approved = reviewedSql`(SELECT count(*) FROM "VolunteerTeamMember" g WHERE g."teamId" = r."id" AND g."status" = ${'approved'})`;
const pending = reviewedSql`(SELECT count(*) FROM "VolunteerTeamMember" h WHERE h."teamId" = r."id" AND h."status" = ${'pending'})`;

const sortKeys = {
  // Names sort by their natural key (pinyin, numbers by value), not by code point.
  name: reviewedSql`r."nameKey"`,
  members: approved,
} as const satisfies Record<TeamFilter['sort'], Prisma.Sql>;

/** The teams a filter names (the caller's scope is added by scopedPage), in its order. */
export function teamSource(filter: TeamFilter): PageSource {
  return {
    table,
    where: [
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      ...(filter.q ? [reviewedSql`r."name" LIKE ${`%${literalContains(filter.q)}%`}`] : []),
    ],
    key: sortKeys[filter.sort],
    order: filter.order,
  };
}

/** A team as the page statement reads it. */
export type ListedTeam = {
  id: number;
  unitId: number;
  unitName: string;
  name: string;
  description: string;
  skills: string;
  status: string;
  members: unknown;
  pending: unknown;
};

export const listedTeams: PageRows<ListedTeam, ListedTeam> = {
  columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", n."name" AS "unitName", r."name" AS "name", r."description" AS "description", r."skills" AS "skills", r."status" AS "status", ${approved} AS "members", ${pending} AS "pending"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId"`,
  item: ([row]) => row as ListedTeam,
};
