// Floating members on both databases: a member of a 城关镇 branch working in 西山镇 attaches to a branch there, stays
// with their own branch (status floating), and shows in the host's list with their name, gender, stage and home
// branch only; the attachment is refused where the rules say, ended by the member's own branch alone, and a third
// branch sees none of it; either side finds attachments by the member's name.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { addMember } from './support/members';
import { addAttachment } from './support/transfers';

describe.each(await testProviders())('floating members on %s', (provider) => {
  let env: TestEnv;
  let home: Caller;
  let host: Caller;
  let third: Caller;
  let homeBranch: Unit;
  let hostBranch: Unit;

  const secretaryOf = async (unit: Unit) =>
    env.as(
      (await addAccount(env, { unitId: unit.id, grants: [{ role: 'branch_secretary', unitId: unit.id }] })).username,
    );

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    homeBranch = env.seed.townships.chengguan!.branches[0]!;
    hostBranch = env.seed.townships.xishan!.branches[1]!;
    home = await env.as('secretary');
    host = await secretaryOf(hostBranch);
    third = await secretaryOf(env.seed.townships.nanling!.branches[0]!);
  });
  afterAll(() => env?.drop());

  const memberRow = (id: number) => env.db.member.findUniqueOrThrow({ where: { id } });
  const attach = (memberId: number, extra: Record<string, unknown> = {}) =>
    home.members.floating.start({
      memberId,
      hostUnitId: hostBranch.id,
      place: '西山镇电子厂',
      startedOn: '2026-03-01',
      ...extra,
    });

  it('attaches a member to a host branch that sees only their name, gender, stage and home branch', async () => {
    const member = await addMember(env, homeBranch.id, { stage: 'probationary' });
    const { id } = await env.at('2026-03-02T10:00:00', () => attach(member.id, { untilOn: '2026-12-31' }));
    expect(await memberRow(member.id)).toMatchObject({ unitId: homeBranch.id, status: 'floating' });
    expect(await env.db.floatingAttachment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      unitId: homeBranch.id,
      hostUnitId: hostBranch.id,
      startedOn: '2026-03-01',
      untilOn: '2026-12-31',
      endedOn: null,
    });

    const hosted = await host.members.floating.list({ direction: 'hosted', open: true });
    const row = hosted.items.find((r) => r.id === id);
    expect(row).toEqual({
      id,
      memberId: member.id,
      memberName: member.name,
      gender: member.gender,
      stage: 'probationary',
      homeUnitId: homeBranch.id,
      homeUnitName: homeBranch.name,
      hostUnitId: hostBranch.id,
      hostUnitName: hostBranch.name,
      place: '西山镇电子厂',
      startedOn: '2026-03-01',
      untilOn: '2026-12-31',
      endedOn: null,
      direction: 'hosted',
      actions: { end: false },
    });
    expect(JSON.stringify(hosted)).not.toContain(member.clear.phone);
    // The host's own side lists no member of its own away; the home branch lists it with the end to offer.
    expect((await host.members.floating.list({ direction: 'out' })).items.map((r) => r.id)).not.toContain(id);
    const away = await home.members.floating.list({ direction: 'out', open: true, unitId: homeBranch.id });
    expect(away.items.find((r) => r.id === id)).toMatchObject({ direction: 'out', actions: { end: true } });
    // A third branch sees nothing of it.
    for (const direction of ['out', 'hosted'] as const)
      expect((await third.members.floating.list({ direction })).items.map((r) => r.id)).not.toContain(id);

    const event = await env.db.memberEvent.findFirstOrThrow({
      where: { memberId: member.id, kind: 'floatingStarted' },
    });
    expect(event).toMatchObject({ on: '2026-03-01', atUnitId: homeBranch.id, note: hostBranch.name });
  });

  it('refuses an attachment where the rules say', async () => {
    const member = await addMember(env, homeBranch.id);
    const archived = await addUnit(env, hostBranch, { archived: true });
    const field = (name: string, message?: string) =>
      expect.objectContaining({ code: 'BAD_REQUEST', field: name, ...(message ? { message } : {}) });
    await env.at('2026-03-02T10:00:00', async () => {
      for (const hostUnitId of [homeBranch.id, env.seed.townships.xishan!.id, archived.id, 999_999])
        await expect(attach(member.id, { hostUnitId })).rejects.toEqual(field('hostUnitId'));
      await expect(attach(member.id, { startedOn: '2026-03-03' })).rejects.toEqual(
        field('startedOn', '日期不能晚于今天（2026-03-02）'),
      );
      await expect(attach(member.id, { untilOn: '2026-03-01' })).rejects.toEqual(
        field('untilOn', '预计返回日期须晚于外出日期（2026-03-01）'),
      );
      await attach(member.id);
      await expect(attach(member.id)).rejects.toEqual(field('memberId', '该党员已登记为流动党员，请先结束原登记'));
    });
    const gone = await addMember(env, homeBranch.id, { status: 'expelled' });
    await expect(attach(gone.id)).rejects.toEqual(field('memberId'));
    expect(await env.db.floatingAttachment.count({ where: { memberId: { in: [member.id, gone.id] } } })).toBe(1);
  });

  it('finds attachments by part of the member’s name, on either side, literally', async () => {
    const marker = uniqueName('流动查找');
    const attachOne = async (suffix: string) => {
      const member = await addMember(env, homeBranch.id, { name: `${marker}${suffix}`, status: 'floating' });
      return (await addAttachment(env, homeBranch.id, hostBranch.id, member.id)).id;
    };
    const first = await attachOne('甲');
    const second = await attachOne('乙');
    const found = async (caller: Caller, direction: 'out' | 'hosted', q: string) => {
      const page = await caller.members.floating.list({ direction, q });
      return { ids: page.items.map((r) => r.id), total: page.total };
    };
    expect(await found(home, 'out', marker)).toEqual({ ids: [second, first], total: 2 });
    expect(await found(host, 'hosted', `  ${marker}甲 `)).toEqual({ ids: [first], total: 1 });
    expect(await found(home, 'out', `${marker}丙`)).toEqual({ ids: [], total: 0 });
    // A wildcard is a character like any other; a blank search is no search.
    expect(await found(host, 'hosted', `${marker}%`)).toEqual({ ids: [], total: 0 });
    const everything = await host.members.floating.list({ direction: 'hosted', q: '   ', pageSize: 100 });
    expect(everything.items.map((r) => r.id)).toEqual(expect.arrayContaining([first, second]));
    // The search never reaches past the scope: a third branch finds neither.
    for (const direction of ['out', 'hosted'] as const)
      expect(await found(third, direction, marker)).toEqual({ ids: [], total: 0 });
    await expect(home.members.floating.list({ q: 'x'.repeat(31) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('is ended by the member’s own branch alone, and the member is active again', async () => {
    const member = await addMember(env, homeBranch.id);
    const { id } = await env.at('2026-03-02T10:00:00', () => attach(member.id));
    await env.at('2026-06-30T10:00:00', async () => {
      await expect(host.members.floating.end({ id, endedOn: '2026-06-30' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: '流动党员登记不存在或不在您的管理范围内',
      });
      await expect(home.members.floating.end({ id, endedOn: '2026-02-28' })).rejects.toMatchObject({
        field: 'endedOn',
        message: '结束日期不能早于外出日期（2026-03-01）',
      });
      await expect(home.members.floating.end({ id, endedOn: '2026-07-01' })).rejects.toMatchObject({
        field: 'endedOn',
      });
      await home.members.floating.end({ id, endedOn: '2026-06-30' });
      await expect(home.members.floating.end({ id, endedOn: '2026-06-30' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
    });
    expect(await memberRow(member.id)).toMatchObject({ status: 'active', unitId: homeBranch.id });
    expect((await env.db.floatingAttachment.findUniqueOrThrow({ where: { id } })).endedOn).toBe('2026-06-30');
    const ended = await host.members.floating.list({ direction: 'hosted', open: false });
    expect(ended.items.find((r) => r.id === id)).toMatchObject({ endedOn: '2026-06-30', actions: { end: false } });
    expect(
      (await host.members.floating.list({ direction: 'hosted', open: true })).items.map((r) => r.id),
    ).not.toContain(id);
    const events = await env.db.memberEvent.findMany({ where: { memberId: member.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.kind, e.on])).toEqual([
      ['floatingStarted', '2026-03-01'],
      ['floatingEnded', '2026-06-30'],
    ]);
    const audits = await env.db.auditLog.findMany({
      where: { entity: 'FloatingAttachment', entityId: String(id) },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => [a.action, a.unitId])).toEqual([
      ['floating.start', homeBranch.id],
      ['floating.end', homeBranch.id],
    ]);
  });
});
