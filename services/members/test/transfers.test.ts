// Transfer letters on both databases, with the clock moved by the test: a letter from a branch of 城关镇 to one of 西山镇
// is listed and read by both sides (the member's card masked) while the member stays with the sender; confirmed, it
// moves the member with their whole timeline; past its last valid day it is listed as expired and cannot be
// confirmed; it is returned or cancelled with a reason; a letter to an outside organisation completes at once; a
// third branch sees none of it, and the receiver never sees the sender's other members. Either side sorts the letters
// in the database; the destinations offered are every open branch and group of the organisation, by name alone.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { addMember } from './support/members';
import { addLetter } from './support/transfers';

describe.each(await testProviders())('transfer letters on %s', (provider) => {
  let env: TestEnv;
  /** The secretary of 城关镇's first branch, of 西山镇's first branch, of 南岭乡's first branch. */
  let sender: Caller;
  let receiver: Caller;
  let third: Caller;
  let receiverEnglish: Caller;
  let senderBranch: Unit;
  let receiverBranch: Unit;
  let thirdBranch: Unit;

  /** A branch secretary of `unit`, at home there. */
  const secretaryOf = async (unit: Unit) => {
    const account = await addAccount(env, { unitId: unit.id, grants: [{ role: 'branch_secretary', unitId: unit.id }] });
    return account.username;
  };

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    senderBranch = env.seed.townships.chengguan!.branches[0]!;
    receiverBranch = env.seed.townships.xishan!.branches[0]!;
    thirdBranch = env.seed.townships.nanling!.branches[0]!;
    sender = await env.as('secretary');
    const receiverName = await secretaryOf(receiverBranch);
    receiver = await env.as(receiverName);
    receiverEnglish = await env.as(receiverName, { locale: 'en-US' });
    third = await env.as(await secretaryOf(thirdBranch));
  });
  afterAll(() => env?.drop());

  const memberRow = (id: number) => env.db.member.findUniqueOrThrow({ where: { id } });
  const letterRow = (id: number) => env.db.transfer.findUniqueOrThrow({ where: { id } });
  const issue = (memberId: number, issuedOn: string, extra: Record<string, unknown> = {}) =>
    sender.members.transfers.issue({ memberId, toUnitId: receiverBranch.id, issuedOn, reason: '工作调动', ...extra });

  it('shows the letter to both sides, then moves the member with their whole history when confirmed', async () => {
    const member = await addMember(env, senderBranch.id, { stage: 'probationary' });
    const neighbour = await addMember(env, senderBranch.id, { stage: 'full' });
    await env.db.memberEvent.create({
      data: {
        memberId: member.id,
        kind: 'registered',
        on: '2021-01-15',
        atUnitId: senderBranch.id,
        atUnitName: senderBranch.name,
      },
    });
    const letter = await env.at('2026-03-02T10:00:00', () => issue(member.id, '2026-03-02'));
    expect(letter.letterNo).toMatch(/^2026-\d{4}$/);
    expect(await letterRow(letter.id)).toMatchObject({
      unitId: senderBranch.id,
      toUnitId: receiverBranch.id,
      state: 'issued',
      issuedOn: '2026-03-02',
      expiresOn: '2026-06-02',
      issuedById: env.seed.users.secretary,
    });

    await env.at('2026-03-05T09:00:00', async () => {
      // The receiver lists it as coming in, and may confirm or return it; the sender as going out, and may cancel it.
      const incoming = await receiver.members.transfers.list({ direction: 'in', q: member.name });
      expect(incoming.items).toEqual([
        {
          id: letter.id,
          letterNo: letter.letterNo,
          memberId: member.id,
          memberName: member.name,
          fromUnitId: senderBranch.id,
          fromUnitName: senderBranch.name,
          toUnitId: receiverBranch.id,
          toUnitName: receiverBranch.name,
          toOrganisation: '',
          crossProvince: false,
          issuedOn: '2026-03-02',
          expiresOn: '2026-06-02',
          state: 'issued',
          direction: 'in',
          actions: { confirm: true, return: true, cancel: false },
        },
      ]);
      expect((await receiver.members.transfers.list({ direction: 'out', q: member.name })).items).toEqual([]);
      const outgoing = await sender.members.transfers.list({ direction: 'out', q: member.name });
      expect(outgoing.items.map((r) => [r.id, r.direction, r.actions])).toEqual([
        [letter.id, 'out', { confirm: false, return: false, cancel: true }],
      ]);
      // The member's card, as the receiver reads it: who they are and their stage, the ID number masked.
      const got = await receiver.members.transfers.get({ id: letter.id });
      expect(got.member).toEqual({
        name: member.name,
        gender: member.gender,
        birthDate: member.birthDate,
        ethnicity: '01',
        education: 'undergraduate',
        stage: 'probationary',
        appliedOn: '2019-03-01',
        activistOn: '2019-06-01',
        candidateOn: '2020-07-01',
        probationaryOn: '2021-01-15',
        probationEndsOn: '2022-01-15',
        fullOn: null,
        idNumber: `${member.clear.idNumber.slice(0, 6)}********${member.clear.idNumber.slice(14)}`,
      });
      expect(JSON.stringify(got)).not.toContain(member.clear.phone);
      // Until confirmed the member stays with the sender; the sender's other members never show to the receiver.
      expect((await memberRow(member.id)).unitId).toBe(senderBranch.id);
      expect(JSON.stringify(incoming)).not.toContain(neighbour.name);

      await receiver.members.transfers.confirm({ id: letter.id, note: '已报到' });
    });

    expect(await memberRow(member.id)).toMatchObject({ unitId: receiverBranch.id, status: 'active' });
    expect(await letterRow(letter.id)).toMatchObject({
      state: 'confirmed',
      answer: '已报到',
      decidedById: expect.any(Number),
      decidedAt: expect.any(Date),
    });
    const events = await env.db.memberEvent.findMany({ where: { memberId: member.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.kind, e.on, e.atUnitId, e.note])).toEqual([
      ['registered', '2021-01-15', senderBranch.id, ''],
      ['transferIssued', '2026-03-02', senderBranch.id, receiverBranch.name],
      ['transferConfirmed', '2026-03-05', receiverBranch.id, '已报到'],
    ]);
    const audits = await env.db.auditLog.findMany({
      where: { entity: 'Transfer', entityId: String(letter.id) },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => [a.action, a.unitId])).toEqual([
      ['transfer.issue', senderBranch.id],
      ['transfer.confirm', receiverBranch.id],
    ]);
    // Confirmed, it is done for both sides: listed with no action left, and not to be confirmed twice.
    const after = await receiver.members.transfers.list({ state: 'confirmed', q: letter.letterNo });
    expect(after.items.find((r) => r.id === letter.id)?.actions).toEqual({
      confirm: false,
      return: false,
      cancel: false,
    });
    await expect(receiver.members.transfers.confirm({ id: letter.id, note: '' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('ends a floating member’s attachment with the sender and makes them active where they arrive', async () => {
    const member = await addMember(env, senderBranch.id, { stage: 'full' });
    await env.at('2026-02-01T10:00:00', () =>
      sender.members.floating.start({
        memberId: member.id,
        hostUnitId: thirdBranch.id,
        place: '南岭工业园',
        startedOn: '2026-02-01',
      }),
    );
    const letter = await env.at('2026-03-02T10:00:00', () => issue(member.id, '2026-03-02'));
    await env.at('2026-03-06T10:00:00', () => receiver.members.transfers.confirm({ id: letter.id, note: '' }));
    expect(await memberRow(member.id)).toMatchObject({ unitId: receiverBranch.id, status: 'active' });
    expect(await env.db.floatingAttachment.findFirstOrThrow({ where: { memberId: member.id } })).toMatchObject({
      unitId: senderBranch.id,
      endedOn: '2026-03-06',
    });
  });

  it('lists a letter past its last valid day as expired, and refuses to confirm it', async () => {
    const member = await addMember(env, senderBranch.id);
    const letter = await env.at('2026-01-05T10:00:00', () => issue(member.id, '2026-01-01'));
    expect((await letterRow(letter.id)).expiresOn).toBe('2026-04-01');
    const stateOn = (day: string, filter: { state?: 'issued' | 'expired' } = {}) =>
      env.at(`${day}T12:00:00`, async () =>
        (await receiver.members.transfers.list({ direction: 'in', q: member.name, ...filter })).items.find(
          (r) => r.id === letter.id,
        ),
      );
    expect((await stateOn('2026-04-01'))?.state).toBe('issued');
    expect(await stateOn('2026-04-01', { state: 'expired' })).toBeUndefined();
    const expired = await stateOn('2026-04-02', { state: 'expired' });
    expect(expired).toMatchObject({ state: 'expired', actions: { confirm: false, return: true, cancel: false } });
    expect(await stateOn('2026-04-02', { state: 'issued' })).toBeUndefined();
    await env.at('2026-04-02T09:00:00', async () => {
      await expect(receiver.members.transfers.confirm({ id: letter.id, note: '' })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('2026-04-01'),
      });
      await expect(receiverEnglish.members.transfers.confirm({ id: letter.id, note: '' })).rejects.toMatchObject({
        message: expect.stringContaining('expired on 2026-04-01'),
      });
    });
    expect(await letterRow(letter.id)).toMatchObject({ state: 'issued' });
    expect((await memberRow(member.id)).unitId).toBe(senderBranch.id);
  });

  it('is returned by the receiver or cancelled by the sender, with a reason, the member staying', async () => {
    const member = await addMember(env, senderBranch.id);
    await env.at('2026-03-02T10:00:00', async () => {
      const first = await issue(member.id, '2026-03-02');
      // One letter at a time.
      await expect(issue(member.id, '2026-03-02')).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field: 'memberId',
        message: expect.stringContaining(first.letterNo),
      });
      await receiver.members.transfers.return({ id: first.id, reason: '本支部不接收' });
      expect(await letterRow(first.id)).toMatchObject({ state: 'returned', answer: '本支部不接收' });
      // Returned, it may not be confirmed or cancelled; a new letter may go out, numbered next.
      await expect(receiver.members.transfers.confirm({ id: first.id, note: '' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(sender.members.transfers.cancel({ id: first.id, reason: '撤回' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      const second = await issue(member.id, '2026-03-02');
      expect(Number(second.letterNo.slice(5))).toBe(Number(first.letterNo.slice(5)) + 1);
      await sender.members.transfers.cancel({ id: second.id, reason: '本人暂缓转出' });
      expect(await letterRow(second.id)).toMatchObject({ state: 'cancelled', answer: '本人暂缓转出' });
      await expect(receiver.members.transfers.confirm({ id: second.id, note: '' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      // Only the receiving side returns, only the sending side cancels: the other side's id is a missing letter.
      const third = await issue(member.id, '2026-03-02');
      await expect(sender.members.transfers.return({ id: third.id, reason: 'x' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(receiver.members.transfers.cancel({ id: third.id, reason: 'x' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
    expect(await memberRow(member.id)).toMatchObject({ unitId: senderBranch.id, status: 'active' });
    const kinds = await env.db.memberEvent.findMany({ where: { memberId: member.id }, orderBy: { id: 'asc' } });
    expect(kinds.map((e) => [e.kind, e.atUnitId])).toEqual([
      ['transferIssued', senderBranch.id],
      ['transferReturned', receiverBranch.id],
      ['transferIssued', senderBranch.id],
      ['transferCancelled', senderBranch.id],
      ['transferIssued', senderBranch.id],
    ]);
  });

  it('completes a letter to an outside organisation at once: the member leaves the registry that day', async () => {
    const member = await addMember(env, senderBranch.id, { status: 'floating' });
    await env.db.floatingAttachment.create({
      data: { unitId: senderBranch.id, memberId: member.id, hostUnitId: thirdBranch.id, startedOn: '2025-10-01' },
    });
    const letter = await env.at('2026-03-02T10:00:00', () =>
      sender.members.transfers.issue({
        memberId: member.id,
        toOrganisation: '广东省深圳市某街道党工委',
        crossProvince: true,
        letterNo: '外转-001',
        issuedOn: '2026-02-27',
        reason: '迁居外省',
      }),
    );
    expect(letter.letterNo).toBe('外转-001');
    expect(await letterRow(letter.id)).toMatchObject({
      state: 'completed',
      toUnitId: null,
      toOrganisation: '广东省深圳市某街道党工委',
      expiresOn: '2026-08-27',
    });
    expect(await memberRow(member.id)).toMatchObject({ status: 'transferred', leftOn: '2026-02-27' });
    expect((await env.db.floatingAttachment.findFirstOrThrow({ where: { memberId: member.id } })).endedOn).toBe(
      '2026-02-27',
    );
    const listed = await env.at('2026-03-02T10:00:00', () =>
      sender.members.transfers.list({ state: 'completed', q: member.name }),
    );
    expect(listed.items.find((r) => r.id === letter.id)).toMatchObject({
      toUnitId: null,
      toUnitName: null,
      direction: 'out',
      actions: { confirm: false, return: false, cancel: false },
    });
    // The number is the branch's own: a second letter with it is refused.
    const other = await addMember(env, senderBranch.id);
    await expect(
      sender.members.transfers.issue({
        memberId: other.id,
        toOrganisation: '某市委组织部',
        letterNo: '外转-001',
        issuedOn: '2026-02-27',
        reason: '迁居',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'letterNo' });
  });

  it('refuses a letter to the wrong place', async () => {
    const member = await addMember(env, senderBranch.id);
    const group = await addUnit(env, receiverBranch);
    const archived = await addUnit(env, receiverBranch, { archived: true });
    const field = (name: string) => expect.objectContaining({ code: 'BAD_REQUEST', field: name });
    await env.at('2026-03-02T10:00:00', async () => {
      for (const toUnitId of [senderBranch.id, env.seed.townships.xishan!.id, archived.id, 999_999])
        await expect(issue(member.id, '2026-03-02', { toUnitId })).rejects.toEqual(field('toUnitId'));
      // Exactly one destination: the schema says so, on the receiving unit's field.
      const oneDestination = expect.objectContaining({
        code: 'BAD_REQUEST',
        cause: expect.objectContaining({
          issues: [expect.objectContaining({ path: ['toUnitId'], params: { key: 'members.destinationRequired' } })],
        }),
      });
      await expect(issue(member.id, '2026-03-02', { toOrganisation: '某单位' })).rejects.toEqual(oneDestination);
      await expect(issue(member.id, '2026-03-02', { toUnitId: undefined })).rejects.toEqual(oneDestination);
      await expect(issue(member.id, '2026-03-02', { crossProvince: true })).rejects.toEqual(field('crossProvince'));
      await expect(issue(member.id, '2026-03-03')).rejects.toEqual(field('issuedOn'));
      // A group of another branch is a place a member can go.
      const letter = await issue(member.id, '2026-03-02', { toUnitId: group.id });
      expect((await letterRow(letter.id)).toUnitId).toBe(group.id);
    });
    const gone = await addMember(env, senderBranch.id, { status: 'deceased' });
    await expect(issue(gone.id, '2026-03-02')).rejects.toEqual(field('memberId'));
  });

  it('sorts the letters in the database by the day issued, the last valid day or the name, ties by id', async () => {
    // Names in the reader's order: 李2, 李10 (numbers by value), 王, 张 (pinyin), not their code points (张 < 李 < 王).
    const marker = uniqueName('排序');
    const letterOf = async (suffix: string, issuedOn: string, expiresOn?: string) => {
      const member = await addMember(env, senderBranch.id, { name: `${marker}${suffix}` });
      const letter = await addLetter(env, senderBranch.id, receiverBranch.id, { memberId: member.id, issuedOn });
      if (expiresOn) await env.db.transfer.update({ where: { id: letter.id }, data: { expiresOn } });
      return letter.id;
    };
    const li10 = await letterOf('李10', '2026-01-10');
    const zhang = await letterOf('张', '2026-02-01', '2026-08-01');
    const wang = await letterOf('王', '2026-01-10');
    const li2 = await letterOf('李2', '2026-03-01');
    type Sort = {
      sort?: 'issuedOn' | 'expiresOn' | 'member';
      order?: 'asc' | 'desc';
      page?: number;
      pageSize?: number;
    };
    const listed = (caller: Caller, direction: 'out' | 'in', sort: Sort = {}) =>
      env.at('2026-03-10T10:00:00', async () => {
        const page = await caller.members.transfers.list({ direction, q: marker, ...sort });
        return { ids: page.items.map((r) => r.id), total: page.total };
      });
    // Latest issued first by default, as before; the tie of 10 January broken by id in the same direction.
    expect(await listed(sender, 'out')).toEqual({ ids: [li2, zhang, wang, li10], total: 4 });
    expect(await listed(sender, 'out', { sort: 'issuedOn', order: 'asc' })).toEqual({
      ids: [li10, wang, zhang, li2],
      total: 4,
    });
    expect((await listed(sender, 'out', { sort: 'expiresOn', order: 'asc' })).ids).toEqual([li10, wang, li2, zhang]);
    expect((await listed(sender, 'out', { sort: 'expiresOn', order: 'desc' })).ids).toEqual([zhang, li2, wang, li10]);
    expect((await listed(sender, 'out', { sort: 'member', order: 'asc' })).ids).toEqual([li2, li10, wang, zhang]);
    expect((await listed(sender, 'out', { sort: 'member', order: 'desc' })).ids).toEqual([zhang, wang, li10, li2]);
    // The receiving side reads the same order; the pages follow it, the total counting them all.
    expect((await listed(receiver, 'in', { sort: 'member', order: 'asc' })).ids).toEqual([li2, li10, wang, zhang]);
    const pages = [1, 2].map((page) => listed(receiver, 'in', { sort: 'member', order: 'asc', page, pageSize: 3 }));
    expect(await Promise.all(pages)).toEqual([
      { ids: [li2, li10, wang], total: 4 },
      { ids: [zhang], total: 4 },
    ]);
    // Only these keys and directions.
    const input = { direction: 'out', q: marker } as const;
    for (const bad of [{ sort: 'reason' }, { sort: 'letterNo' }, { order: 'up' }])
      await expect(sender.members.transfers.list({ ...input, ...(bad as Sort) })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
  });

  it('offers every open branch and group of the organisation as a destination, by name or site code', async () => {
    const prefix = uniqueName('去向');
    const xishan = env.seed.townships.xishan!;
    const branch = await addUnit(env, xishan, { kind: 'branch', name: `${prefix}支部` });
    const code = `dest-${branch.id}`;
    await env.db.unit.update({ where: { id: branch.id }, data: { siteCode: code } });
    const group = await addUnit(env, branch, { name: `${prefix}党小组` });
    // Neither an archived branch, nor a township, nor a unit of another kind holds members to send to.
    await addUnit(env, xishan, { kind: 'branch', name: `${prefix}旧支部`, archived: true });
    await addUnit(env, env.seed.municipality, { kind: 'township', name: `${prefix}镇` });
    const own = await addUnit(env, senderBranch, { name: `${prefix}本支部小组` });
    const offered = (q: string, limit?: number) =>
      sender.members.transfers.destinations({ q, ...(limit ? { limit } : {}) });
    // The secretary of a 城关镇 branch finds 西山镇's units outside its scope as readily as its own, in the tree's
    // order: each by its id, its name and its township, no more.
    const row = (unit: Unit, townshipName: string) => ({ id: unit.id, name: unit.name, townshipName });
    const expected = [
      { path: branch.path, row: row(branch, xishan.name) },
      { path: group.path, row: row(group, xishan.name) },
      { path: own.path, row: row(own, env.seed.townships.chengguan!.name) },
    ]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((e) => e.row);
    expect(await offered(`  ${prefix}  `)).toEqual(expected);
    expect(await offered(prefix, 1)).toEqual(expected.slice(0, 1));
    expect(await offered(code.toUpperCase())).toEqual([row(branch, xishan.name)]);
    // Searched literally: a wildcard matches nothing of its own.
    expect(await offered(`${prefix}%`)).toEqual([]);
    const first = await sender.members.transfers.destinations({});
    expect(first).toHaveLength(20);
    for (const unit of first) expect(Object.keys(unit).sort()).toEqual(['id', 'name', 'townshipName']);
    // The units offered can be named by a letter, wherever they lie.
    const member = await addMember(env, senderBranch.id);
    const letter = await env.at('2026-03-02T10:00:00', () => issue(member.id, '2026-03-02', { toUnitId: group.id }));
    expect((await letterRow(letter.id)).toUnitId).toBe(group.id);
    // Only who transfers members somewhere may ask, and only a short bounded search.
    const viewer = await env.as(
      (
        await addAccount(env, {
          unitId: senderBranch.id,
          grants: [{ role: 'members_viewer', unitId: senderBranch.id }],
        })
      ).username,
    );
    await expect(viewer.members.transfers.destinations({ q: prefix })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const bad of [{ limit: 51 }, { limit: 0 }, { q: 'x'.repeat(51) }, { q: prefix, unitId: 1 }])
      await expect(sender.members.transfers.destinations(bad as { q?: string; limit?: number })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
  });

  it('shows a third branch nothing of a letter between two others', async () => {
    const member = await addMember(env, senderBranch.id);
    const letter = await env.at('2026-03-02T10:00:00', () => issue(member.id, '2026-03-02'));
    const everything = await third.members.transfers.list({ direction: 'all', pageSize: 100 });
    expect(everything.items.map((r) => r.id)).not.toContain(letter.id);
    const refused = { code: 'NOT_FOUND', message: '介绍信不存在或不在您的管理范围内' };
    await expect(third.members.transfers.get({ id: letter.id })).rejects.toMatchObject(refused);
    await expect(third.members.transfers.confirm({ id: letter.id, note: '' })).rejects.toMatchObject(refused);
    await expect(third.members.transfers.return({ id: letter.id, reason: '无' })).rejects.toMatchObject(refused);
    await expect(third.members.transfers.cancel({ id: letter.id, reason: '无' })).rejects.toMatchObject(refused);
    await expect(third.members.transfers.get({ id: 999_999 })).rejects.toMatchObject(refused);
    expect(await letterRow(letter.id)).toMatchObject({ state: 'issued' });
  });
});
