// The course side's list of sessions (training.manage): those of the units in the caller's scope (or one unit's
// subtree), of a course, between two days, of a status, by start, a page at a time through a scoped page.
import { mapPage, type Page, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { listedSessions, sessionSource } from './session-page.sql';
import type { SessionFilter, sessionRow } from './session-schemas';

type Row = z.output<typeof sessionRow>;

export async function listSessions(db: Db, scope: Scope, filter: SessionFilter): Promise<Page<Row>> {
  const within = await withinPath(db, scope, 'training.manage', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'training.manage',
    within,
    source: sessionSource(filter),
    ...pageArgs(filter),
    rows: listedSessions,
  });
  return mapPage(
    page,
    (s): Row => ({
      id: Number(s.id),
      courseId: Number(s.courseId),
      courseTitle: s.courseTitle,
      unitId: Number(s.unitId),
      unitName: s.unitName,
      title: s.title,
      place: s.place,
      startsAt: toIso(s.startsAt),
      endsAt: toIso(s.endsAt),
      capacity: Number(s.capacity),
      booked: Number(s.booked),
      trainerId: s.trainerId === null ? null : Number(s.trainerId),
      trainerName: s.trainerName,
      status: s.status as Row['status'],
    }),
  );
}
