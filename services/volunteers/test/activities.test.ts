// Activities on both databases: created as drafts with their rules (end after start, at most 24 hours, deadline before
// the start, a capacity for recruitment, a team of the unit's subtree), edited while draft or published (capacity never
// below the confirmed places, placesLeft following it, new places to the waitlist), published, cancelled, listed a page
// at a time with their sign-up counts, read one by one; and browsed and opened by a volunteer.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addActivity, addTeam, addVolunteer } from './support/volunteers';

const when = '2026-03-10T10:00:00';
const refused = (key: string) => ({ key: `volunteers.${key}` });

describe.each(await testProviders())('activities on %s', (provider) => {
  let env: TestEnv;
  let branch: Unit;
  let organiser: Caller;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = await addUnit(env, env.seed.townships.chengguan!, { kind: 'branch' });
    organiser = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  const form = (over: Record<string, unknown> = {}) => ({
    unitId: branch.id,
    title: '社区义诊',
    place: '社区服务中心',
    startsAt: '2026-03-20T09:00:00+08:00',
    endsAt: '2026-03-20T12:00:00+08:00',
    mode: 'recruit' as const,
    capacity: 3,
    requiredSkills: ['medical' as const],
    ...over,
  });

  it('creates a draft with its rules, each refusal on its field', async () => {
    const { id } = await env.at(when, () => organiser.volunteers.activities.create(form()));
    const got = await organiser.volunteers.activities.get({ id });
    expect(got).toMatchObject({
      id,
      unitId: branch.id,
      unitName: branch.name,
      status: 'draft',
      capacity: 3,
      placesLeft: 3,
      requiredSkills: ['medical'],
      attendancePercent: 60,
      signupLink: `/volunteers/join/${id}`,
      counts: { pending: 0, confirmed: 0, waitlisted: 0, checkedIn: 0 },
      startsAt: new Date('2026-03-20T09:00:00+08:00').toISOString(),
    });
    expect(await env.db.auditLog.count({ where: { action: 'activity.create', entityId: String(id) } })).toBe(1);
    const create = (over: Record<string, unknown>) =>
      env.at(when, () => organiser.volunteers.activities.create(form(over) as never));
    await expect(create({ endsAt: '2026-03-20T09:00:00+08:00' })).rejects.toMatchObject({
      ...refused('activityEndsBeforeStart'),
      field: 'endsAt',
    });
    await expect(create({ endsAt: '2026-03-21T09:01:00+08:00' })).rejects.toMatchObject(refused('activityTooLong'));
    expect(await create({ endsAt: '2026-03-21T09:00:00+08:00' })).toMatchObject({ id: expect.any(Number) });
    await expect(create({ signupDeadline: '2026-03-20T09:00:00+08:00' })).rejects.toMatchObject({
      ...refused('deadlineAfterStart'),
      field: 'signupDeadline',
    });
    await expect(create({ capacity: null })).rejects.toMatchObject({
      ...refused('capacityRequired'),
      field: 'capacity',
    });
    expect(await create({ mode: 'walkIn', capacity: null })).toMatchObject({ id: expect.any(Number) });
    // A team of the unit's subtree, not of another branch.
    const team = await addTeam(env, branch.id);
    const elsewhere = await addTeam(env, env.seed.townships.chengguan!.branches[0]!.id);
    const withTeam = await create({ teamId: team.id });
    expect((await organiser.volunteers.activities.get(withTeam)).teamName).toBe(team.name);
    await expect(create({ teamId: elsewhere.id })).rejects.toMatchObject(refused('teamOutsideUnit'));
  });

  it('stands on the unit map: at its own point, else where its unit stands, a point outside China refused', async () => {
    const located = await addUnit(env, branch, { kind: 'group' });
    await env.db.unit.update({ where: { id: located.id }, data: { longitude: 118.79, latitude: 32.06 } });
    const create = (over: Record<string, unknown>) =>
      env.at(when, () => organiser.volunteers.activities.create(form(over) as never));
    const point = async (id: number) => {
      const got = await organiser.volunteers.activities.get({ id });
      return [got.lng, got.lat];
    };
    expect(await point((await create({ unitId: located.id, lng: 118.8, lat: 32.1 })).id)).toEqual([118.8, 32.1]);
    expect(await point((await create({ unitId: located.id })).id)).toEqual([118.79, 32.06]);
    // A unit not on the map yet: no point until one is given.
    expect(await point((await create({})).id)).toEqual([null, null]);
    await expect(create({ lng: 2.35, lat: 48.86 })).rejects.toMatchObject({
      ...refused('locationOutsideChina'),
      field: 'lng',
    });
    await expect(create({ lng: 118.8 })).rejects.toMatchObject({ ...refused('locationIncomplete'), field: 'lng' });
  });

  it('publishes a draft once, cancels with a reason, and edits only what is still open', async () => {
    const { id } = await env.at(when, () => organiser.volunteers.activities.create(form()));
    await env.at(when, () => organiser.volunteers.activities.publish({ id }));
    await expect(env.at(when, () => organiser.volunteers.activities.publish({ id }))).rejects.toMatchObject(
      refused('activityNotDraft'),
    );
    expect(await organiser.volunteers.activities.get({ id })).toMatchObject({
      status: 'published',
      publishedAt: new Date('2026-03-10T10:00:00+08:00').toISOString(),
    });
    await env.at(when, () => organiser.volunteers.activities.cancel({ id, reason: '天气原因' }));
    await expect(
      env.at(when, () => organiser.volunteers.activities.update({ id, ...form(), unitId: undefined } as never)),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const { unitId: _unit, ...fields } = form();
    await expect(env.at(when, () => organiser.volunteers.activities.update({ id, ...fields }))).rejects.toMatchObject(
      refused('activityNotEditable'),
    );
    await expect(
      env.at(when, () => organiser.volunteers.activities.cancel({ id, reason: '再次' })),
    ).rejects.toMatchObject(refused('activityNotCancellable'));
  });

  it('keeps capacity at or above the confirmed places, placesLeft following it, new places to the waitlist', async () => {
    const activity = await addActivity(env, branch.id, {
      capacity: 2,
      startsAt: new Date('2026-03-20T09:00:00+08:00'),
      endsAt: new Date('2026-03-20T12:00:00+08:00'),
    });
    const people = [];
    for (let i = 0; i < 4; i++) {
      const account = await addAccount(env, { unitId: branch.id });
      await addVolunteer(env, branch.id, { accountId: account.id });
      people.push(await env.as(account.username));
    }
    for (const p of people) await env.at(when, () => p.volunteers.signups.signUp({ activityId: activity.id }));
    const { unitId: _unit, ...fields } = form({ requiredSkills: [] });
    const update = (capacity: number) =>
      env.at(when, () => organiser.volunteers.activities.update({ id: activity.id, ...fields, capacity }));
    await expect(update(1)).rejects.toMatchObject({ ...refused('capacityBelowConfirmed'), field: 'capacity' });
    await update(3);
    let got = await organiser.volunteers.activities.get({ id: activity.id });
    expect(got).toMatchObject({ capacity: 3, placesLeft: 0, counts: { confirmed: 3, waitlisted: 1 } });
    await update(6);
    got = await organiser.volunteers.activities.get({ id: activity.id });
    expect(got).toMatchObject({ capacity: 6, placesLeft: 2, counts: { confirmed: 4, waitlisted: 0 } });
    await update(4);
    expect(await organiser.volunteers.activities.get({ id: activity.id })).toMatchObject({
      capacity: 4,
      placesLeft: 0,
    });
    await expect(
      env.at(when, () =>
        organiser.volunteers.activities.update({ id: activity.id, ...fields, mode: 'walkIn', capacity: null }),
      ),
    ).rejects.toMatchObject(refused('modeLocked'));
    expect(await env.db.auditLog.count({ where: { action: 'activity.update', entityId: String(activity.id) } })).toBe(
      3,
    );
  });

  it('lists a page with names and sign-up counts, filtered and sorted', async () => {
    const unit = await addUnit(env, branch, { kind: 'group' });
    const team = await addTeam(env, unit.id);
    const a = await addActivity(env, unit.id, {
      title: '周末清扫',
      teamId: team.id,
      capacity: 1,
      startsAt: new Date('2026-04-02T09:00:00+08:00'),
      endsAt: new Date('2026-04-02T11:00:00+08:00'),
    });
    const b = await addActivity(env, unit.id, {
      title: '敬老探访',
      status: 'draft',
      startsAt: new Date('2026-04-05T09:00:00+08:00'),
      endsAt: new Date('2026-04-05T11:00:00+08:00'),
    });
    for (let i = 0; i < 2; i++) {
      const account = await addAccount(env, { unitId: unit.id });
      await addVolunteer(env, unit.id, { accountId: account.id });
      await env.at(when, async () => (await env.as(account.username)).volunteers.signups.signUp({ activityId: a.id }));
    }
    const page = await organiser.volunteers.activities.list({ unitId: unit.id, sort: 'startsAt', order: 'asc' });
    expect(page.total).toBe(2);
    expect(page.items.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(page.items[0]).toEqual({
      id: a.id,
      title: '周末清扫',
      unitId: unit.id,
      unitName: unit.name,
      teamId: team.id,
      teamName: team.name,
      place: '社区服务中心',
      startsAt: new Date('2026-04-02T09:00:00+08:00').toISOString(),
      endsAt: new Date('2026-04-02T11:00:00+08:00').toISOString(),
      mode: 'recruit',
      approval: false,
      capacity: 1,
      placesLeft: 0,
      confirmed: 1,
      waitlisted: 1,
      status: 'published',
    });
    // The list counts in its page's statement, the activity by itself in signupCounts: the same numbers.
    for (const row of page.items) {
      const { counts } = await organiser.volunteers.activities.get({ id: row.id });
      expect({ confirmed: row.confirmed, waitlisted: row.waitlisted }).toEqual({
        confirmed: counts.confirmed,
        waitlisted: counts.waitlisted,
      });
    }
    const list = (over: Record<string, unknown>) =>
      organiser.volunteers.activities.list({ unitId: unit.id, ...over }).then((p) => p.items.map((r) => r.id));
    expect(await list({ status: 'draft' })).toEqual([b.id]);
    expect(await list({ teamId: team.id })).toEqual([a.id]);
    expect(await list({ q: '敬老' })).toEqual([b.id]);
    expect(await list({ from: '2026-04-03' })).toEqual([b.id]);
    expect(await list({ to: '2026-04-02' })).toEqual([a.id]);
    expect(await list({ sort: 'title', order: 'asc' })).toEqual([b.id, a.id]);
    expect(await list({ sort: 'startsAt', order: 'desc' })).toEqual([b.id, a.id]);
  });

  it('shows volunteers published activities not yet ended, with their own sign-up', async () => {
    const unit = await addUnit(env, branch, { kind: 'group' });
    const open = await addActivity(env, unit.id, {
      title: '图书整理',
      startsAt: new Date('2026-03-12T09:00:00+08:00'),
      endsAt: new Date('2026-03-12T11:00:00+08:00'),
    });
    await addActivity(env, unit.id, { status: 'draft' });
    await addActivity(env, unit.id, {
      startsAt: new Date('2026-03-01T09:00:00+08:00'),
      endsAt: new Date('2026-03-01T11:00:00+08:00'),
    });
    const account = await addAccount(env, { unitId: branch.id });
    await addVolunteer(env, branch.id, { accountId: account.id });
    const volunteer = await env.as(account.username);
    await env.at(when, () => volunteer.volunteers.signups.signUp({ activityId: open.id }));
    const later = await addActivity(env, unit.id);
    const page = await env.at(when, () => volunteer.volunteers.activities.browse({ unitId: unit.id }));
    expect(page.items.map((r) => [r.id, r.mySignup])).toEqual([
      [open.id, 'confirmed'],
      [later.id, null],
    ]);
    const opened = await env.at(when, () => volunteer.volunteers.activities.open({ id: open.id }));
    expect(opened).toMatchObject({ id: open.id, registered: true, mySignup: { status: 'confirmed', position: null } });
    // Someone without a profile browses too, and is told to register by `registered`.
    const plain = await env.as((await addAccount(env, { unitId: branch.id })).username);
    expect(await plain.volunteers.activities.open({ id: open.id })).toMatchObject({
      registered: false,
      mySignup: null,
      myAttendance: null,
    });
    const draft = await addActivity(env, unit.id, { status: 'draft' });
    await expect(plain.volunteers.activities.open({ id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
