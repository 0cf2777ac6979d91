// The statistics count what became of the letters received in a period, on both databases: answered on time or
// late (working days taken, from the calendar at the reply), still open past the deadline, rejected, rated; by
// kind, for each child unit and month by month; letters outside the period or the subtree are not counted.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { letterSystem } from '../src/letters/letter-system';
import { monthStartsAfter } from '../src/stats/letter-stats';
import { addLetter, freshAddress } from './support/letters';

describe('a period of months', () => {
  it('starts each month after the first, up to the last day', () => {
    expect(monthStartsAfter('2018-03-15', '2018-03-31')).toEqual([]);
    expect(monthStartsAfter('2018-03-15', '2018-05-01')).toEqual(['2018-04-01', '2018-05-01']);
    expect(monthStartsAfter('2017-12-31', '2018-01-01')).toEqual(['2018-01-01']);
  });
});

describe.each(await testProviders())('letter statistics on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    const system = letterSystem(env.db).mailbox;
    const chengguan = env.seed.townships.chengguan!;
    const branch = chengguan.branches[0]!;
    const donghu = env.seed.townships.donghu!;
    const township = await env.as('chengguan');
    const secretary = await env.as('secretary');
    const at = env.at;
    const rate = (code: string, rating: 'satisfied' | 'dissatisfied', local: string) =>
      system.rateLetter({ code, rating, reopen: false, comment: '', address: freshAddress(), now: shanghai(local) });

    // Answered the next day (one working day): on time, rated satisfied.
    const quick = await addLetter(env, branch.id, { kind: 'consultation', at: shanghai('2018-03-05T10:00:00') });
    await at('2018-03-06T10:00:00', async () => {
      await secretary.mailbox.letters.accept({ id: quick.id });
      await secretary.mailbox.letters.reply({ id: quick.id, reply: '已答复。', public: false });
    });
    await rate(quick.queryCode, 'satisfied', '2018-03-07T10:00:00');
    // A complaint (10 working days, due 4/3) answered on 4/20: late, 23 working days, rated dissatisfied.
    const slow = await addLetter(env, branch.id, { kind: 'complaint', at: shanghai('2018-03-20T10:00:00') });
    await at('2018-04-20T10:00:00', async () => {
      await secretary.mailbox.letters.accept({ id: slow.id });
      await secretary.mailbox.letters.reply({ id: slow.id, reply: '已处理。', public: false });
    });
    await rate(slow.queryCode, 'dissatisfied', '2018-04-21T10:00:00');
    // Never answered: overdue now. Rejected. Received after the period. Another township's.
    await addLetter(env, chengguan.id, { kind: 'help', at: shanghai('2018-04-02T10:00:00') });
    const rejected = await addLetter(env, chengguan.id, { kind: 'suggestion', at: shanghai('2018-04-03T10:00:00') });
    await at('2018-04-04T10:00:00', () =>
      township.mailbox.letters.reject({ id: rejected.id, reason: '不属于职责范围' }),
    );
    await addLetter(env, branch.id, { kind: 'consultation', at: shanghai('2018-05-01T00:00:00') });
    await addLetter(env, donghu.id, { kind: 'consultation', at: shanghai('2018-03-10T10:00:00') });
  });
  afterAll(() => env?.drop());

  const period = { from: '2018-03-01', to: '2018-04-30' };

  it("counts a township's letters, by kind, for each branch and month by month", async () => {
    const chengguan = env.seed.townships.chengguan!;
    const township = await env.as('chengguan');
    const stats = await township.mailbox.stats.letters({ unitId: chengguan.id, ...period });
    expect(stats.totals).toEqual({
      received: 4,
      answered: 2,
      onTime: 1,
      late: 1,
      open: 1,
      overdue: 1,
      rejected: 1,
      replyDays: 12,
      rated: 2,
      satisfied: 1,
      basic: 0,
      dissatisfied: 1,
      onTimeRate: 1 / 3,
      satisfactionRate: 0.5,
    });
    expect(Object.fromEntries(stats.byKind.map((k) => [k.kind, k.figures.received]))).toEqual({
      consultation: 1,
      complaint: 1,
      suggestion: 1,
      help: 1,
    });
    expect(stats.byKind.find((k) => k.kind === 'complaint')?.figures).toMatchObject({ late: 1, replyDays: 23 });
    // The township's own two letters belong to no branch; the branch holds the other two.
    const branch = chengguan.branches[0]!;
    expect(stats.children.map((c) => c.unitId).sort()).toEqual(chengguan.branches.map((b) => b.id).sort());
    expect(stats.children.find((c) => c.unitId === branch.id)?.figures).toMatchObject({ received: 2, onTime: 1 });
    expect(stats.children.reduce((n, c) => n + c.figures.received, 0)).toBe(2);
    expect(stats.months).toEqual([
      { month: '2018-03', received: 2, onTime: 1, late: 1, overdue: 0, rejected: 0 },
      { month: '2018-04', received: 2, onTime: 0, late: 0, overdue: 1, rejected: 1 },
    ]);
  });

  it('counts every township for the municipality, and opens on the caller’s own unit', async () => {
    const admin = await env.as('admin');
    const stats = await admin.mailbox.stats.letters(period);
    expect(stats.unit.id).toBe(env.seed.municipality.id);
    expect(stats.totals.received).toBe(5);
    const byUnit = Object.fromEntries(stats.children.map((c) => [c.unitId, c.figures.received]));
    expect(byUnit[env.seed.townships.chengguan!.id]).toBe(4);
    expect(byUnit[env.seed.townships.donghu!.id]).toBe(1);
    // A branch secretary's default is the branch.
    const secretary = await env.as('secretary');
    const own = await secretary.mailbox.stats.letters(period);
    expect(own).toMatchObject({ unit: { id: env.seed.townships.chengguan!.branches[0]!.id }, totals: { received: 2 } });
  });

  it('counts again when a letter arrives or an open letter passes its deadline, never from a stale count', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const township = await env.as('chengguan');
    const year = { unitId: chengguan.id, from: '2030-01-01', to: '2030-12-31' };
    const at = async (local: string) => {
      env.setNow(shanghai(local));
      try {
        return (await township.mailbox.stats.letters(year)).totals;
      } finally {
        env.setNow(null);
      }
    };
    expect(await at('2030-03-04T09:00:00')).toMatchObject({ received: 0, overdue: 0 });
    // Received on Monday 3/4 (no calendar kept for 2030: plain weekends): due by Thursday 3/7.
    await addLetter(env, chengguan.id, { kind: 'consultation', at: shanghai('2030-03-04T10:00:00') });
    expect(await at('2030-03-04T11:00:00')).toMatchObject({ received: 1, open: 1, overdue: 0 });
    expect(await at('2030-03-07T23:59:59')).toMatchObject({ received: 1, overdue: 0 });
    expect(await at('2030-03-08T00:00:00')).toMatchObject({ received: 1, overdue: 1, onTimeRate: 0 });
    // And back before the deadline, as a test's clock may go.
    expect(await at('2030-03-05T09:00:00')).toMatchObject({ received: 1, overdue: 0 });
  });

  it('refuses a period that runs backwards or past five years, and a day that does not exist', async () => {
    const admin = await env.as('admin');
    await expect(admin.mailbox.stats.letters({ from: '2018-04-01', to: '2018-03-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(admin.mailbox.stats.letters({ from: '2013-01-01', to: '2018-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(admin.mailbox.stats.letters({ from: '2018-02-30', to: '2018-03-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await admin.mailbox.stats.letters({ from: '2014-01-01', to: '2018-12-31' })).months).toHaveLength(60);
  });
});
