// The registry list's side of a scoped page (scopedPage in @strata/api): the members a filter names, in the order
// asked, each read with its unit's name and its sealed ID number and phone (masked by the caller, never sent sealed).
// The default page (members on the registry, by name) reads each unit's (unitId, nameKey, id) index in order and
// stops after the page; a lookup by ID number or phone is an equality on its blind index.
import { type PageRows, type PageSource, reviewedSql, valueList } from '@strata/api';
import { activeMemberStatuses } from '@strata/contract';
import { literalContains, type Prisma } from '@strata/db';
import type { MemberFilter } from './registry-schemas';

const table = reviewedSql`"Member" r`;

const sortKeys = {
  // Names sort by their natural key (pinyin, numbers by value), not by code point.
  name: reviewedSql`r."nameKey"`,
  birthDate: reviewedSql`r."birthDate"`,
  probationaryOn: reviewedSql`r."probationaryOn"`,
  updatedAt: reviewedSql`r."updatedAt"`,
} as const satisfies Record<MemberFilter['sort'], Prisma.Sql>;

// Members on the registry are most of every unit's rows, so this is stated as a test rather than a column condition:
// SQLite would otherwise look the statuses up in the (unitId, status, ...) index and sort the whole scope by name,
// instead of walking the (unitId, nameKey, id) index and stopping after the page. A single other status is rare, and
// stays a column condition that the (unitId, status, ...) index answers.
const current = reviewedSql`(r."status" IN (${valueList(activeMemberStatuses)})) = TRUE`;

/** The blind indexes of the exact lookups the filter asks for (computed by the caller from the checked values). */
export type Lookups = { idNumberIndex?: string; phoneIndex?: string };

/** The members a filter names (the caller's scope is added by scopedPage), in its order. */
export function memberSource(filter: MemberFilter, lookups: Lookups): PageSource {
  const status =
    filter.status === 'all'
      ? []
      : filter.status === 'current'
        ? [current]
        : [reviewedSql`r."status" = ${filter.status}`];
  return {
    table,
    where: [
      ...status,
      ...(filter.stage ? [reviewedSql`r."stage" = ${filter.stage}`] : []),
      ...(filter.gender ? [reviewedSql`r."gender" = ${filter.gender}`] : []),
      ...(filter.education ? [reviewedSql`r."education" = ${filter.education}`] : []),
      ...(filter.occupation ? [reviewedSql`r."occupation" = ${filter.occupation}`] : []),
      ...(filter.ethnicity ? [reviewedSql`r."ethnicity" = ${filter.ethnicity}`] : []),
      ...(filter.q ? [reviewedSql`r."name" LIKE ${`%${literalContains(filter.q)}%`}`] : []),
      ...(lookups.idNumberIndex ? [reviewedSql`r."idNumberIndex" = ${lookups.idNumberIndex}`] : []),
      ...(lookups.phoneIndex ? [reviewedSql`r."phoneIndex" = ${lookups.phoneIndex}`] : []),
    ],
    key: sortKeys[filter.sort],
    order: filter.order,
    // Applicants and activists have no admission day: last either way.
    nullsLast: filter.sort === 'probationaryOn',
  };
}

/** A member as the page statement reads it: the listed fields, the unit's name and path, the sealed values. */
export type ListedMember = {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  name: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  education: string;
  occupation: string;
  stage: string;
  status: string;
  appliedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  probationaryOn: string | null;
  probationEndsOn: string | null;
  fullOn: string | null;
  idNumber: string;
  phone: string;
  address: string;
  updatedAt: string;
};

/**
 * What a list reads of each member: never the workplace or note, and the address only for an export (`withAddress`),
 * which may show it; the list leaves it out rather than decrypt what it would only mask.
 */
export function listedMembers(withAddress: boolean): PageRows<ListedMember, ListedMember> {
  const address = withAddress ? reviewedSql`r."address"` : reviewedSql`''`;
  return {
    columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", n."name" AS "unitName", n."path" AS "unitPath", r."name" AS "name", r."gender" AS "gender", r."birthDate" AS "birthDate", r."ethnicity" AS "ethnicity", r."education" AS "education", r."occupation" AS "occupation", r."stage" AS "stage", r."status" AS "status", r."appliedOn" AS "appliedOn", r."activistOn" AS "activistOn", r."candidateOn" AS "candidateOn", r."probationaryOn" AS "probationaryOn", r."probationEndsOn" AS "probationEndsOn", r."fullOn" AS "fullOn", r."idNumber" AS "idNumber", r."phone" AS "phone", ${address} AS "address", r."updatedAt" AS "updatedAt"`,
    joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId"`,
    item: ([row]) => row as ListedMember,
  };
}
