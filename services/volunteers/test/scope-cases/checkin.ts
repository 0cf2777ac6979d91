// Scope cases of check-in. In each own township where the caller organises (or reads), an activity's screen gives its
// code, attendance is recorded by hand, listed and evaluated with the right result; for 东湖街道 (and where the caller's
// grant carries no volunteers permission) the same calls answer exactly as for a missing activity or attendance, and
// change nothing. A volunteer checks in and out on their own profile only: another's attendance is never touched, and
// an activity volunteers cannot see answers as a missing one.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addActivity, addVolunteer } from '../support/volunteers';
import { ownVolunteer, unlinkOwn } from './people';

const during = '2026-03-14T09:30:00';
const after = '2026-03-14T12:30:00';
const branchOf = (p: Place): Unit => p.branches[0] as Unit;

/** An activity of `p`'s branch with a fresh volunteer confirmed for it (and checked in at 09:00, when told). */
async function attended(t: ScopeTest, p: Place, checkedIn: boolean) {
  const activity = await addActivity(t.env, branchOf(p).id);
  const volunteer = await addVolunteer(t.env, branchOf(p).id);
  await t.env.db.activitySignup.create({
    data: { unitId: activity.unitId, activityId: activity.id, volunteerId: volunteer.id, status: 'confirmed' },
  });
  const attendance = checkedIn
    ? await t.env.db.activityAttendance.create({
        data: {
          unitId: activity.unitId,
          activityId: activity.id,
          volunteerId: volunteer.id,
          checkedInAt: new Date('2026-03-14T09:00:00+08:00'),
          inMethod: 'code',
        },
      })
    : null;
  return { activity, volunteer, attendance };
}

/** A code for the activity, as the screen would have it (written straight: the screen is the organiser's). */
const codeFor = (t: ScopeTest, activity: { id: number; unitId: number }, purpose: 'in' | 'out', code: string) =>
  t.env.db.checkinCode.create({
    data: {
      unitId: activity.unitId,
      activityId: activity.id,
      purpose,
      code,
      issuedAt: new Date('2026-03-14T09:29:50+08:00'),
      expiresAt: new Date('2026-03-14T09:30:50+08:00'),
    },
  });

const codesOf = (t: ScopeTest, activityId: number) => t.env.db.checkinCode.count({ where: { activityId } });

export const scopeCases: Record<string, ScopeCase> = {
  'volunteers.checkin.current': (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const { activity } = await attended(t, p, true);
        const code = await codeFor(t, activity, 'in', '246810');
        expect(
          await t.env.at(during, () => t.a.volunteers.checkin.current({ activityId: activity.id, purpose: 'in' })),
        ).toEqual({
          current: {
            code: code.code,
            expiresAt: code.expiresAt.toISOString(),
            link: `/volunteers/checkin/${activity.id}?code=246810&purpose=in`,
          },
          checkedIn: 1,
          checkedOut: 0,
        });
      },
      async (p) => {
        const { activity } = await attended(t, p, true);
        await codeFor(t, activity, 'in', '246810');
        const current = (activityId: number) =>
          t.env.at(during, () => t.a.volunteers.checkin.current({ activityId, purpose: 'in' }));
        await expectHidden(current(activity.id), current(missing));
      },
    ),

  'volunteers.checkin.code': (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const { activity } = await attended(t, p, false);
        const shown = await t.env.at(during, () =>
          t.a.volunteers.checkin.code({ activityId: activity.id, purpose: 'in' }),
        );
        expect(shown.link).toBe(`/volunteers/checkin/${activity.id}?code=${shown.code}&purpose=in`);
        expect(await codesOf(t, activity.id)).toBe(1);
      },
      async (p) => {
        const { activity } = await attended(t, p, false);
        const code = (activityId: number) =>
          t.env.at(during, () => t.a.volunteers.checkin.code({ activityId, purpose: 'in' }));
        await expectHidden(code(activity.id), code(missing));
        expect(await codesOf(t, activity.id)).toBe(0);
      },
    ),

  'volunteers.checkin.record': (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const { activity, volunteer } = await attended(t, p, false);
        const answer = await t.env.at(after, () =>
          t.a.volunteers.checkin.record({
            activityId: activity.id,
            volunteerId: volunteer.id,
            checkedInAt: '2026-03-14T09:00:00+08:00',
            checkedOutAt: '2026-03-14T12:00:00+08:00',
            reason: '手机没电',
          }),
        );
        expect(answer).toMatchObject({ late: false, early: false });
        expect(await t.env.db.activityAttendance.count({ where: { activityId: activity.id } })).toBe(1);
      },
      async (p) => {
        const { activity, volunteer } = await attended(t, p, false);
        const record = (activityId: number) =>
          t.env.at(after, () =>
            t.a.volunteers.checkin.record({
              activityId,
              volunteerId: volunteer.id,
              checkedInAt: '2026-03-14T09:00:00+08:00',
              checkedOutAt: null,
              reason: '手机没电',
            }),
          );
        await expectHidden(record(activity.id), record(missing));
        expect(await t.env.db.activityAttendance.count({ where: { activityId: activity.id } })).toBe(0);
      },
    ),

  'volunteers.checkin.list': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const { activity, volunteer } = await attended(t, p, true);
        const rows = await t.a.volunteers.checkin.list({ activityId: activity.id });
        expect(rows.map((r) => [r.volunteerId, r.name, r.minutes])).toEqual([[volunteer.id, volunteer.name, 0]]);
      },
      async (p) => {
        const { activity } = await attended(t, p, true);
        const list = (activityId: number) => t.a.volunteers.checkin.list({ activityId });
        await expectHidden(list(activity.id), list(missing));
      },
    ),

  'volunteers.checkin.evaluate': (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const { attendance } = await attended(t, p, true);
        await t.a.volunteers.checkin.evaluate({ attendanceId: attendance!.id, rating: 4, comment: '积极' });
        expect(await t.env.db.activityAttendance.findUniqueOrThrow({ where: { id: attendance!.id } })).toMatchObject({
          rating: 4,
          comment: '积极',
        });
      },
      async (p) => {
        const { attendance } = await attended(t, p, true);
        const evaluate = (attendanceId: number) =>
          t.a.volunteers.checkin.evaluate({ attendanceId, rating: 1, comment: '' });
        await expectHidden(evaluate(attendance!.id), evaluate(missing));
        expect(await t.env.db.activityAttendance.findUniqueOrThrow({ where: { id: attendance!.id } })).toEqual(
          attendance,
        );
      },
    ),

  // Own: the caller's profile checks in with the code; an activity volunteers cannot see answers as a missing one.
  'volunteers.checkin.checkIn': async (t) => {
    const own = await ownVolunteer(t, t.user.unitId);
    try {
      const activity = await addActivity(t.env, branchOf(t.foreign).id, { mode: 'walkIn', capacity: null });
      await codeFor(t, activity, 'in', '135790');
      expect(
        await t.env.at(during, () => t.a.volunteers.checkin.checkIn({ activityId: activity.id, code: '135790' })),
      ).toMatchObject({ late: true });
      expect(await t.env.db.activityAttendance.findMany({ where: { activityId: activity.id } })).toEqual([
        expect.objectContaining({ volunteerId: own.id, inMethod: 'code' }),
      ]);
      const draft = await addActivity(t.env, branchOf(t.foreign).id, {
        status: 'draft',
        mode: 'walkIn',
        capacity: null,
      });
      await codeFor(t, draft, 'in', '135791');
      const checkIn = (activityId: number) =>
        t.env.at(during, () => t.a.volunteers.checkin.checkIn({ activityId, code: '135791' }));
      await expectHidden(checkIn(draft.id), checkIn(missing), ['NOT_FOUND']);
    } finally {
      await unlinkOwn(t);
    }
  },

  // Own: the caller's attendance is closed; another volunteer's open one at the same activity stays open.
  'volunteers.checkin.checkOut': async (t) => {
    const own = await ownVolunteer(t, t.user.unitId);
    try {
      const { activity, attendance: theirs } = await attended(t, t.foreign, true);
      await t.env.db.activityAttendance.create({
        data: {
          unitId: activity.unitId,
          activityId: activity.id,
          volunteerId: own.id,
          checkedInAt: new Date('2026-03-14T09:00:00+08:00'),
          inMethod: 'manual',
        },
      });
      await codeFor(t, activity, 'out', '975310');
      expect(
        await t.env.at(during, () => t.a.volunteers.checkin.checkOut({ activityId: activity.id, code: '975310' })),
      ).toMatchObject({ early: true });
      expect(await t.env.db.activityAttendance.findUniqueOrThrow({ where: { id: theirs!.id } })).toEqual(theirs);
      const draft = await addActivity(t.env, branchOf(t.foreign).id, { status: 'draft' });
      const checkOut = (activityId: number) =>
        t.env.at(during, () => t.a.volunteers.checkin.checkOut({ activityId, code: '975310' }));
      await expectHidden(checkOut(draft.id), checkOut(missing), ['NOT_FOUND']);
    } finally {
      await unlinkOwn(t);
    }
  },
};
