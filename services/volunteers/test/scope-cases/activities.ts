// Scope cases of activities. In each own township where the caller organises (or reads), a branch's activity is listed,
// read, made, changed, published, cancelled and closed with the right result; for 东湖街道 (and where the caller's grant
// carries no volunteers permission) the same calls answer exactly as for a missing activity or unit, and change
// nothing. Browsing and opening published activities is anyone's (volunteers serve anywhere): drafts stay hidden there
// exactly as missing ones.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addActivity, addVolunteer } from '../support/volunteers';

const at = '2026-03-10T10:00:00';
const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const activityRow = (t: ScopeTest, id: number) => t.env.db.activity.findUniqueOrThrow({ where: { id } });

const fields = {
  title: '河道清洁',
  place: '滨江步道',
  startsAt: '2026-03-20T09:00:00+08:00',
  endsAt: '2026-03-20T11:00:00+08:00',
  mode: 'recruit' as const,
  capacity: 5,
};

/** A change both ways: made on an own branch's activity, refused on a foreign one as on a missing id. */
function activityCase(
  opts: Parameters<typeof addActivity>[2],
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number, answer: unknown) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const activity = await addActivity(t.env, branchOf(p).id, opts);
        await check(t, activity.id, await take(t, activity.id));
      },
      async (p) => {
        const activity = await addActivity(t.env, branchOf(p).id, opts);
        const before = await activityRow(t, activity.id);
        await expectHidden(take(t, activity.id), take(t, missing));
        expect(await activityRow(t, activity.id)).toEqual(before);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'volunteers.activities.list': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const unit = await addUnit(t.env, branchOf(p), { kind: 'group' });
        const activity = await addActivity(t.env, unit.id);
        const page = await t.a.volunteers.activities.list({ unitId: unit.id });
        expect(page.items.map((r) => [r.id, r.unitName])).toEqual([[activity.id, unit.name]]);
      },
      async (p) => {
        const unit = await addUnit(t.env, branchOf(p), { kind: 'group' });
        const activity = await addActivity(t.env, unit.id, { title: `${t.tag}外部活动${unit.id}` });
        const list = (unitId: number) => t.a.volunteers.activities.list({ unitId });
        await expectHidden(list(unit.id), list(missing));
        const all = await t.a.volunteers.activities.list({ q: activity.title });
        expect(all.items).toEqual([]);
      },
    ),

  'volunteers.activities.get': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const activity = await addActivity(t.env, branchOf(p).id);
        expect(await t.a.volunteers.activities.get({ id: activity.id })).toMatchObject({
          id: activity.id,
          unitId: branchOf(p).id,
          signupLink: `/volunteers/join/${activity.id}`,
        });
      },
      async (p) => {
        const activity = await addActivity(t.env, branchOf(p).id);
        const get = (id: number) => t.a.volunteers.activities.get({ id });
        await expectHidden(get(activity.id), get(missing));
      },
    ),

  'volunteers.activities.create': (t) =>
    eachPlace(
      t,
      'volunteers.organise',
      async (p) => {
        const { id } = await t.env.at(at, () =>
          t.a.volunteers.activities.create({ unitId: branchOf(p).id, ...fields }),
        );
        expect(await activityRow(t, id)).toMatchObject({ unitId: branchOf(p).id, status: 'draft', placesLeft: 5 });
      },
      async (p) => {
        const before = await t.env.db.activity.count({ where: { unitId: branchOf(p).id } });
        const create = (unitId: number) => t.env.at(at, () => t.a.volunteers.activities.create({ unitId, ...fields }));
        await expectHidden(create(branchOf(p).id), create(missing));
        expect(await t.env.db.activity.count({ where: { unitId: branchOf(p).id } })).toBe(before);
      },
    ),

  'volunteers.activities.update': activityCase(
    { status: 'draft' },
    (t, id) => t.env.at(at, () => t.a.volunteers.activities.update({ id, ...fields, capacity: 8 })),
    async (t, id) => {
      expect(await activityRow(t, id)).toMatchObject({ title: fields.title, capacity: 8, placesLeft: 8 });
    },
  ),

  'volunteers.activities.publish': activityCase(
    { status: 'draft' },
    (t, id) => t.env.at(at, () => t.a.volunteers.activities.publish({ id })),
    async (t, id) => {
      expect(await activityRow(t, id)).toMatchObject({ status: 'published' });
    },
  ),

  'volunteers.activities.cancel': activityCase(
    {},
    (t, id) => t.env.at(at, () => t.a.volunteers.activities.cancel({ id, reason: '天气原因' })),
    async (t, id) => {
      expect(await activityRow(t, id)).toMatchObject({ status: 'cancelled' });
    },
  ),

  'volunteers.activities.close': activityCase(
    {},
    (t, id) => t.env.at('2026-03-15T10:00:00', () => t.a.volunteers.activities.close({ id })),
    async (t, id, answer) => {
      expect(answer).toEqual({ id, entries: 0, short: 0 });
      expect(await activityRow(t, id)).toMatchObject({ status: 'closed' });
    },
  ),

  // Anyone's: published activities of every township, never a draft (which answers as a missing id).
  'volunteers.activities.browse': async (t) => {
    const unit = await addUnit(t.env, branchOf(t.foreign), { kind: 'group' });
    const published = await addActivity(t.env, unit.id);
    await addActivity(t.env, unit.id, { status: 'draft' });
    const page = await t.env.at(at, () => t.a.volunteers.activities.browse({ unitId: unit.id }));
    expect(page.items.map((r) => [r.id, r.mySignup])).toEqual([[published.id, null]]);
    await expect(t.env.at(at, () => t.a.volunteers.activities.browse({ unitId: missing }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  },

  'volunteers.activities.open': async (t) => {
    const published = await addActivity(t.env, branchOf(t.foreign).id);
    const draft = await addActivity(t.env, branchOf(t.foreign).id, { status: 'draft' });
    // Another volunteer's sign-up never shows as the caller's.
    const other = await addVolunteer(t.env, branchOf(t.foreign).id);
    await t.env.db.activitySignup.create({
      data: { unitId: published.unitId, activityId: published.id, volunteerId: other.id, status: 'confirmed' },
    });
    expect(await t.a.volunteers.activities.open({ id: published.id })).toMatchObject({
      id: published.id,
      mySignup: null,
      myAttendance: null,
    });
    const open = (id: number) => t.a.volunteers.activities.open({ id });
    await expectHidden(open(draft.id), open(missing), ['NOT_FOUND']);
  },
};
