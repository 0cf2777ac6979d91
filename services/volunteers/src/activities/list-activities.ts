// The activities as an organiser reads them: those in the caller's scope (or one unit's subtree), filtered, sorted and
// a page at a time through a scoped page; the page's sign-up counts in one grouped query.
import { mapPage, type Page, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { activitySource, listedActivities } from './activity-page.sql';
import type { ActivityFilter, activityRow } from './activity-schemas';
import { signupCounts } from './signup-counts';

type Row = z.output<typeof activityRow>;

export async function listActivities(db: Db, scope: Scope, filter: ActivityFilter): Promise<Page<Row>> {
  const within = await withinPath(db, scope, 'volunteers.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'volunteers.read',
    within,
    source: activitySource(filter),
    ...pageArgs(filter),
    rows: listedActivities,
  });
  const counts = await signupCounts(
    db,
    page.items.map((a) => a.id),
    scope.ownedWhere('volunteers.read'),
  );
  return mapPage(page, (a): Row => {
    const c = counts(a.id);
    return {
      id: a.id,
      title: a.title,
      unitId: a.unitId,
      unitName: a.unitName,
      teamId: a.teamId === null ? null : Number(a.teamId),
      teamName: a.teamName,
      place: a.place,
      startsAt: toIso(a.startsAt),
      endsAt: toIso(a.endsAt),
      mode: a.mode as Row['mode'],
      approval: Boolean(Number(a.approval)),
      capacity: a.capacity === null ? null : Number(a.capacity),
      placesLeft: a.placesLeft === null ? null : Number(a.placesLeft),
      confirmed: c.confirmed,
      waitlisted: c.waitlisted,
      status: a.status as Row['status'],
    };
  });
}
