// A letter's life on both databases, with the clock moved by the test and no job running: received into the right
// queue with a deadline counted in working days (across the Spring Festival), due soon, overdue and escalated as the
// clock passes; accepted, assigned, returned, replied in public, rated and reopened once; extensions asked in time
// and decided one level up; the submitter's name and phone sealed at rest; floods and guessed codes refused.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { letterSystem } from '../src/letters/letter-system';
import { addLetter, freshAddress } from './support/letters';

describe.each(await testProviders())('a letter on %s', (provider) => {
  let env: TestEnv;
  let system: ReturnType<typeof letterSystem>['mailbox'];
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    system = letterSystem(env.db).mailbox;
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = () => chengguan().branches[0]!;

  it('is due three working days after the Spring Festival, then due soon, overdue and escalated as the clock moves', async () => {
    const received = shanghai('2026-02-13T10:00:00');
    const letter = await addLetter(env, branch().id, { kind: 'consultation', at: received });
    expect(letter.dueDate).toBe('2026-02-25');
    const township = await env.as('chengguan');
    const secretary = await env.as('secretary');
    const view = async (at: string) => {
      env.setNow(shanghai(at));
      const own = await secretary.mailbox.letters.list({ unitId: branch().id, view: 'open' });
      const escalated = await township.mailbox.letters.list({ unitId: chengguan().id, view: 'escalated' });
      return {
        deadline: own.items.find((i) => i.id === letter.id)?.deadline,
        escalated: escalated.items.some((i) => i.id === letter.id),
      };
    };
    // The Saturday 2/14 was worked (day 1); 2/15-2/23 are the holiday; 2/24 is day 2, 2/25 day 3.
    expect(await view('2026-02-23T18:00:00')).toEqual({ deadline: 'onTime', escalated: false });
    expect(await view('2026-02-24T08:00:00')).toEqual({ deadline: 'dueSoon', escalated: false });
    expect(await view('2026-02-25T23:59:59')).toEqual({ deadline: 'dueSoon', escalated: false });
    expect(await view('2026-02-26T00:00:00')).toEqual({ deadline: 'overdue', escalated: true });
    // The township's queue flags it; the branch above nothing (it is the branch's own letter, not escalated to it).
    const flagged = await township.mailbox.letters.list({ unitId: chengguan().id, view: 'escalated' });
    expect(flagged.items.find((i) => i.id === letter.id)?.escalatedTo).toEqual({
      id: chengguan().id,
      name: chengguan().name,
    });
    env.setNow(null);
  });

  it('names the unit an overdue letter is escalated to, one the branch’s handler does not otherwise read', async () => {
    const received = shanghai('2026-02-13T10:00:00');
    const overdue = await addLetter(env, branch().id, { kind: 'consultation', at: received });
    const onTime = await addLetter(env, branch().id, { kind: 'complaint', at: received });
    const atTop = await addLetter(env, env.seed.municipality.id, { kind: 'consultation', at: received });
    const secretary = await env.as('secretary');
    const admin = await env.as('admin');
    env.setNow(shanghai('2026-02-26T09:00:00'));
    // The branch's own queue: its handler reads only the branch, yet the township above is named.
    expect((await secretary.identity.units.tree({})).map((u) => u.id)).not.toContain(chengguan().id);
    const own = await secretary.mailbox.letters.list({ unitId: branch().id, view: 'all', pageSize: 100 });
    const escalatedOf = (page: typeof own, id: number) => page.items.find((i) => i.id === id)?.escalatedTo;
    expect(escalatedOf(own, overdue.id)).toEqual({ id: chengguan().id, name: chengguan().name });
    // A complaint has ten working days: still running, not escalated.
    expect(own.items.find((i) => i.id === onTime.id)).toMatchObject({ deadline: 'onTime', escalatedTo: null });
    // The letter's page says the same.
    expect((await secretary.mailbox.letters.get({ id: overdue.id })).escalatedTo).toEqual({
      id: chengguan().id,
      name: chengguan().name,
    });
    expect((await secretary.mailbox.letters.get({ id: onTime.id })).escalatedTo).toBeNull();
    // Overdue at the top unit: there is no unit above to escalate to.
    const top = await admin.mailbox.letters.list({ unitId: env.seed.municipality.id, view: 'overdue', pageSize: 100 });
    expect(top.items.find((i) => i.id === atTop.id)).toMatchObject({ deadline: 'overdue', escalatedTo: null });
    expect(escalatedOf(top, overdue.id)).toEqual({ id: chengguan().id, name: chengguan().name });
    env.setNow(null);
  });

  it('counts the working days a reply took, across the Spring Festival', async () => {
    const letter = await addLetter(env, branch().id, { kind: 'consultation', at: shanghai('2026-02-13T10:00:00') });
    const secretary = await env.as('secretary');
    env.setNow(shanghai('2026-02-24T09:00:00'));
    await secretary.mailbox.letters.accept({ id: letter.id });
    await secretary.mailbox.letters.reply({ id: letter.id, reply: '已答复。', public: false });
    env.setNow(null);
    // Saturday 2/14 was a working day, 2/15-2/23 the holiday, then 2/24: two working days.
    const row = await env.db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row.replyWorkingDays).toBe(2);
  });

  it('goes down the tree and back, is answered in public, and reopens once', async () => {
    const township = await env.as('chengguan');
    const secretary = await env.as('secretary');
    const letter = await addLetter(env, chengguan().id, { kind: 'complaint', name: '赵六', phone: '13600001111' });
    // Received where it was sent: the township's queue, not yet the branch's.
    expect((await township.mailbox.letters.list({ unitId: chengguan().id, q: letter.number })).items).toHaveLength(1);
    await expect(secretary.mailbox.letters.get({ id: letter.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await township.mailbox.letters.accept({ id: letter.id });
    await township.mailbox.letters.assign({ id: letter.id, unitId: branch().id, note: '请核实' });
    // Assigned: the branch sees it now, with the submitter masked.
    const atBranch = await secretary.mailbox.letters.get({ id: letter.id });
    expect(atBranch).toMatchObject({ status: 'assigned', unitId: branch().id, submitterName: '赵*' });
    expect(atBranch.actions).toMatchObject({ return: true, reply: true, accept: false, decideExtension: false });
    await secretary.mailbox.letters.return({ id: letter.id, reason: '不属于本支部职责' });
    expect(await township.mailbox.letters.get({ id: letter.id })).toMatchObject({
      status: 'accepted',
      unitId: chengguan().id,
    });
    await expect(secretary.mailbox.letters.get({ id: letter.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Assigned again, answered by the branch in public.
    await township.mailbox.letters.assign({ id: letter.id, unitId: branch().id, note: '' });
    await secretary.mailbox.letters.note({ id: letter.id, text: '内部：已上门了解情况' });
    await secretary.mailbox.letters.reply({ id: letter.id, reply: '已协调物业处理。', public: true });
    const followed = await system.followLetter({
      code: letter.queryCode.toLowerCase(),
      address: freshAddress(),
      now: new Date(),
    });
    expect(followed).toMatchObject({
      status: 'replied',
      reply: '已协调物业处理。',
      replyUnitName: branch().name,
      mayReopen: true,
    });
    // The holder never sees internal notes, assignments or who handled it.
    expect(JSON.stringify(followed)).not.toContain('内部');
    expect(followed?.steps.map((s) => s.kind)).toEqual(['received', 'accepted', 'replied']);
    // Dissatisfied: back to the branch that replied, with a fresh deadline; only once.
    const reopened = await system.rateLetter({
      code: letter.queryCode,
      rating: 'dissatisfied',
      reopen: true,
      comment: '问题没有解决',
      address: freshAddress(),
      now: new Date(),
    });
    expect(reopened).toMatchObject({ status: 'accepted', rating: 'dissatisfied', mayRate: false });
    const row = await env.db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row).toMatchObject({ unitId: branch().id, reply: '已协调物业处理。', reopenedAt: expect.any(Date) });
    expect(row.openDueAt).toEqual(row.dueAt);
    await secretary.mailbox.letters.reply({ id: letter.id, reply: '已再次协调，问题已解决。', public: true });
    await expect(
      system.rateLetter({
        code: letter.queryCode,
        rating: 'dissatisfied',
        reopen: true,
        comment: '',
        address: freshAddress(),
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('takes an extension asked before the deadline and approved one level up, never by the asking unit', async () => {
    const received = shanghai('2026-09-16T09:00:00');
    const letter = await addLetter(env, chengguan().id, { status: 'assigned', assignTo: branch().id, at: received });
    // 3 working days from Wednesday 9/16: 9/17, 9/18, then Sunday 9/20 (a make-up working day).
    expect(letter.dueDate).toBe('2026-09-20');
    const secretary = await env.as('secretary');
    const township = await env.as('chengguan');
    env.setNow(shanghai('2026-09-21T09:00:00'));
    await expect(
      secretary.mailbox.letters.askExtension({ id: letter.id, days: 5, reason: '需要现场核查' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    env.setNow(shanghai('2026-09-18T09:00:00'));
    await secretary.mailbox.letters.askExtension({ id: letter.id, days: 5, reason: '需要现场核查' });
    await expect(
      secretary.mailbox.letters.decideExtension({ id: letter.id, approve: true, reason: '' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await township.mailbox.letters.decideExtension({ id: letter.id, approve: true, reason: '同意' });
    // Five more working days from 9/20: 9/21, 9/22, 9/23, 9/24, then 9/28 (9/25-9/27 the Mid-Autumn holiday).
    expect(await env.db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({
      extensionState: 'approved',
      deadlineDays: 8,
      dueDate: '2026-09-28',
      dueAt: shanghai('2026-09-29T00:00:00'),
    });
    env.setNow(null);
  });

  it('keeps the name and phone sealed at rest, found by the phone index', async () => {
    const letter = await addLetter(env, branch().id, { name: '钱七', phone: '13700002222' });
    const row = await env.db.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(row.submitterName).not.toContain('钱七');
    expect(row.submitterPhone).not.toContain('13700002222');
    expect(row.submitterPhone).toMatch(/^pd1\./);
    expect(row.phoneIndex).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const same = await addLetter(env, branch().id, { phone: '+86 137-0000-2222' });
    expect((await env.db.letter.findUniqueOrThrow({ where: { id: same.id } })).phoneIndex).toBe(row.phoneIndex);
  });

  it('lets 1,000 letters from one address in a minute through only up to the limit, with a clear refusal', async () => {
    const address = freshAddress();
    const now = new Date();
    const before = await env.db.letter.count();
    const results: PromiseSettledResult<unknown>[] = [];
    for (let batch = 0; batch < 1000 / 50; batch++) {
      results.push(
        ...(await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) =>
            system.submitLetter({
              siteUnitId: branch().id,
              letter: {
                kind: 'suggestion',
                title: `洪水测试${batch}-${i}`,
                body: '同一个地址的大量提交。',
                name: '',
                phone: '',
                mayPublish: false,
              },
              address,
              now: new Date(now.getTime() + batch * 1000),
            }),
          ),
        )),
      );
    }
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(results.length - refused.length).toBe(5);
    expect(new Set(refused.map((e) => `${e.code} ${e.message}`))).toEqual(
      new Set(['TOO_MANY_REQUESTS mailbox.tooManyLetters']),
    );
    expect((await env.db.letter.count()) - before).toBe(5);
  });

  it('shows nothing for a wrong code, and stops an address that keeps guessing', async () => {
    const letter = await addLetter(env, branch().id);
    const address = freshAddress();
    const now = new Date();
    const wrong = `${letter.queryCode.slice(0, -1)}${letter.queryCode.endsWith('0') ? '1' : '0'}`;
    expect(await system.followLetter({ code: wrong, address, now })).toBeNull();
    expect(await system.followLetter({ code: 'not a code', address, now })).toBeNull();
    for (let i = 0; i < 18; i++) await system.followLetter({ code: wrong, address, now });
    // The 21st look-up from the address is refused before any letter is looked for, the right code included.
    await expect(system.followLetter({ code: letter.queryCode, address, now })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    expect(await system.followLetter({ code: letter.queryCode, address: freshAddress(), now })).toMatchObject({
      number: letter.number,
    });
  });
});
