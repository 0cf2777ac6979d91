// Scope cases of sign-ups. In each own township where the caller organises (or reads), an activity's sign-ups are
// listed, decided, enrolled and removed with the right result; for 东湖街道 (and where the caller's grant carries no
// volunteers permission) the same calls answer exactly as for a missing sign-up or activity, and change nothing. A
// volunteer's own side (sign up, withdraw, their list) acts on the caller's own profile only: another volunteer's
// sign-up is never reached, and an activity volunteers cannot see answers as a missing one.
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

const at = '2026-03-10T10:00:00';
const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const signupRow = (t: ScopeTest, id: number) => t.env.db.activitySignup.findUniqueOrThrow({ where: { id } });

/** An activity of `p`'s branch with a fresh volunteer of it signed up as `status`. */
async function signedUp(t: ScopeTest, p: Place, status: string, opts: Parameters<typeof addActivity>[2] = {}) {
  const activity = await addActivity(t.env, branchOf(p).id, opts);
  const volunteer = await addVolunteer(t.env, branchOf(p).id);
  const signup = await t.env.db.activitySignup.create({
    data: { unitId: activity.unitId, activityId: activity.id, volunteerId: volunteer.id, status },
  });
  if (status === 'confirmed')
    await t.env.db.activity.update({ where: { id: activity.id }, data: { placesLeft: { decrement: 1 } } });
  return { activity, volunteer, signup };
}

/** A change of a sign-up both ways, by its id. */
function signupCase(
  status: string,
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const { signup } = await signedUp(t, p, status);
        await take(t, signup.id);
        await check(t, signup.id);
      },
      async (p) => {
        const { signup } = await signedUp(t, p, status);
        await expectHidden(take(t, signup.id), take(t, missing));
        expect(await signupRow(t, signup.id)).toEqual(signup);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'volunteers.signups.list': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const { activity, volunteer } = await signedUp(t, p, 'confirmed');
        const page = await t.a.volunteers.signups.list({ activityId: activity.id });
        expect(page.items.map((r) => [r.volunteerId, r.name, r.status])).toEqual([
          [volunteer.id, volunteer.name, 'confirmed'],
        ]);
      },
      async (p) => {
        const { activity } = await signedUp(t, p, 'confirmed');
        const list = (activityId: number) => t.a.volunteers.signups.list({ activityId });
        await expectHidden(list(activity.id), list(missing));
      },
    ),

  'volunteers.signups.decide': signupCase(
    'pending',
    (t, id) => t.env.at(at, () => t.a.volunteers.signups.decide({ id, approve: true, reason: '' })),
    async (t, id) => {
      expect(await signupRow(t, id)).toMatchObject({ status: 'confirmed' });
    },
  ),

  'volunteers.signups.remove': signupCase(
    'confirmed',
    (t, id) => t.env.at(at, () => t.a.volunteers.signups.remove({ id, reason: '临时有事' })),
    async (t, id) => {
      expect(await signupRow(t, id)).toMatchObject({ status: 'declined', reason: '临时有事' });
    },
  ),

  'volunteers.signups.enrol': (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const activity = await addActivity(t.env, branchOf(p).id);
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const answer = await t.env.at(at, () =>
          t.a.volunteers.signups.enrol({ activityId: activity.id, volunteerId: volunteer.id }),
        );
        expect(answer).toMatchObject({ status: 'confirmed', position: null });
        // A volunteer of 东湖街道 is not reached: as a missing volunteer.
        const foreign = await addVolunteer(t.env, branchOf(t.foreign).id);
        const enrol = (volunteerId: number) =>
          t.env.at(at, () => t.a.volunteers.signups.enrol({ activityId: activity.id, volunteerId }));
        await expectHidden(enrol(foreign.id), enrol(missing));
      },
      async (p) => {
        const activity = await addActivity(t.env, branchOf(p).id);
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const enrol = (activityId: number) =>
          t.env.at(at, () => t.a.volunteers.signups.enrol({ activityId, volunteerId: volunteer.id }));
        await expectHidden(enrol(activity.id), enrol(missing));
        expect(await t.env.db.activitySignup.count({ where: { activityId: activity.id } })).toBe(0);
      },
    ),

  // Own: the caller's profile signs up (anywhere: volunteers serve across townships); a draft answers as missing.
  'volunteers.signups.signUp': async (t) => {
    const own = await ownVolunteer(t, t.user.unitId);
    try {
      const activity = await addActivity(t.env, branchOf(t.foreign).id);
      const answer = await t.env.at(at, () => t.a.volunteers.signups.signUp({ activityId: activity.id }));
      expect(answer).toMatchObject({ status: 'confirmed' });
      expect(await signupRow(t, answer.id)).toMatchObject({ volunteerId: own.id, unitId: activity.unitId });
      const draft = await addActivity(t.env, branchOf(t.foreign).id, { status: 'draft' });
      const signUp = (activityId: number) => t.env.at(at, () => t.a.volunteers.signups.signUp({ activityId }));
      await expectHidden(signUp(draft.id), signUp(missing), ['NOT_FOUND']);
    } finally {
      await unlinkOwn(t);
    }
  },

  // Own: only the caller's sign-up is withdrawn; another volunteer's at an activity the caller has none for is not.
  'volunteers.signups.withdraw': async (t) => {
    const own = await ownVolunteer(t, t.user.unitId);
    try {
      const { activity, signup: theirs } = await signedUp(t, t.foreign, 'confirmed');
      const mine = await t.env.db.activitySignup.create({
        data: { unitId: activity.unitId, activityId: activity.id, volunteerId: own.id, status: 'waitlisted' },
      });
      expect(await t.env.at(at, () => t.a.volunteers.signups.withdraw({ activityId: activity.id }))).toEqual({
        id: mine.id,
        promotedId: null,
      });
      expect(await signupRow(t, theirs.id)).toEqual(theirs);
      const other = await signedUp(t, t.foreign, 'confirmed');
      const withdraw = (activityId: number) => t.env.at(at, () => t.a.volunteers.signups.withdraw({ activityId }));
      await expectHidden(withdraw(other.activity.id), withdraw(missing), ['NOT_FOUND']);
      expect(await signupRow(t, other.signup.id)).toEqual(other.signup);
    } finally {
      await unlinkOwn(t);
    }
  },

  'volunteers.signups.mine': async (t) => {
    const own = await ownVolunteer(t, t.user.unitId);
    try {
      const { activity } = await signedUp(t, t.foreign, 'confirmed');
      await t.env.db.activitySignup.create({
        data: { unitId: activity.unitId, activityId: activity.id, volunteerId: own.id, status: 'waitlisted' },
      });
      const mine = await t.env.at(at, () => t.a.volunteers.signups.mine());
      expect(mine.map((m) => [m.activityId, m.status, m.position])).toEqual([[activity.id, 'waitlisted', 1]]);
    } finally {
      await unlinkOwn(t);
    }
  },
};
