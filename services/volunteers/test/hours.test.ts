// Deciding hours on both databases: approved singly and in bulk, each approval adds to the unit/team/month totals
// and to the volunteer's year under the volunteer's own unit, in the approving transaction; a bulk list is taken
// whole or not at all (a foreign or decided entry refuses the batch and changes nothing); a declined entry stays, with
// its reason and its trail; its volunteer appeals once, and the appeal is decided for good.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';
import { addActivity, addHourEntry, addTeam, addVolunteer } from './support/volunteers';

describe.each(await testProviders())('hours on %s', (provider) => {
  let env: TestEnv;
  let certifier: Caller;
  let chengguan: Unit & { branches: Unit[] };
  let donghu: Unit & { branches: Unit[] };

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    chengguan = env.seed.townships.chengguan!;
    donghu = env.seed.townships.donghu!;
    certifier = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  /** A volunteer of the unit with their own account, signed in. */
  async function volunteerWithAccount(unitId: number) {
    const account = await addAccount(env, { unitId });
    const volunteer = await addVolunteer(env, unitId, { accountId: account.id });
    return { volunteer, caller: await env.as(account.username), account };
  }
  const totalOf = (unitId: number, teamNo: number, month: string) =>
    env.db.hourTotal.findUnique({ where: { unitId_teamNo_month: { unitId, teamNo, month } } });
  const yearOf = (volunteerId: number, year: number) =>
    env.db.volunteerServiceYear.findUnique({ where: { volunteerId_year: { volunteerId, year } } });
  const statusOf = async (id: number) => (await env.db.hourEntry.findUniqueOrThrow({ where: { id } })).status;

  it('approves one entry, adds it to the totals under the volunteer’s own unit, and audits it', async () => {
    const branch = chengguan.branches[1]!;
    const team = await addTeam(env, chengguan.id);
    const activity = await addActivity(env, chengguan.id, { teamId: team.id });
    // Registered by a branch: the year counts under the branch; the month's total under the certifying township.
    const volunteer = await addVolunteer(env, branch.id);
    const entry = await addHourEntry(env, activity.id, volunteer.id, { minutes: 150, servedOn: '2026-03-14' });
    expect(await certifier.volunteers.hours.approve({ ids: [entry.id] })).toEqual({ approved: 1, minutes: 150 });
    expect(await statusOf(entry.id)).toBe('approved');
    expect(await totalOf(chengguan.id, team.id, '2026-03')).toMatchObject({ minutes: 150, entries: 1 });
    expect(await yearOf(volunteer.id, 2026)).toMatchObject({ unitId: branch.id, minutes: 150 });
    expect(await env.db.hourDecision.findMany({ where: { hourEntryId: entry.id } })).toEqual([
      expect.objectContaining({ action: 'approved', actorId: env.seed.users.chengguan }),
    ]);
    const audit = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'hours.approve' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ unitId: chengguan.id, entityLabel: activity.title });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ count: 1, minutes: 150 });
    // Approved is final: approving it again is refused, and nothing is added twice.
    await expect(certifier.volunteers.hours.approve({ ids: [entry.id] })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'volunteers.hoursNotDecidable',
      vars: { count: 1 },
    });
    await expect(certifier.volunteers.hours.decline({ id: entry.id, reason: '重复' })).rejects.toMatchObject({
      key: 'volunteers.hourNotDecidable',
    });
    expect(await totalOf(chengguan.id, team.id, '2026-03')).toMatchObject({ minutes: 150, entries: 1 });
  });

  it('approves in bulk with totals grouped by unit, team and month, adding to what is there', async () => {
    const branch = chengguan.branches[0]!;
    const march = await addActivity(env, branch.id);
    const april = await addActivity(env, branch.id);
    const volunteers = await Promise.all([1, 2, 3].map(() => addVolunteer(env, chengguan.id)));
    const entries = [
      ...(await Promise.all(volunteers.map((v) => addHourEntry(env, march.id, v.id, { minutes: 60 })))),
      await addHourEntry(env, april.id, volunteers[0]!.id, { minutes: 90, servedOn: '2026-04-02' }),
    ];
    const before = (await totalOf(branch.id, 0, '2026-03'))?.minutes ?? 0;
    const answer = await certifier.volunteers.hours.approve({ ids: entries.map((e) => e.id) });
    expect(answer).toEqual({ approved: 4, minutes: 270 });
    expect(await totalOf(branch.id, 0, '2026-03')).toMatchObject({ minutes: before + 180 });
    expect(await totalOf(branch.id, 0, '2026-04')).toMatchObject({ minutes: 90, entries: 1 });
    expect(await yearOf(volunteers[0]!.id, 2026)).toMatchObject({ unitId: chengguan.id, minutes: 150 });
    expect(await yearOf(volunteers[2]!.id, 2026)).toMatchObject({ minutes: 60 });
    expect(await env.db.hourDecision.count({ where: { hourEntryId: { in: entries.map((e) => e.id) } } })).toBe(4);
    // One audit entry for the batch, at the branch the entries share.
    const audit = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'hours.approve' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ unitId: branch.id, entityId: 'batch:4' });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ count: 4, minutes: 270 });
  });

  it('refuses a whole batch holding a foreign, missing or decided entry, and changes nothing', async () => {
    const activity = await addActivity(env, chengguan.id);
    const own = await Promise.all(
      [1, 2].map(async () => addHourEntry(env, activity.id, (await addVolunteer(env, chengguan.id)).id)),
    );
    const foreignActivity = await addActivity(env, donghu.id);
    const foreign = await addHourEntry(env, foreignActivity.id, (await addVolunteer(env, donghu.id)).id);
    const decided = await addHourEntry(env, activity.id, (await addVolunteer(env, chengguan.id)).id, {
      status: 'declined',
    });
    const ids = own.map((e) => e.id);
    const decisions = () => env.db.hourDecision.count({ where: { hourEntryId: { in: [...ids, foreign.id] } } });
    const approve = (more: number[]) => certifier.volunteers.hours.approve({ ids: [...ids, ...more] });
    await expect(approve([foreign.id])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'volunteers.hoursNotFound',
      vars: { count: 1 },
    });
    await expect(approve([foreign.id, 999_999])).rejects.toMatchObject({ vars: { count: 2 } });
    await expect(approve([decided.id])).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'volunteers.hoursNotDecidable',
      vars: { count: 1 },
    });
    for (const e of [...own, foreign]) expect(await statusOf(e.id)).toBe('pending');
    expect(await decisions()).toBe(0);
    expect(await totalOf(chengguan.id, 0, '2026-03')).toBeNull();
    // The same batch without them is taken.
    expect(await approve([])).toEqual({ approved: 2, minutes: 360 });
    expect(await totalOf(chengguan.id, 0, '2026-03')).toMatchObject({ minutes: 360, entries: 2 });
    // At most 1,000 at once, at least one.
    await expect(certifier.volunteers.hours.approve({ ids: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const many = Array.from({ length: 1_001 }, (_, i) => i + 1);
    await expect(certifier.volunteers.hours.approve({ ids: many })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('declines with a reason, keeps the entry and its trail; the volunteer appeals once', async () => {
    const activity = await addActivity(env, chengguan.id);
    const { volunteer, caller, account } = await volunteerWithAccount(chengguan.id);
    const entry = await addHourEntry(env, activity.id, volunteer.id, { minutes: 120 });
    await expect(certifier.volunteers.hours.decline({ id: entry.id, reason: '  ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    // Not declined yet: nothing to appeal.
    await expect(caller.volunteers.hours.appeal({ id: entry.id, appeal: '我在场' })).rejects.toMatchObject({
      key: 'volunteers.hourNotDeclined',
    });
    expect(await certifier.volunteers.hours.decline({ id: entry.id, reason: '签到时间不足' })).toEqual({
      id: entry.id,
      status: 'declined',
    });
    expect(await env.db.hourEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      status: 'declined',
      reason: '签到时间不足',
      minutes: 120,
    });
    // Its volunteer sees it with the reason; nobody else's entry is theirs to appeal.
    const mine = await caller.volunteers.hours.mine({});
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: entry.id,
        status: 'declined',
        reason: '签到时间不足',
        activityTitle: activity.title,
      }),
    ]);
    const other = await volunteerWithAccount(chengguan.id);
    await expect(other.caller.volunteers.hours.appeal({ id: entry.id, appeal: '替他申诉' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'volunteers.hourNotFound',
    });
    // Someone with no volunteer profile has no hours.
    await expect(certifier.volunteers.hours.mine({})).rejects.toMatchObject({ key: 'volunteers.notAVolunteer' });
    await env.at('2026-03-20T10:00:00', () =>
      caller.volunteers.hours.appeal({ id: entry.id, appeal: '我全程在岗，签退时手机没电' }),
    );
    expect(await env.db.hourEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      status: 'appealed',
      appeal: '我全程在岗，签退时手机没电',
      appealedAt: new Date('2026-03-20T02:00:00Z'),
    });
    await expect(caller.volunteers.hours.appeal({ id: entry.id, appeal: '再申诉一次' })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'volunteers.hourAlreadyAppealed',
    });
    const audit = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'hours.appeal' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ actorId: account.id, unitId: chengguan.id, entityId: String(entry.id) });
    // The appeal is decided: approved, it counts at last.
    expect(await certifier.volunteers.hours.approve({ ids: [entry.id] })).toEqual({ approved: 1, minutes: 120 });
    expect(await yearOf(volunteer.id, 2026)).toMatchObject({ minutes: 120 });
    const trail = await certifier.volunteers.hours.history({ id: entry.id });
    expect(trail.map((s) => [s.action, s.reason, s.actorName])).toEqual([
      ['declined', '签到时间不足', '城关镇管理员'],
      ['appealed', '我全程在岗，签退时手机没电', account.displayName],
      ['approved', '', '城关镇管理员'],
    ]);
  });

  it('declines an appeal for good: no second appeal, nothing counted', async () => {
    const activity = await addActivity(env, chengguan.id);
    const { volunteer, caller } = await volunteerWithAccount(chengguan.id);
    const entry = await addHourEntry(env, activity.id, volunteer.id, { minutes: 45 });
    await certifier.volunteers.hours.decline({ id: entry.id, reason: '未签到' });
    await caller.volunteers.hours.appeal({ id: entry.id, appeal: '有现场照片' });
    expect(await certifier.volunteers.hours.decline({ id: entry.id, reason: '照片不能证明在岗时长' })).toEqual({
      id: entry.id,
      status: 'declined',
    });
    await expect(caller.volunteers.hours.appeal({ id: entry.id, appeal: '再次申诉' })).rejects.toMatchObject({
      key: 'volunteers.hourAlreadyAppealed',
    });
    expect(await yearOf(volunteer.id, 2026)).toBeNull();
    expect((await certifier.volunteers.hours.history({ id: entry.id })).map((s) => s.action)).toEqual([
      'declined',
      'appealed',
      'declined',
    ]);
  });

  it('lists the queue of a subtree newest first, filtered, and nothing of another township', async () => {
    const branch = chengguan.branches[2]!;
    const activity = await addActivity(env, branch.id);
    const volunteer = await addVolunteer(env, branch.id);
    const older = await addHourEntry(env, activity.id, volunteer.id);
    const newer = await addHourEntry(env, activity.id, (await addVolunteer(env, branch.id)).id);
    const queue = await certifier.volunteers.hours.list({ unitId: branch.id, status: 'pending' });
    expect(queue.items.map((h) => h.id)).toEqual([newer.id, older.id]);
    expect(queue.items[1]).toMatchObject({
      volunteerId: volunteer.id,
      volunteerName: volunteer.name,
      unitName: branch.name,
      activityTitle: activity.title,
      minutes: 180,
      appealedAt: null,
    });
    expect(queue).toMatchObject({ total: 2, totalIsBound: false });
    const byVolunteer = await certifier.volunteers.hours.list({ unitId: chengguan.id, volunteerId: volunteer.id });
    expect(byVolunteer.items.map((h) => h.id)).toEqual([older.id]);
    expect((await certifier.volunteers.hours.list({ unitId: branch.id, year: 2025 })).items).toEqual([]);
    await expect(certifier.volunteers.hours.list({ unitId: donghu.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('approves 1,000 entries at once, set-based, within two seconds', async () => {
    const unitId = chengguan.branches[3]!.id;
    const volunteer = await addVolunteer(env, unitId);
    const base = await addActivity(env, unitId);
    const { id: _id, createdAt: _c, updatedAt: _u, ...shape } = base;
    await env.db.activity.createMany({ data: Array.from({ length: 1_000 }, () => ({ ...shape, title: '批量活动' })) });
    const activities = await env.db.activity.findMany({ where: { unitId, title: '批量活动' }, select: { id: true } });
    await env.db.hourEntry.createMany({
      data: activities.map((a, i) => ({
        unitId,
        activityId: a.id,
        volunteerId: volunteer.id,
        servedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
        year: 2026,
        minutes: 60,
      })),
    });
    const ids = (await env.db.hourEntry.findMany({ where: { volunteerId: volunteer.id }, select: { id: true } })).map(
      (e) => e.id,
    );
    const started = performance.now();
    expect(await certifier.volunteers.hours.approve({ ids })).toEqual({ approved: 1_000, minutes: 60_000 });
    const took = performance.now() - started;
    expect(took).toBeLessThan(2_000);
    expect(await yearOf(volunteer.id, 2026)).toMatchObject({ minutes: 60_000 });
    const totals = await env.db.hourTotal.findMany({ where: { unitId } });
    expect(totals).toHaveLength(12);
    expect(totals.reduce((s, t) => s + t.entries, 0)).toBe(1_000);
  });
});
