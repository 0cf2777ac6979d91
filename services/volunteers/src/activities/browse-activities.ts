// Published activities as anyone signed in sees them, across scopes (a volunteer may serve anywhere): those not yet
// ended, soonest first, optionally of one unit's subtree, with the caller's own sign-up when their account has a
// volunteer profile; and one of them with the caller's own sign-up and attendance. Read with the raw client, never
// more than what a volunteer is shown (no other volunteer's name, no counts of people).
import { AppError, notFound, pageArgs, subtreePaths, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { volunteersMessage } from '../locales';
import { waitlistPosition } from '../signups/places';
import { skillsOf } from '../signups/signup-rules';
import type { browseFilter, browseRow, openActivity } from './activity-schemas';

type BrowseRow = z.output<typeof browseRow>;
type Open = z.output<typeof openActivity>;

const shown = {
  id: true,
  title: true,
  unitId: true,
  place: true,
  startsAt: true,
  endsAt: true,
  signupDeadline: true,
  mode: true,
  approval: true,
  capacity: true,
  placesLeft: true,
  requiredSkills: true,
  unit: { select: { name: true } },
  team: { select: { name: true } },
} as const;

type Shown = {
  id: number;
  title: string;
  unitId: number;
  place: string;
  startsAt: Date;
  endsAt: Date;
  signupDeadline: Date | null;
  mode: string;
  approval: boolean;
  capacity: number | null;
  placesLeft: number | null;
  requiredSkills: string;
  unit: { name: string };
  team: { name: string } | null;
};

const rowOf = (a: Shown) => ({
  id: a.id,
  title: a.title,
  unitId: a.unitId,
  unitName: a.unit.name,
  teamName: a.team?.name ?? null,
  place: a.place,
  startsAt: toIso(a.startsAt),
  endsAt: toIso(a.endsAt),
  signupDeadline: toIso(a.signupDeadline),
  mode: a.mode as BrowseRow['mode'],
  approval: a.approval,
  capacity: a.capacity,
  placesLeft: a.placesLeft,
  requiredSkills: skillsOf(a.requiredSkills),
});

const profileOf = (db: Db, accountId: number) =>
  db.volunteer.findUnique({ where: { accountId }, select: { id: true } });

export async function browseActivities(db: Db, accountId: number, filter: z.output<typeof browseFilter>, now: Date) {
  const unit = filter.unitId
    ? await db.unit.findUnique({ where: { id: filter.unitId }, select: { path: true } })
    : undefined;
  if (unit === null) throw notFound();
  const where = {
    status: 'published',
    endsAt: { gt: now },
    ...(filter.q ? { title: { contains: filter.q } } : {}),
    ...(unit ? { unit: { path: subtreePaths(unit.path) } } : {}),
  };
  const [rows, total, profile] = await Promise.all([
    db.activity.findMany({ where, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], ...pageArgs(filter), select: shown }),
    db.activity.count({ where }),
    profileOf(db, accountId),
  ]);
  const mine = profile
    ? await db.activitySignup.findMany({
        where: { volunteerId: profile.id, activityId: { in: rows.map((r) => r.id) } },
        select: { activityId: true, status: true },
      })
    : [];
  const statusOf = new Map(mine.map((s) => [s.activityId, s.status as BrowseRow['mySignup']]));
  return {
    items: rows.map((a): BrowseRow => ({ ...rowOf(a), mySignup: statusOf.get(a.id) ?? null })),
    total,
    totalIsBound: false,
  };
}

export async function openActivityFor(db: Db, accountId: number, id: number): Promise<Open> {
  const activity = await db.activity.findUnique({
    where: { id },
    select: { ...shown, status: true, description: true, lng: true, lat: true, attendancePercent: true },
  });
  if (activity?.status !== 'published') throw new AppError('NOT_FOUND', volunteersMessage('activityNotFound'));
  const profile = await profileOf(db, accountId);
  const [signup, attendance] = profile
    ? await Promise.all([
        db.activitySignup.findUnique({
          where: { activityId_volunteerId: { activityId: id, volunteerId: profile.id } },
        }),
        db.activityAttendance.findUnique({
          where: { activityId_volunteerId: { activityId: id, volunteerId: profile.id } },
        }),
      ])
    : [null, null];
  return {
    ...rowOf(activity),
    description: activity.description,
    lng: activity.lng,
    lat: activity.lat,
    attendancePercent: activity.attendancePercent,
    registered: profile !== null,
    mySignup: signup
      ? {
          id: signup.id,
          status: signup.status as NonNullable<Open['mySignup']>['status'],
          position: await waitlistPosition(db, signup, {}),
        }
      : null,
    myAttendance: attendance
      ? {
          checkedInAt: toIso(attendance.checkedInAt),
          checkedOutAt: toIso(attendance.checkedOutAt),
          late: attendance.late,
          early: attendance.early,
        }
      : null,
  };
}
