// A unit subtree's hour entries as the approval queue and the hours page show them, a page at a time in the caller's
// volunteers.read scope, with a total bounded like every list's (listCountBound).
import { mapPage, type Page, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { HourStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { hourSource, listedHours } from './hour-page.sql';
import type { HourFilter, HourRow } from './hours-schemas';

export async function listHours(db: Db, scope: Scope, filter: HourFilter): Promise<Page<HourRow>> {
  const within = await withinPath(db, scope, 'volunteers.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'volunteers.read',
    within,
    source: hourSource(filter),
    ...pageArgs(filter),
    rows: listedHours,
  });
  return mapPage(page, (h) => ({
    id: h.id,
    volunteerId: h.volunteerId,
    volunteerName: h.volunteerName,
    unitId: h.unitId,
    unitName: h.unitName,
    activityId: h.activityId,
    activityTitle: h.activityTitle,
    servedOn: h.servedOn,
    minutes: h.minutes,
    status: h.status as HourStatus,
    reason: h.reason,
    appeal: h.appeal,
    appealedAt: toIso(h.appealedAt),
    createdAt: toIso(h.createdAt),
  }));
}
