// One valid call of each activities, sign-ups and check-in mutation, and the audit entry it must write
// (tests/services/audit-coverage runs them: exactly one entry, its action, actor and unit). Each is one successful call:
// an organiser's (the township admin of 城关镇) in the activity's unit, a branch of 城关镇; a volunteer's own in the
// activity's unit, by their account.
import type { Unit } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { addAccount } from '../../../../tests/support/factories';
import { addActivity, addVolunteer } from '../support/volunteers';

type Expected = { action: string; unitId: number; actorId: number };
type Valid = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{ caller: Caller; call: (c: Caller) => Promise<unknown>; expected: (result: unknown) => Expected }>;

const before = '2026-03-10T10:00:00';
const during = '2026-03-14T09:30:00';
const after = '2026-03-14T12:30:00';
/** The branch of 城关镇 these calls use (its activities are theirs alone). */
const branchNo = 1;

/** A call by the township admin of 城关镇 on an activity of a 城关镇 branch, whose entry belongs to that branch. */
const byOrganiser =
  (action: string, prepare: (env: TestEnv, unit: Unit) => Promise<(c: Caller) => Promise<unknown>>): Valid =>
  async (env, { branch }) => {
    const unit = branch(branchNo);
    const call = await prepare(env, unit);
    const actorId = env.seed.users.chengguan!;
    return { caller: await env.as('chengguan'), call, expected: () => ({ action, actorId, unitId: unit.id }) };
  };

/** A call by a volunteer's own account (a profile of the 东湖街道 home unit) on an activity of a 城关镇 branch. */
const byVolunteer =
  (
    action: string,
    prepare: (env: TestEnv, unit: Unit, volunteerId: number) => Promise<(c: Caller) => Promise<unknown>>,
  ): Valid =>
  async (env, { branch, home }) => {
    const unit = branch(branchNo);
    const account = await addAccount(env, { unitId: home.id });
    const volunteer = await addVolunteer(env, home.id, { accountId: account.id });
    const call = await prepare(env, unit, volunteer.id);
    return {
      caller: await env.as(account.username),
      call,
      expected: () => ({ action, actorId: account.id, unitId: unit.id }),
    };
  };

const fields = {
  title: '审计活动',
  place: '社区服务中心',
  startsAt: '2026-03-20T09:00:00+08:00',
  endsAt: '2026-03-20T11:00:00+08:00',
  mode: 'recruit' as const,
  capacity: 5,
};

/** A volunteer of the unit confirmed for the activity (and checked in at 09:00, when told). */
async function confirmed(env: TestEnv, activity: { id: number; unitId: number }, checkedIn = false) {
  const volunteer = await addVolunteer(env, activity.unitId);
  const signup = await env.db.activitySignup.create({
    data: { unitId: activity.unitId, activityId: activity.id, volunteerId: volunteer.id, status: 'confirmed' },
  });
  const attendance = checkedIn
    ? await env.db.activityAttendance.create({
        data: {
          unitId: activity.unitId,
          activityId: activity.id,
          volunteerId: volunteer.id,
          checkedInAt: new Date('2026-03-14T09:00:00+08:00'),
          inMethod: 'code',
        },
      })
    : null;
  return { volunteer, signup, attendance };
}

/** A code of the activity for `purpose`, valid around 09:30 on the activity's day. */
const codeFor = (env: TestEnv, activity: { id: number; unitId: number }, purpose: 'in' | 'out', code: string) =>
  env.db.checkinCode.create({
    data: {
      unitId: activity.unitId,
      activityId: activity.id,
      purpose,
      code,
      issuedAt: new Date('2026-03-14T09:29:50+08:00'),
      expiresAt: new Date('2026-03-14T09:30:50+08:00'),
    },
  });

export const auditCases: Record<string, Valid> = {
  'volunteers.activities.create': byOrganiser(
    'activity.create',
    async (env, unit) => (c) => env.at(before, () => c.volunteers.activities.create({ unitId: unit.id, ...fields })),
  ),
  'volunteers.activities.update': byOrganiser('activity.update', async (env, unit) => {
    const activity = await addActivity(env, unit.id, { status: 'draft' });
    return (c) => env.at(before, () => c.volunteers.activities.update({ id: activity.id, ...fields }));
  }),
  'volunteers.activities.publish': byOrganiser('activity.publish', async (env, unit) => {
    const activity = await addActivity(env, unit.id, { status: 'draft' });
    return (c) => env.at(before, () => c.volunteers.activities.publish({ id: activity.id }));
  }),
  'volunteers.activities.cancel': byOrganiser('activity.cancel', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    return (c) => env.at(before, () => c.volunteers.activities.cancel({ id: activity.id, reason: '天气原因' }));
  }),
  'volunteers.activities.close': byOrganiser('activity.close', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    return (c) => env.at(after, () => c.volunteers.activities.close({ id: activity.id }));
  }),
  'volunteers.signups.signUp': byVolunteer('signup.create', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    return (c) => env.at(before, () => c.volunteers.signups.signUp({ activityId: activity.id }));
  }),
  'volunteers.signups.withdraw': byVolunteer('signup.withdraw', async (env, unit, volunteerId) => {
    const activity = await addActivity(env, unit.id);
    await env.db.activitySignup.create({
      data: { unitId: unit.id, activityId: activity.id, volunteerId, status: 'waitlisted' },
    });
    return (c) => env.at(before, () => c.volunteers.signups.withdraw({ activityId: activity.id }));
  }),
  'volunteers.signups.decide': byOrganiser('signup.decide', async (env, unit) => {
    const activity = await addActivity(env, unit.id, { approval: true });
    const { signup } = await confirmed(env, activity);
    await env.db.activitySignup.update({ where: { id: signup.id }, data: { status: 'pending' } });
    return (c) => env.at(before, () => c.volunteers.signups.decide({ id: signup.id, approve: true, reason: '' }));
  }),
  'volunteers.signups.enrol': byOrganiser('signup.enrol', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    const volunteer = await addVolunteer(env, unit.id);
    return (c) =>
      env.at(before, () => c.volunteers.signups.enrol({ activityId: activity.id, volunteerId: volunteer.id }));
  }),
  'volunteers.signups.remove': byOrganiser('signup.remove', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    const { signup } = await confirmed(env, activity);
    return (c) => env.at(before, () => c.volunteers.signups.remove({ id: signup.id, reason: '临时有事' }));
  }),
  'volunteers.checkin.code': byOrganiser('checkin.code', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    return (c) => env.at(during, () => c.volunteers.checkin.code({ activityId: activity.id, purpose: 'in' }));
  }),
  'volunteers.checkin.checkIn': byVolunteer('attendance.checkIn', async (env, unit) => {
    const activity = await addActivity(env, unit.id, { mode: 'walkIn', capacity: null });
    await codeFor(env, activity, 'in', '314159');
    return (c) => env.at(during, () => c.volunteers.checkin.checkIn({ activityId: activity.id, code: '314159' }));
  }),
  'volunteers.checkin.checkOut': byVolunteer('attendance.checkOut', async (env, unit, volunteerId) => {
    const activity = await addActivity(env, unit.id, { mode: 'walkIn', capacity: null });
    await env.db.activityAttendance.create({
      data: {
        unitId: unit.id,
        activityId: activity.id,
        volunteerId,
        checkedInAt: new Date('2026-03-14T09:00:00+08:00'),
        inMethod: 'code',
      },
    });
    await codeFor(env, activity, 'out', '271828');
    return (c) => env.at(during, () => c.volunteers.checkin.checkOut({ activityId: activity.id, code: '271828' }));
  }),
  'volunteers.checkin.record': byOrganiser('attendance.record', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    const { volunteer } = await confirmed(env, activity);
    return (c) =>
      env.at(after, () =>
        c.volunteers.checkin.record({
          activityId: activity.id,
          volunteerId: volunteer.id,
          checkedInAt: '2026-03-14T09:00:00+08:00',
          checkedOutAt: '2026-03-14T12:00:00+08:00',
          reason: '手机没电',
        }),
      );
  }),
  'volunteers.checkin.evaluate': byOrganiser('attendance.evaluate', async (env, unit) => {
    const activity = await addActivity(env, unit.id);
    const { attendance } = await confirmed(env, activity, true);
    return (c) => c.volunteers.checkin.evaluate({ attendanceId: attendance!.id, rating: 5, comment: '认真负责' });
  }),
};
