// The activities as an organiser reads them: those in the caller's scope (or one unit's subtree), filtered, sorted and
// a page at a time through a scoped page, each with its live sign-up counts (in the page's statement).
import { mapPage, type Page, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { activitySource, listedActivities } from './activity-page.sql';
import type { ActivityFilter, activityRow } from './activity-schemas';

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
  return mapPage(
    page,
    (a): Row => ({
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
      confirmed: Number(a.confirmed),
      waitlisted: Number(a.waitlisted),
      status: a.status as Row['status'],
    }),
  );
}
