// The volunteer list's side of a scoped page (scopedPage in @strata/api): the volunteers a filter names, in the order
// asked, each read with its unit's name, its sealed ID number and phone (masked by the caller, never sent sealed) and
// the number of teams it is an approved member of. The default page (by name) reads each unit's (unitId, nameKey, id)
// index in order and stops after the page; a lookup by ID number or phone is an equality on its blind index.
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import type { VolunteerFilter } from './people-schemas';

const table = reviewedSql`"Volunteer" r`;

const sortKeys = {
  // Names sort by their natural key (pinyin, numbers by value), not by code point.
  name: reviewedSql`r."nameKey"`,
  joinedOn: reviewedSql`r."joinedOn"`,
} as const satisfies Record<VolunteerFilter['sort'], Prisma.Sql>;

/** What the search asks for: part of the name, or the blind index of a whole ID number or phone. */
export type VolunteerSearch = { name?: string; idNumberIndex?: string; phoneIndex?: string };

/** The volunteers a filter names (the caller's scope is added by scopedPage), in its order. */
export function volunteerSource(filter: VolunteerFilter, search: VolunteerSearch): PageSource {
  return {
    table,
    where: [
      ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
      // Skills are a JSON array of keys: a key is found with its quotes, so no key matches inside another.
      ...(filter.skill ? [reviewedSql`r."skills" LIKE ${`%"${filter.skill}"%`}`] : []),
      ...(search.name ? [reviewedSql`r."name" LIKE ${`%${literalContains(search.name)}%`}`] : []),
      ...(search.idNumberIndex ? [reviewedSql`r."idNumberIndex" = ${search.idNumberIndex}`] : []),
      ...(search.phoneIndex ? [reviewedSql`r."phoneIndex" = ${search.phoneIndex}`] : []),
    ],
    key: sortKeys[filter.sort],
    order: filter.order,
  };
}

/** A volunteer as the page statement reads it: the listed fields, the unit's name, the sealed values. */
export type ListedVolunteer = {
  id: number;
  unitId: number;
  unitName: string;
  name: string;
  gender: string;
  idNumber: string;
  phone: string;
  /** Always blank: the list never reads the address. */
  address: string;
  skills: string;
  status: string;
  memberId: number | null;
  joinedOn: string;
  teams: unknown;
};

/** What the list reads of each volunteer: never the address (the list would only mask it). */
export const listedVolunteers: PageRows<ListedVolunteer, ListedVolunteer> = {
  columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", n."name" AS "unitName", r."name" AS "name", r."gender" AS "gender", r."idNumber" AS "idNumber", r."phone" AS "phone", '' AS "address", r."skills" AS "skills", r."status" AS "status", r."memberId" AS "memberId", r."joinedOn" AS "joinedOn", (SELECT count(*) FROM "VolunteerTeamMember" g WHERE g."volunteerId" = r."id" AND g."status" = ${'approved'}) AS "teams"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId"`,
  item: ([row]) => row as ListedVolunteer,
};
