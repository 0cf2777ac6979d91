// The members' boards in the statistics, on both databases: the topics posted in a period (calendar days in
// Asia/Shanghai) on the boards of a unit's subtree, answered on time or late, unanswered, overdue against the clock
// the test moves, hidden ones nowhere; each child unit's whole subtree beside the letters' ranking. A township's
// handler reads their own township's, and a unit elsewhere answers as a missing one, for a handler of two townships
// too.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { expectHidden, missing } from '../../../tests/support/scope-test';

/** March 2031: no calendar is kept for 2031, so only weekends are off; a topic's answer is due in 3 working days. */
const march = { from: '2031-03-01', to: '2031-03-31' };

const none = { created: 0, answered: 0, answeredOnTime: 0, unanswered: 0, overdue: 0, onTimeRate: null };

describe.each(await testProviders())('the board in the statistics on %s', (provider) => {
  let env: TestEnv;
  /** A group below the first branch: its topics count for the branch's line. */
  let group: Unit;
  let handler: string;
  let twoTownships: string;
  const chengguan = () => env.seed.townships.chengguan!;
  const xishan = () => env.seed.townships.xishan!;
  const donghu = () => env.seed.townships.donghu!;
  const branch = (n: number) => chengguan().branches[n]!;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    group = await addUnit(env, branch(0), { kind: 'group' });
    handler = (
      await addAccount(env, { unitId: chengguan().id, grants: [{ role: 'mailbox_handler', unitId: chengguan().id }] })
    ).username;
    twoTownships = (
      await addAccount(env, {
        unitId: chengguan().id,
        grants: [
          { role: 'mailbox_handler', unitId: chengguan().id },
          { role: 'mailbox_handler', unitId: xishan().id },
        ],
      })
    ).username;
    // The township's admin posts and answers anywhere in 城关镇, the municipal admin in 东湖街道 and 西山镇.
    const township = await env.as('chengguan');
    const admin = await env.as('admin');
    const at = env.at;
    const post = (caller: typeof township, unitId: number, local: string) =>
      at(local, () => caller.mailbox.board.create({ unitId, title: uniqueName('议题'), body: '大家怎么看？' }));
    const answer = (id: number, local: string) =>
      at(local, () => township.mailbox.board.answer({ id, body: '已研究，答复如下。' }));

    // The township's own topic, answered the next day: on time, and on no branch's line.
    const own = await post(township, chengguan().id, '2031-03-03T10:00:00');
    await answer(own.id, '2031-03-04T10:00:00');
    // The first branch: posted at half past midnight on 3/1 (still February in UTC) and answered on time; posted on
    // Monday 3/3 (due by Thursday 3/6) and answered on 3/10, late; never answered; hidden by a moderator.
    const midnight = await post(township, branch(0).id, '2031-03-01T00:30:00');
    await answer(midnight.id, '2031-03-04T10:00:00');
    const late = await post(township, branch(0).id, '2031-03-03T10:00:00');
    await answer(late.id, '2031-03-10T10:00:00');
    await post(township, branch(0).id, '2031-03-03T10:00:00');
    const hidden = await post(township, branch(0).id, '2031-03-03T10:00:00');
    await at('2031-03-04T10:00:00', () =>
      township.mailbox.board.hide({ target: 'topic', id: hidden.id, hidden: true }),
    );
    // The group below it: answered on time.
    const grouped = await post(township, group.id, '2031-03-03T10:00:00');
    await answer(grouped.id, '2031-03-05T10:00:00');
    // The second branch: posted on Wednesday 3/26, due by Monday 3/31, never answered.
    await post(township, branch(1).id, '2031-03-26T10:00:00');
    // Outside the period: the evening of 2/28 and 4/1 in Shanghai.
    await post(township, branch(0).id, '2031-02-28T23:30:00');
    await post(township, branch(0).id, '2031-04-01T00:00:00');
    // Other townships' topics of the same days.
    await post(admin, donghu().branches[0]!.id, '2031-03-03T10:00:00');
    await post(admin, xishan().branches[0]!.id, '2031-03-03T10:00:00');
  });
  afterAll(() => env?.drop());

  /** A unit's statistics for March, asked by a caller (or a user) at a moment in Shanghai. */
  const statsAt = async (who: string | Caller, local: string, unitId?: number) => {
    const caller = typeof who === 'string' ? await env.as(who) : who;
    env.setNow(shanghai(local));
    try {
      return await caller.mailbox.stats.letters({ ...(unitId ? { unitId } : {}), ...march });
    } finally {
      env.setNow(null);
    }
  };
  /** Their board's figures. */
  const boardAt = async (...args: Parameters<typeof statsAt>) => (await statsAt(...args)).board;

  it("counts a township's topics, and each branch's whole subtree, hidden ones nowhere", async () => {
    const stats = await statsAt('chengguan', '2031-03-28T12:00:00', chengguan().id);
    const { board } = stats;
    // Six topics: three answered on time, one late, two waiting (one past its deadline).
    expect(board.totals).toEqual({
      created: 6,
      answered: 4,
      answeredOnTime: 3,
      unanswered: 2,
      overdue: 1,
      onTimeRate: 0.6,
    });
    const line = (unitId: number) => board.children.find((c) => c.unitId === unitId)?.figures;
    // The first branch with its group: two on time, one late, one overdue.
    expect(line(branch(0).id)).toEqual({
      created: 4,
      answered: 3,
      answeredOnTime: 2,
      unanswered: 1,
      overdue: 1,
      onTimeRate: 0.5,
    });
    // The second branch's topic is not due yet: nothing to rate.
    expect(line(branch(1).id)).toEqual({ ...none, created: 1, unanswered: 1 });
    // Every branch has its line, the same units as the letters' ranking, and the township's own topic is on none.
    expect(board.children.map((c) => [c.unitId, c.name])).toEqual(stats.children.map((c) => [c.unitId, c.name]));
    expect(board.children.map((c) => c.unitId).sort()).toEqual(
      chengguan()
        .branches.map((b) => b.id)
        .sort(),
    );
    for (const b of chengguan().branches.slice(2)) expect(line(b.id)).toEqual(none);
    expect(board.children.reduce((n, c) => n + c.figures.created, 0)).toBe(5);
  });

  it('counts the topics of the unit asked for: a branch, a group, the municipality', async () => {
    expect((await boardAt('chengguan', '2031-03-28T12:00:00', branch(0).id)).totals).toMatchObject({
      created: 4,
      answeredOnTime: 2,
    });
    const ofBranch = await boardAt('chengguan', '2031-03-28T12:00:00', branch(0).id);
    expect(ofBranch.children.find((c) => c.unitId === group.id)?.figures).toMatchObject({
      created: 1,
      answeredOnTime: 1,
    });
    // The municipality: 城关镇's six, and one each in 东湖街道 and 西山镇.
    const city = await boardAt('admin', '2031-03-28T12:00:00');
    expect(city.totals.created).toBe(8);
    const created = Object.fromEntries(city.children.map((c) => [c.unitId, c.figures.created]));
    expect([created[chengguan().id], created[donghu().id], created[xishan().id]]).toEqual([6, 1, 1]);
  });

  it('counts overdue against the clock on every call, whatever the letters kept', async () => {
    // One session for the three calls: opening another writes, and a write alone would count the letters again.
    const township = await env.as('chengguan');
    const before = await boardAt(township, '2031-03-31T23:59:59', chengguan().id);
    expect(before.totals).toMatchObject({ unanswered: 2, overdue: 1, onTimeRate: 0.6 });
    // The second branch's topic passes its deadline; no letter changed and none is due in between.
    const after = await boardAt(township, '2031-04-01T00:00:00', chengguan().id);
    expect(after.totals).toMatchObject({ unanswered: 2, overdue: 2, onTimeRate: 0.5 });
    expect(after.children.find((c) => c.unitId === branch(1).id)?.figures).toMatchObject({ overdue: 1, onTimeRate: 0 });
    // And back before the first deadline, as a test's clock may go: the late one counts as answered all the same.
    const early = await boardAt(township, '2031-03-06T12:00:00', chengguan().id);
    expect(early.totals).toMatchObject({ answered: 4, overdue: 0 });
  });

  it("gives a township's handler their township, and answers for a unit elsewhere as for a missing one", async () => {
    const own = await boardAt(handler, '2031-03-28T12:00:00');
    expect(own.totals).toMatchObject({ created: 6, overdue: 1 });
    const caller = await env.as(handler);
    for (const unitId of [donghu().id, donghu().branches[0]!.id, env.seed.municipality.id])
      await expectHidden(
        caller.mailbox.stats.letters({ unitId, ...march }),
        caller.mailbox.stats.letters({ unitId: missing, ...march }),
      );
  });

  it('gives a handler of two townships each of them, and neither the municipality nor a third', async () => {
    expect((await boardAt(twoTownships, '2031-03-28T12:00:00')).totals.created).toBe(6);
    expect((await boardAt(twoTownships, '2031-03-28T12:00:00', chengguan().id)).totals.created).toBe(6);
    const west = await boardAt(twoTownships, '2031-03-28T12:00:00', xishan().id);
    expect(west.totals).toEqual({ ...none, created: 1, unanswered: 1, overdue: 1, onTimeRate: 0 });
    expect(west.children.find((c) => c.unitId === xishan().branches[0]!.id)?.figures.created).toBe(1);
    const caller = await env.as(twoTownships);
    for (const unitId of [donghu().id, env.seed.municipality.id])
      await expectHidden(
        caller.mailbox.stats.letters({ unitId, ...march }),
        caller.mailbox.stats.letters({ unitId: missing, ...march }),
      );
  });
});
