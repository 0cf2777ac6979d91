// The registry's state in the URL (the list kit's spec): the unit within the current one, the name searched, the
// codes chosen and the order, so a filtered list survives a reload and can be sent to a colleague (the map's panel
// links here with `?unitId=`). A bad value reads as its default. The exact ID-number and phone lookups are no part of
// it: personal data stays out of the address bar, the browser's history and shared links (registry-list-page.tsx).
import {
  memberEducations,
  memberEthnicityCodes,
  memberGenders,
  memberLimits,
  memberOccupations,
  memberStages,
} from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  type FilterValues,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { MemberListInput, MemberSort } from '../common/api-types';
import { memberSorts, memberStatusFilters } from '../common/domain-values';

export const registryListSpec = {
  filters: {
    /** A unit inside the current unit's subtree; unset means the whole subtree. */
    unitId: idParam,
    q: textParam({ max: memberLimits.nameMax }),
    stage: oneOfParam(memberStages),
    /** Unset: members on the registry now (`current`), as the server reads it. */
    status: oneOfParam(memberStatusFilters),
    gender: oneOfParam(memberGenders),
    education: oneOfParam(memberEducations),
    occupation: oneOfParam(memberOccupations),
    ethnicity: oneOfParam(memberEthnicityCodes),
  },
  sorts: memberSorts,
  defaultSort: { sort: 'name', order: 'asc' },
} satisfies ListQuerySpec<FilterShape, MemberSort>;

export type RegistryFilters = FilterValues<(typeof registryListSpec)['filters']>;
export type RegistryListQuery = ListQuery<(typeof registryListSpec)['filters'], MemberSort>;

/** The exact lookups, kept in the page rather than the URL; blank is no lookup. */
export type Lookups = { idNumber?: string; phone?: string };

/**
 * The `members.registry.list` input (and `exportPage`'s) for the URL's state and the lookups, within the unit the
 * switcher points at; `page`/`pageSize` the table's.
 */
export function toMemberListInput(query: RegistryListQuery, lookups: Lookups, currentUnitId: number): MemberListInput {
  const { unitId, q, stage, status, gender, education, occupation, ethnicity } = query.filters;
  return {
    unitId: unitId ?? currentUnitId,
    ...(q && { q }),
    ...(lookups.idNumber && { idNumber: lookups.idNumber }),
    ...(lookups.phone && { phone: lookups.phone }),
    ...(stage !== undefined && { stage }),
    status: status ?? 'current',
    ...(gender !== undefined && { gender }),
    ...(education !== undefined && { education }),
    ...(occupation !== undefined && { occupation }),
    ...(ethnicity !== undefined && { ethnicity }),
    sort: query.sort ?? 'name',
    order: query.order ?? 'asc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
