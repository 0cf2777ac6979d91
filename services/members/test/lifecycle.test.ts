// A member's way to full membership on both databases, with the clock moved by the test: applicant to activist with
// two mentors, a year of observation to candidate, admission with two introducers and a year of probation, extended
// once, then conversion; each rule refused on the wrong side of its day with the day allowed in both languages; a
// candidacy cancelled; and the pipeline's counts and due lists against members with known dates.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { addMember } from './support/members';

describe.each(await testProviders())('the lifecycle on %s', (provider) => {
  let env: TestEnv;
  let secretary: Caller;
  let english: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    secretary = await env.as('secretary');
    english = await env.as('secretary', { locale: 'en-US' });
  });
  afterAll(() => env?.drop());

  /** The branch the secretary keeps (城关镇's first), and a fresh group in it: only the test's members are there. */
  const branch = () => env.seed.townships.chengguan!.branches[0]!;
  const freshGroup = () => addUnit(env, branch());
  const row = (id: number) => env.db.member.findUniqueOrThrow({ where: { id } });
  const sponsorsOf = (memberId: number) =>
    env.db.memberSponsor.findMany({ where: { memberId }, orderBy: { id: 'asc' } });
  const fullMembers = async (unit: Unit, n: number) => {
    const made = [];
    for (let i = 0; i < n; i++) made.push(await addMember(env, unit.id, { stage: 'full' }));
    return made.map((m) => m.id);
  };

  it('takes an applicant to full membership, with mentors, introducers and one extension', async () => {
    const group = await freshGroup();
    const [m1, m2, i1, i2] = (await fullMembers(group, 4)) as [number, number, number, number];
    const member = await addMember(env, group.id, {
      stage: 'applicant',
      birthDate: '1998-04-10',
      appliedOn: '2024-01-10',
    });

    await env.at('2024-03-01T10:00:00', () =>
      secretary.members.lifecycle.advance({
        id: member.id,
        to: 'activist',
        on: '2024-03-01',
        mentorIds: [m1, m2],
        note: '支部委员会研究确定',
      }),
    );
    expect(await row(member.id)).toMatchObject({
      stage: 'activist',
      activistOn: '2024-03-01',
      appliedOn: '2024-01-10',
    });
    expect((await sponsorsOf(member.id)).map((s) => [s.role, s.sponsorId, s.assignedOn, s.endedOn])).toEqual([
      ['mentor', m1, '2024-03-01', null],
      ['mentor', m2, '2024-03-01', null],
    ]);

    // A year of observation: the day before its end is refused, naming the end, in both languages.
    await env.at('2025-03-05T09:00:00', async () => {
      const early = { id: member.id, to: 'candidate' as const, on: '2025-02-28', note: '' };
      await expect(secretary.members.lifecycle.advance(early)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field: 'on',
        message: '入党积极分子须经过 12 个月以上的培养考察才能列为发展对象，最早 2025-03-01',
      });
      await expect(english.members.lifecycle.advance(early)).rejects.toMatchObject({
        field: 'on',
        message: expect.stringContaining('2025-03-01 at the earliest'),
      });
      await secretary.members.lifecycle.advance({ ...early, on: '2025-03-01' });
      // A refused pair is refused on the field the form sent it in, whatever the role.
      await expect(
        secretary.members.lifecycle.assignSponsors({ id: member.id, role: 'mentor', sponsorIds: [member.id, m2] }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'sponsorIds' });
      // A mentor replaced: the earlier pair ends today, the new pair serves from today.
      await secretary.members.lifecycle.assignSponsors({ id: member.id, role: 'mentor', sponsorIds: [m2, i1] });
    });
    expect(await row(member.id)).toMatchObject({ stage: 'candidate', candidateOn: '2025-03-01' });
    expect((await sponsorsOf(member.id)).map((s) => [s.sponsorId, s.assignedOn, s.endedOn])).toEqual([
      [m1, '2024-03-01', '2025-03-05'],
      [m2, '2024-03-01', '2025-03-05'],
      [m2, '2025-03-05', null],
      [i1, '2025-03-05', null],
    ]);

    await env.at('2025-06-20T15:00:00', () =>
      secretary.members.lifecycle.advance({
        id: member.id,
        to: 'probationary',
        on: '2025-06-18',
        introducerIds: [i1, i2],
        note: '支部大会表决通过',
      }),
    );
    expect(await row(member.id)).toMatchObject({
      stage: 'probationary',
      probationaryOn: '2025-06-18',
      probationEndsOn: '2026-06-18',
    });

    await env.at('2026-06-10T10:00:00', async () => {
      await secretary.members.lifecycle.extendProbation({ id: member.id, months: 3, reason: '需要继续考察' });
      await expect(
        secretary.members.lifecycle.extendProbation({ id: member.id, months: 1, reason: '再次延长' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'id', message: '预备期只能延长一次' });
    });
    expect((await row(member.id)).probationEndsOn).toBe('2026-09-18');

    await env.at('2026-09-20T10:00:00', async () => {
      await expect(
        secretary.members.lifecycle.advance({ id: member.id, to: 'full', on: '2026-09-17', note: '' }),
      ).rejects.toMatchObject({ field: 'on', message: expect.stringContaining('2026-09-18') });
      await secretary.members.lifecycle.advance({ id: member.id, to: 'full', on: '2026-09-18', note: '按期转正' });
    });
    expect(await row(member.id)).toMatchObject({ stage: 'full', fullOn: '2026-09-18', status: 'active' });

    const events = await env.db.memberEvent.findMany({ where: { memberId: member.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.kind, e.on, e.value, e.note])).toEqual([
      ['stage', '2024-03-01', 'activist', '支部委员会研究确定'],
      ['stage', '2025-03-01', 'candidate', ''],
      ['stage', '2025-06-18', 'probationary', '支部大会表决通过'],
      ['probationExtended', '2026-06-10', '', '需要继续考察'],
      ['stage', '2026-09-18', 'full', '按期转正'],
    ]);
    expect(new Set(events.map((e) => e.atUnitId))).toEqual(new Set([group.id]));
    expect(events.every((e) => e.actorId === env.seed.users.secretary)).toBe(true);
    const audits = await env.db.auditLog.findMany({
      where: { entity: 'Member', entityId: String(member.id) },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => a.action)).toEqual([
      'member.stage',
      'member.stage',
      'member.sponsors',
      'member.stage',
      'member.probationExtend',
      'member.stage',
    ]);
    expect(audits.every((a) => a.unitId === group.id && a.actorId === env.seed.users.secretary)).toBe(true);
    // No personal data in the entries: neither the ID number nor the phone.
    for (const a of audits) expect(`${a.before}${a.after}`).not.toContain(member.clear.idNumber);

    // A full member has no candidacy left to cancel.
    await expect(
      secretary.members.lifecycle.cancelCandidacy({ id: member.id, on: '2026-09-18', reason: '测试' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'id' });
  });

  it('refuses each rule of a step with its field', async () => {
    const group = await freshGroup();
    const [f1, f2] = (await fullMembers(group, 2)) as [number, number];
    const applicant = await addMember(env, group.id, { stage: 'applicant', appliedOn: '2025-05-01' });
    const probationary = await addMember(env, group.id, { stage: 'probationary' });
    const otherBranch = await addMember(env, env.seed.townships.chengguan!.branches[1]!.id, { stage: 'full' });
    const activistSponsor = await addMember(env, group.id, { stage: 'activist' });
    const floatingSponsor = await addMember(env, group.id, { stage: 'full', status: 'floating' });
    const underAge = await addMember(env, group.id, {
      stage: 'applicant',
      birthDate: '2008-02-29',
      appliedOn: '2026-02-28',
    });
    const activist = (mentorIds?: [number, number]) => ({
      id: applicant.id,
      to: 'activist' as const,
      on: '2026-01-10',
      note: '',
      ...(mentorIds ? { mentorIds } : {}),
    });
    const refused = (field: string, message: string | RegExp) =>
      expect.objectContaining({
        code: 'BAD_REQUEST',
        field,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      });
    await env.at('2026-03-10T10:00:00', async () => {
      const advance = secretary.members.lifecycle.advance;
      await expect(advance({ ...activist([f1, f2]), to: 'candidate' })).rejects.toEqual(
        refused('to', '发展阶段须依次推进'),
      );
      await expect(advance({ ...activist([f1, f2]), on: '2026-03-11' })).rejects.toEqual(
        refused('on', '日期不能晚于今天（2026-03-10）'),
      );
      await expect(advance({ ...activist([f1, f2]), on: '2025-04-30' })).rejects.toEqual(
        refused('on', '日期不能早于上一阶段的日期（2025-05-01）'),
      );
      await expect(advance(activist())).rejects.toEqual(refused('mentorIds', '列为入党积极分子时须指定两名培养联系人'));
      await expect(advance(activist([f1, f1]))).rejects.toEqual(refused('mentorIds', '须指定两名不同的党员'));
      await expect(advance(activist([applicant.id, f1]))).rejects.toEqual(refused('mentorIds', '不能指定本人'));
      for (const ineligible of [otherBranch.id, activistSponsor.id, floatingSponsor.id, 999_999])
        await expect(advance(activist([f1, ineligible]))).rejects.toEqual(
          refused('mentorIds', '培养联系人和入党介绍人须是本支部在册的正式党员'),
        );
      await expect(
        advance({ id: underAge.id, to: 'activist', on: '2026-03-01', mentorIds: [f1, f2], note: '' }),
      ).rejects.toEqual(refused('id', /年满 18 周岁，最早可于 2026-03-01/));
      await expect(
        advance({ id: probationary.id, to: 'full', on: '2026-03-01', introducerIds: [f1, f2], note: '' }),
      ).rejects.toEqual(refused('introducerIds', '这一步不指定培养联系人或入党介绍人'));
      await expect(
        secretary.members.lifecycle.extendProbation({ id: applicant.id, months: 2, reason: '考察' }),
      ).rejects.toEqual(refused('id', '只有预备党员才能延长预备期'));
      await expect(
        secretary.members.lifecycle.assignSponsors({ id: applicant.id, role: 'mentor', sponsorIds: [f1, f2] }),
      ).rejects.toEqual(refused('role', /培养联系人为入党积极分子和发展对象指定/));
    });
    // Nothing was written by any refused step.
    expect(await row(applicant.id)).toMatchObject({ stage: 'applicant', activistOn: null });
    expect(await sponsorsOf(applicant.id)).toEqual([]);
    expect(await env.db.memberEvent.count({ where: { memberId: { in: [applicant.id, underAge.id] } } })).toBe(0);
  });

  it('cancels a candidacy: off the registry from the day given, sponsors ending, no step after', async () => {
    const group = await freshGroup();
    const [f1, f2] = (await fullMembers(group, 2)) as [number, number];
    const member = await addMember(env, group.id, { stage: 'applicant', appliedOn: '2025-01-10' });
    await env.at('2026-03-10T10:00:00', async () => {
      await secretary.members.lifecycle.advance({
        id: member.id,
        to: 'activist',
        on: '2025-03-01',
        mentorIds: [f1, f2],
        note: '',
      });
      await expect(
        secretary.members.lifecycle.cancelCandidacy({ id: member.id, on: '2025-02-28', reason: '本人申请' }),
      ).rejects.toMatchObject({ field: 'on', message: expect.stringContaining('2025-03-01') });
      await secretary.members.lifecycle.cancelCandidacy({ id: member.id, on: '2026-03-01', reason: '本人申请' });
      await expect(
        secretary.members.lifecycle.advance({ id: member.id, to: 'candidate', on: '2026-03-05', note: '' }),
      ).rejects.toMatchObject({ field: 'id', message: '只有在册（正常或流动）的党员才能办理此项' });
    });
    expect(await row(member.id)).toMatchObject({ status: 'cancelled', leftOn: '2026-03-01', stage: 'activist' });
    expect((await sponsorsOf(member.id)).map((s) => s.endedOn)).toEqual(['2026-03-01', '2026-03-01']);
    expect(
      await env.db.memberEvent.findFirst({ where: { memberId: member.id, kind: 'candidacyCancelled' } }),
    ).toMatchObject({ on: '2026-03-01', value: 'cancelled', note: '本人申请' });
  });

  it('counts the pipeline by stage and lists who is due, against the dates as of today', async () => {
    const group = await freshGroup();
    const sub = await addUnit(env, group);
    const today = '2026-03-10';
    const add = (unit: Unit, opts: Parameters<typeof addMember>[2]) => addMember(env, unit.id, opts);
    // Activists: a year exactly today (due, 0 days), a year and a week ago (due, 7 days late), a year less a day (not).
    const dueToday = await add(group, { stage: 'activist', activistOn: '2025-03-10' });
    const dueWeek = await add(sub, { stage: 'activist', activistOn: '2025-03-03' });
    await add(group, { stage: 'activist', activistOn: '2025-03-11' });
    // Probation: ends today and in 30 days (due), in 31 days (not yet), yesterday (overdue); one extended to later.
    const endsToday = await add(group, { stage: 'probationary', probationaryOn: '2025-03-10', probationEndsOn: today });
    const ends30 = await add(group, {
      stage: 'probationary',
      probationaryOn: '2025-04-09',
      probationEndsOn: '2026-04-09',
    });
    await add(group, { stage: 'probationary', probationaryOn: '2025-04-10', probationEndsOn: '2026-04-10' });
    const overdue = await add(sub, {
      stage: 'probationary',
      probationaryOn: '2025-03-09',
      probationEndsOn: '2026-03-09',
    });
    await add(group, { stage: 'probationary', probationaryOn: '2025-02-01', probationEndsOn: '2026-05-01' });
    // Applicants: waiting six months and a day (listed), exactly six months (not yet).
    const waiting = await add(group, { stage: 'applicant', appliedOn: '2025-09-09' });
    await add(group, { stage: 'applicant', appliedOn: '2025-09-10' });
    // Counted at their stage: a candidate, a floating full member; not counted: members who left.
    await add(group, { stage: 'candidate' });
    await add(group, { stage: 'full', status: 'floating' });
    await add(group, { stage: 'activist', activistOn: '2024-01-01', status: 'transferred' });
    await add(group, { stage: 'applicant', appliedOn: '2024-01-01', status: 'cancelled' });

    const read = (unitId: number) =>
      env.at(`${today}T23:59:00`, () => secretary.members.lifecycle.pipeline({ unitId }));
    const pipeline = await read(group.id);
    expect(pipeline.asOf).toBe(today);
    expect(pipeline.stages).toEqual({ applicant: 2, activist: 3, candidate: 1, probationary: 5, full: 1 });
    const listed = (list: typeof pipeline.activistsDue) => list.items.map((i) => [i.id, i.dueOn, i.daysLeft]);
    expect(listed(pipeline.activistsDue)).toEqual([
      [dueWeek.id, '2026-03-03', -7],
      [dueToday.id, today, 0],
    ]);
    expect(pipeline.activistsDue.total).toBe(2);
    expect(listed(pipeline.conversionsDue)).toEqual([
      [endsToday.id, today, 0],
      [ends30.id, '2026-04-09', 30],
    ]);
    expect(listed(pipeline.conversionsOverdue)).toEqual([[overdue.id, '2026-03-09', -1]]);
    expect(listed(pipeline.applicantsWaiting)).toEqual([[waiting.id, '2026-03-09', -1]]);
    expect(pipeline.activistsDue.items[0]).toEqual({
      id: dueWeek.id,
      name: dueWeek.name,
      unitId: sub.id,
      unitName: sub.name,
      stage: 'activist',
      since: '2025-03-03',
      dueOn: '2026-03-03',
      daysLeft: -7,
    });

    // The subgroup alone: only its own members.
    const narrow = await read(sub.id);
    expect(narrow.stages).toEqual({ applicant: 0, activist: 1, candidate: 0, probationary: 1, full: 0 });
    expect(narrow.activistsDue.items.map((i) => i.id)).toEqual([dueWeek.id]);
    expect(narrow.conversionsDue).toEqual({ items: [], total: 0 });

    // The next day the clock moves every list: the activist of a year less a day is due, the 30-day window shifts.
    const tomorrow = await env.at('2026-03-11T08:00:00', () =>
      secretary.members.lifecycle.pipeline({ unitId: group.id }),
    );
    expect(tomorrow.activistsDue.total).toBe(3);
    expect(tomorrow.conversionsDue.items.map((i) => i.id)).toEqual([ends30.id, expect.any(Number)]);
    expect(tomorrow.conversionsOverdue.items.map((i) => i.id)).toEqual([overdue.id, endsToday.id]);
    expect(tomorrow.applicantsWaiting.total).toBe(2);
  });

  it('caps each list at the most urgent 50, with the full count', async () => {
    const group = await freshGroup();
    for (let i = 0; i < 53; i++)
      await addMember(env, group.id, {
        stage: 'activist',
        activistOn: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      });
    const pipeline = await env.at('2026-03-10T10:00:00', () =>
      secretary.members.lifecycle.pipeline({ unitId: group.id }),
    );
    expect(pipeline.activistsDue.total).toBe(53);
    expect(pipeline.activistsDue.items).toHaveLength(50);
    const days = pipeline.activistsDue.items.map((i) => i.since as string);
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe('2024-01-01');
  });
});
