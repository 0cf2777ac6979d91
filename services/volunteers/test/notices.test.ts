// The bell's volunteers news on both databases: an activity is news for its certifiers while one of its hour entries
// waits for a decision (pending, or a decline appealed), one notice per activity, and stops being news when the last
// is decided; appeals before pending entries, each the longest waiting first, with the approval page's path filtered
// to the activity and the state. A notice read returns once a new entry or appeal arrives. Each case works in units
// of its own below 城关镇, so what it counts is what it made.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addActivity, addHourEntry, addVolunteer } from './support/volunteers';

describe.each(await testProviders())('volunteers notices on %s', (provider) => {
  let env: TestEnv;
  let chengguan: Unit & { branches: Unit[] };

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    chengguan = env.seed.townships.chengguan!;
  });
  afterAll(() => env?.drop());

  /** A unit of its own below `parent` (城关镇 unless told), and a signed-in caller holding `role` there. */
  async function unitWithCaller(parent: Unit = chengguan, role = 'volunteer_coordinator') {
    const unit = await addUnit(env, parent, { kind: 'branch' });
    const account = await addAccount(env, { unitId: unit.id, grants: [{ role, unitId: unit.id }] });
    return { unit, caller: await env.as(account.username) };
  }

  /**
   * An entry of a fresh volunteer at the activity, written at `createdAt` (as closing the activity would have
   * written it), in `status`; an appealed one was appealed at `appealedAt`.
   */
  async function entry(
    activity: { id: number; unitId: number },
    createdAt: Date,
    status: 'pending' | 'approved' | 'declined' | 'appealed' = 'pending',
    appealedAt: Date | null = null,
    accountId: number | null = null,
  ) {
    const volunteer = await addVolunteer(env, activity.unitId, { accountId });
    return addHourEntry(env, activity.id, volunteer.id, {
      status,
      createdAt,
      ...(status === 'appealed' || status === 'declined' ? { reason: '未签退' } : {}),
      ...(appealedAt && { appealedAt }),
    });
  }

  /** The approval page at the activity's unit, listing its entries in a state. */
  type Activity = { id: number; unitId: number };
  const pendingPath = (a: Activity) => `/volunteers/hours?status=pending&activityId=${a.id}&at=${a.unitId}`;
  const appealedPath = (a: Activity) => `/volunteers/hours?status=appealed&activityId=${a.id}&at=${a.unitId}`;
  /** The caller's notice opening `path`, if any. */
  const noticeAt = async (caller: Caller, path: string) =>
    (await caller.volunteers.notices.list()).items.find((i) => i.path === path);

  it('lists an activity while one of its entries waits, appeals first, and drops it once the last is decided', async () => {
    const { unit, caller } = await unitWithCaller();
    const waiting = await addActivity(env, unit.id);
    const decided = await addActivity(env, unit.id);
    const appealed = await addActivity(env, unit.id);
    const first = await entry(waiting, shanghai('2026-03-14T18:00:00'));
    const second = await entry(waiting, shanghai('2026-03-15T09:00:00'));
    await entry(waiting, shanghai('2026-03-13T09:00:00'), 'approved');
    await entry(waiting, shanghai('2026-03-13T09:00:00'), 'declined');
    // Decided entries alone are no news, however old; nor is a decline nobody appealed.
    await entry(decided, shanghai('2026-03-01T09:00:00'), 'approved');
    await entry(decided, shanghai('2026-03-01T09:00:00'), 'declined');
    const contested = await entry(
      appealed,
      shanghai('2026-03-10T09:00:00'),
      'appealed',
      shanghai('2026-03-20T08:30:00'),
    );

    const listed = await caller.volunteers.notices.list();
    expect(listed.counts).toEqual({ hoursAppealed: 1, hoursPending: 1 });
    // The appeal leads though the pending entries have waited longer.
    expect(listed.items).toEqual([
      {
        key: `volunteers:hoursAppealed:${appealed.id}:1:${shanghai('2026-03-20T08:30:00').getTime()}`,
        kind: 'hoursAppealed',
        title: appealed.title,
        unitName: unit.name,
        at: '2026-03-20T00:30:00.000Z',
        path: appealedPath(appealed),
        read: false,
      },
      {
        key: `volunteers:hoursPending:${waiting.id}:2:${second.id}`,
        kind: 'hoursPending',
        title: waiting.title,
        unitName: unit.name,
        // The oldest waiting entry's time: the approved and declined ones, older still, count for nothing.
        at: '2026-03-14T10:00:00.000Z',
        path: pendingPath(waiting),
        read: false,
      },
    ]);

    // One of two approved: still news, for one entry now; the last declined: no more.
    expect(await caller.volunteers.hours.approve({ ids: [first.id] })).toMatchObject({ approved: 1 });
    expect(await noticeAt(caller, pendingPath(waiting))).toMatchObject({
      key: `volunteers:hoursPending:${waiting.id}:1:${second.id}`,
      at: '2026-03-15T01:00:00.000Z',
    });
    await caller.volunteers.hours.decline({ id: second.id, reason: '未签到' });
    expect(await noticeAt(caller, pendingPath(waiting))).toBeUndefined();
    // The appeal decided (upheld or not) ends its news too.
    await caller.volunteers.hours.decline({ id: contested.id, reason: '核实后仍未签退' });
    expect(await caller.volunteers.notices.list()).toEqual({
      items: [],
      counts: { hoursAppealed: 0, hoursPending: 0 },
    });
  });

  it('gives a notice read a new key when a new entry or a new appeal arrives', async () => {
    const { unit, caller } = await unitWithCaller();
    const activity = await addActivity(env, unit.id);
    await entry(activity, shanghai('2026-03-14T18:00:00'));
    const before = await noticeAt(caller, pendingPath(activity));
    expect(await caller.identity.notices.markRead({ keys: [before!.key] })).toEqual({ marked: 1 });
    expect(await noticeAt(caller, pendingPath(activity))).toMatchObject({ key: before!.key, read: true });
    const late = await entry(activity, shanghai('2026-03-16T10:00:00'));
    expect(await noticeAt(caller, pendingPath(activity))).toMatchObject({
      key: `volunteers:hoursPending:${activity.id}:2:${late.id}`,
      at: '2026-03-14T10:00:00.000Z',
      read: false,
    });

    // Appeals: the volunteer of the older entry appeals through their own account after two others were appealed.
    // The count stays two and the newest id too once one of those is decided: the new appeal's instant tells.
    const contested = await addActivity(env, unit.id);
    const account = await addAccount(env, { unitId: unit.id });
    const older = await entry(contested, shanghai('2026-03-10T09:00:00'), 'declined', null, account.id);
    const one = await entry(contested, shanghai('2026-03-10T09:00:00'), 'appealed', shanghai('2026-03-18T09:00:00'));
    const two = await entry(contested, shanghai('2026-03-10T09:00:00'), 'appealed', shanghai('2026-03-19T09:00:00'));
    const appeals = await noticeAt(caller, appealedPath(contested));
    expect(appeals).toMatchObject({
      key: `volunteers:hoursAppealed:${contested.id}:2:${shanghai('2026-03-19T09:00:00').getTime()}`,
      at: '2026-03-18T01:00:00.000Z',
    });
    await caller.identity.notices.markRead({ keys: [appeals!.key] });
    await caller.volunteers.hours.approve({ ids: [one.id] });
    const volunteer = await env.as(account.username);
    await env.at('2026-03-21T10:00:00', () => volunteer.volunteers.hours.appeal({ id: older.id, appeal: '我在岗' }));
    expect(await noticeAt(caller, appealedPath(contested))).toEqual(
      expect.objectContaining({
        key: `volunteers:hoursAppealed:${contested.id}:2:${shanghai('2026-03-21T10:00:00').getTime()}`,
        at: '2026-03-19T01:00:00.000Z',
        read: false,
      }),
    );
    expect(two.id).toBeGreaterThan(older.id);
  });

  it('lists the activities waiting longest first, up to the bell’s limit, and counts them all up to the bound', async () => {
    const { unit, caller } = await unitWithCaller();
    // Made newest first, so the order is the entries' time, not the ids'.
    const activities: Awaited<ReturnType<typeof addActivity>>[] = [];
    for (let i = 0; i < 31; i += 1) activities.push(await addActivity(env, unit.id));
    const volunteer = await addVolunteer(env, unit.id);
    const write = (from: number, to: number) =>
      env.db.hourEntry.createMany({
        data: activities.slice(from, to).map((a, i) => ({
          unitId: unit.id,
          activityId: a.id,
          volunteerId: volunteer.id,
          servedOn: '2026-03-14',
          year: 2026,
          minutes: 120,
          createdAt: new Date(shanghai('2026-04-01T09:00:00').getTime() - (from + i) * 60_000),
        })),
      });
    // Thirty: every one listed, the oldest (the last made) first.
    await write(0, 30);
    const thirty = await caller.volunteers.notices.list();
    expect(thirty.counts.hoursPending).toBe(30);
    expect(thirty.items.map((i) => i.path)).toEqual(
      activities
        .slice(0, 30)
        .reverse()
        .map((a) => pendingPath(a)),
    );
    // One more, older than all: it leads, the newest falls out of the list, and the count says 31.
    await write(30, 31);
    const more = await caller.volunteers.notices.list();
    expect(more.counts.hoursPending).toBe(31);
    expect(more.items).toHaveLength(30);
    expect(more.items[0]?.path).toBe(pendingPath(activities[30]!));
    expect(more.items.map((i) => i.path)).not.toContain(pendingPath(activities[0]!));

    // The count stops at the bound: 99 are counted as 99, 100 as well.
    const rest: Awaited<ReturnType<typeof addActivity>>[] = [];
    for (let i = 31; i < 100; i += 1) rest.push(await addActivity(env, unit.id, { title: `批量活动${i}` }));
    await env.db.hourEntry.createMany({
      data: rest.map((a) => ({
        unitId: unit.id,
        activityId: a.id,
        volunteerId: volunteer.id,
        servedOn: '2026-03-14',
        year: 2026,
        minutes: 120,
        createdAt: shanghai('2026-04-02T09:00:00'),
      })),
    });
    await caller.volunteers.hours.approve({
      ids: (await env.db.hourEntry.findMany({ where: { activityId: rest[0]!.id } })).map((e) => e.id),
    });
    expect((await caller.volunteers.notices.list()).counts.hoursPending).toBe(99);
    await entry(rest[0]!, shanghai('2026-04-03T09:00:00'));
    expect((await caller.volunteers.notices.list()).counts.hoursPending).toBe(99);
    expect(
      await env.db.hourEntry.groupBy({ by: ['activityId'], where: { unitId: unit.id, status: 'pending' } }),
    ).toHaveLength(100);
  });

  it('shows each certifier the units in their scope alone, and refuses a caller who may not decide hours', async () => {
    // A unit with two below it: the upper one's certifier sees both, each lower one's its own.
    const { unit: upper, caller: upperCaller } = await unitWithCaller();
    const { unit: left, caller: leftCaller } = await unitWithCaller(upper);
    const { unit: right } = await unitWithCaller(upper);
    const atLeft = await addActivity(env, left.id);
    const atRight = await addActivity(env, right.id);
    await entry(atLeft, shanghai('2026-03-14T18:00:00'));
    await entry(atRight, shanghai('2026-03-14T18:00:00'));
    const pathsOf = async (caller: Caller) => (await caller.volunteers.notices.list()).items.map((i) => i.path);
    expect(await pathsOf(upperCaller)).toEqual([pendingPath(atLeft), pendingPath(atRight)]);
    expect(await pathsOf(leftCaller)).toEqual([pendingPath(atLeft)]);
    expect((await leftCaller.volunteers.notices.list()).counts).toEqual({ hoursAppealed: 0, hoursPending: 1 });

    // 东湖街道's entry, older than anything 城关镇 has, would lead the township's list: it never shows.
    const donghu = env.seed.townships.donghu!;
    const foreign = await addActivity(env, donghu.id);
    await entry(foreign, new Date('2001-01-01T00:00:00Z'));
    await entry(foreign, new Date('2001-01-01T00:00:00Z'), 'appealed');
    const township = await (await env.as('chengguan')).volunteers.notices.list();
    expect(township.items.filter((i) => i.path.includes(`activityId=${foreign.id}&`))).toEqual([]);
    expect((await (await env.as('volunteer')).volunteers.notices.list()).items.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: 'hoursAppealed', path: appealedPath(foreign), unitName: donghu.name }),
      expect.objectContaining({ kind: 'hoursPending', path: pendingPath(foreign), unitName: donghu.name }),
    ]);

    // Reading hours is not deciding them: a reader and a member are refused.
    const { caller: reader } = await unitWithCaller(upper, 'volunteers_viewer');
    await expect(reader.volunteers.notices.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await env.as('member')).volunteers.notices.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
