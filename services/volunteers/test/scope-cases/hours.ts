// Scope cases of the hours. In each own township (volunteers.read/.certify), an activity of a fresh branch has a
// pending entry: the caller lists it, approves it, declines another and reads its trail, each with the right result.
// The same calls on a 东湖街道 entry (and on a township where the caller's grant gives no volunteers rights) answer
// exactly as a missing id and change nothing. A volunteer's own hours are read and appealed through the caller's own
// profile: another volunteer's entry answers as a missing one.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type Place, type ScopeTest } from '../../../../tests/support/scope-test';
import { addActivity, addHourEntry, addVolunteer } from '../support/volunteers';

/** A pending entry at an activity of a fresh branch of the place, for a volunteer of that branch. */
export async function entryAt(t: ScopeTest, p: Place, status: 'pending' | 'declined' | 'approved' = 'pending') {
  const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch' });
  const activity = await addActivity(t.env, branch.id);
  const volunteer = await addVolunteer(t.env, branch.id);
  const entry = await addHourEntry(t.env, activity.id, volunteer.id, { status });
  return { branch, activity, volunteer, entry };
}

/** The caller's own volunteer profile (made once per caller), in the first township's first branch. */
export async function ownProfile(t: ScopeTest) {
  const known = await t.env.db.volunteer.findUnique({ where: { accountId: t.user.id } });
  return known ?? addVolunteer(t.env, (t.places[0] as Place).branches[0]!.id, { accountId: t.user.id });
}

const statusOf = async (t: ScopeTest, id: number) =>
  (await t.env.db.hourEntry.findUniqueOrThrow({ where: { id } })).status;

export const scopeCases = {
  'volunteers.hours.list': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const { branch, entry } = await entryAt(t, p);
        const page = await t.a.volunteers.hours.list({ unitId: p.township.id, status: 'pending' });
        expect(page.items.map((h) => h.id)).toContain(entry.id);
        const own = await t.a.volunteers.hours.list({ unitId: branch.id });
        expect(own.items.map((h) => h.id)).toEqual([entry.id]);
      },
      async (p) => {
        const { branch } = await entryAt(t, p);
        await expectHidden(
          t.a.volunteers.hours.list({ unitId: branch.id }),
          t.a.volunteers.hours.list({ unitId: missing }),
        );
      },
    ),

  'volunteers.hours.approve': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.certify',
      async (p) => {
        const { entry } = await entryAt(t, p);
        expect(await t.a.volunteers.hours.approve({ ids: [entry.id] })).toEqual({ approved: 1, minutes: 180 });
        expect(await statusOf(t, entry.id)).toBe('approved');
      },
      async (p) => {
        const { entry } = await entryAt(t, p);
        await expectHidden(
          t.a.volunteers.hours.approve({ ids: [entry.id] }),
          t.a.volunteers.hours.approve({ ids: [missing] }),
        );
        expect(await statusOf(t, entry.id)).toBe('pending');
      },
    ),

  'volunteers.hours.decline': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.certify',
      async (p) => {
        const { entry } = await entryAt(t, p);
        expect(await t.a.volunteers.hours.decline({ id: entry.id, reason: '未签退' })).toEqual({
          id: entry.id,
          status: 'declined',
        });
      },
      async (p) => {
        const { entry } = await entryAt(t, p);
        await expectHidden(
          t.a.volunteers.hours.decline({ id: entry.id, reason: '未签退' }),
          t.a.volunteers.hours.decline({ id: missing, reason: '未签退' }),
        );
        expect(await statusOf(t, entry.id)).toBe('pending');
      },
    ),

  'volunteers.hours.history': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const { entry } = await entryAt(t, p);
        await t.env.db.hourDecision.create({ data: { hourEntryId: entry.id, action: 'declined', reason: '未签到' } });
        const trail = await t.a.volunteers.hours.history({ id: entry.id });
        expect(trail.map((s) => [s.action, s.reason])).toEqual([['declined', '未签到']]);
      },
      async (p) => {
        const { entry } = await entryAt(t, p);
        await expectHidden(
          t.a.volunteers.hours.history({ id: entry.id }),
          t.a.volunteers.hours.history({ id: missing }),
        );
      },
    ),

  'volunteers.hours.mine': async (t: ScopeTest) => {
    const own = await ownProfile(t);
    const activity = await addActivity(t.env, own.unitId);
    const entry = await addHourEntry(t.env, activity.id, own.id, { minutes: 75 });
    const mine = await t.a.volunteers.hours.mine({ pageSize: 200 });
    expect(mine.items.find((h) => h.id === entry.id)).toMatchObject({ minutes: 75, activityTitle: activity.title });
    // Nobody else's entries show.
    const other = await entryAt(t, t.foreign);
    expect(mine.items.map((h) => h.id)).not.toContain(other.entry.id);
  },

  'volunteers.hours.appeal': async (t: ScopeTest) => {
    const own = await ownProfile(t);
    const activity = await addActivity(t.env, own.unitId);
    const entry = await addHourEntry(t.env, activity.id, own.id, { status: 'declined' });
    expect(await t.a.volunteers.hours.appeal({ id: entry.id, appeal: '我在岗' })).toEqual({
      id: entry.id,
      status: 'appealed',
    });
    // Another volunteer's declined entry (in an own township or in 东湖街道) answers as a missing one.
    for (const p of [t.places[0] as Place, t.foreign]) {
      const { entry: theirs } = await entryAt(t, p, 'declined');
      await expectHidden(
        t.a.volunteers.hours.appeal({ id: theirs.id, appeal: '替人申诉' }),
        t.a.volunteers.hours.appeal({ id: missing, appeal: '替人申诉' }),
        ['NOT_FOUND'],
      );
      expect(await statusOf(t, theirs.id)).toBe('declined');
    }
  },
};
