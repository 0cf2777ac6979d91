// The members' board on both databases, with the clock moved by the test and no job running: posts screened by
// the sensitive words of the unit and every unit above (a block word refuses and saves nothing, a warn word holds
// the post, unseen by other members until a moderator approves it); a hidden reply kept and in the audit log; a
// topic due soon, then overdue across the Spring Festival, until an answer stops its clock; the statistics' figures.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, uniqueName } from '../../../tests/support/factories';
import { currentMailboxSettings, installMailboxSettings } from '../src/settings';

describe.each(await testProviders())('the members’ board on %s', (provider) => {
  let env: TestEnv;
  /** Another member of the same branch as the demo's `member`. */
  let neighbour: string;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    const city = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    // A block word of the municipality's, a warn word of the branch's own: both apply on the branch's board.
    await env.db.sensitiveWord.create({ data: { unitId: city.id, word: '议事禁词', level: 'block' } });
    await env.db.sensitiveWord.create({ data: { unitId: branch().id, word: '议事提醒词', level: 'warn' } });
    neighbour = (await addAccount(env, { unitId: branch().id, grants: [{ role: 'member', unitId: branch().id }] }))
      .username;
  });
  afterAll(() => env?.drop());

  const branch = () => env.seed.townships.chengguan!.branches[0]!;

  it('refuses a block word from a unit above, naming it, and saves nothing', async () => {
    const member = await env.as('member');
    const title = uniqueName('议题');
    await expect(
      member.mailbox.board.create({ unitId: branch().id, title, body: '这里有议事禁词和别的话' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'body', message: expect.stringContaining('议事禁词') });
    expect(await env.db.boardTopic.count({ where: { title } })).toBe(0);
    // A reply likewise.
    const topic = await member.mailbox.board.create({ unitId: branch().id, title, body: '正常的内容' });
    const before = await env.db.boardPost.count({ where: { topicId: topic.id } });
    await expect(member.mailbox.board.reply({ id: topic.id, body: '议事禁词' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'body',
    });
    expect(await env.db.boardPost.count({ where: { topicId: topic.id } })).toBe(before);
  });

  it('holds a warn word: its author and the moderators see it, other members only once it is approved', async () => {
    const member = await env.as('member');
    const other = await env.as(neighbour);
    const secretary = await env.as('secretary');
    const title = uniqueName('待审');
    const topic = await member.mailbox.board.create({ unitId: branch().id, title, body: '含有议事提醒词的正文' });
    expect(topic.held).toBe(true);
    const listed = async (caller: typeof member) =>
      (await caller.mailbox.board.list({ unitId: branch().id, q: title })).items.map((i) => i.id);
    expect(await listed(member)).toEqual([topic.id]);
    expect(await listed(secretary)).toEqual([topic.id]);
    expect(await listed(other)).toEqual([]);
    await expect(other.mailbox.board.get({ id: topic.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A member cannot release it; the branch's secretary can.
    await expect(member.mailbox.board.approve({ target: 'topic', id: topic.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await secretary.mailbox.board.list({ unitId: branch().id, state: 'held' })).items.map((i) => i.id),
    ).toContain(topic.id);
    await secretary.mailbox.board.approve({ target: 'topic', id: topic.id });
    expect(await listed(other)).toEqual([topic.id]);
    // A held reply the same way.
    const reply = await other.mailbox.board.reply({ id: topic.id, body: '回复里也有议事提醒词' });
    expect(reply.held).toBe(true);
    expect((await member.mailbox.board.get({ id: topic.id })).posts.map((p) => p.id)).not.toContain(reply.id);
    expect((await other.mailbox.board.get({ id: topic.id })).posts).toContainEqual(
      expect.objectContaining({ id: reply.id, held: true, mine: true }),
    );
    await secretary.mailbox.board.approve({ target: 'post', id: reply.id });
    expect((await member.mailbox.board.get({ id: topic.id })).posts).toContainEqual(
      expect.objectContaining({ id: reply.id, held: false }),
    );
    await expect(secretary.mailbox.board.approve({ target: 'post', id: reply.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('hides a reply from members but keeps it, flagged for moderators and in the audit log', async () => {
    const member = await env.as('member');
    const secretary = await env.as('secretary');
    const topic = await member.mailbox.board.create({ unitId: branch().id, title: uniqueName('隐藏'), body: '正文' });
    const reply = await member.mailbox.board.reply({ id: topic.id, body: '一条不当回复' });
    await secretary.mailbox.board.hide({ target: 'post', id: reply.id, hidden: true });
    expect((await member.mailbox.board.get({ id: topic.id })).posts.map((p) => p.id)).not.toContain(reply.id);
    expect((await secretary.mailbox.board.get({ id: topic.id })).posts).toContainEqual(
      expect.objectContaining({ id: reply.id, hidden: true, body: '一条不当回复' }),
    );
    expect(await env.db.boardPost.findUnique({ where: { id: reply.id } })).toMatchObject({
      body: '一条不当回复',
      hiddenAt: expect.any(Date),
    });
    const audit = await env.db.auditLog.findFirst({ where: { action: 'boardPost.hide', entityId: String(reply.id) } });
    expect(audit).toMatchObject({ actorId: env.seed.users.secretary, unitId: branch().id });
    // A hidden topic leaves the members' board, and nobody replies on it; closing stops replies too.
    await secretary.mailbox.board.hide({ target: 'topic', id: topic.id, hidden: true });
    await expect(member.mailbox.board.get({ id: topic.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await secretary.mailbox.board.hide({ target: 'topic', id: topic.id, hidden: false });
    await secretary.mailbox.board.close({ id: topic.id, closed: true });
    await expect(member.mailbox.board.reply({ id: topic.id, body: '再说一句' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await member.mailbox.board.get({ id: topic.id })).actions).toEqual({ reply: false, moderate: false });
  });

  it('ages an unanswered topic in working days across the Spring Festival; an answer stops its clock', async () => {
    const member = await env.as('member');
    const secretary = await env.as('secretary');
    env.setNow(shanghai('2026-02-13T10:00:00'));
    const title = uniqueName('时限');
    const topic = await member.mailbox.board.create({ unitId: branch().id, title, body: '节前提的问题' });
    const late = await member.mailbox.board.create({ unitId: branch().id, title, body: '另一个问题' });
    const state = async (at: string, id = topic.id) => {
      env.setNow(shanghai(at));
      const page = await member.mailbox.board.list({ unitId: branch().id, q: title, state: 'overdue' });
      const got = await member.mailbox.board.get({ id });
      return { answer: got.answer, overdue: page.items.some((i) => i.id === id) };
    };
    // The Saturday 2/14 was worked (day 1); 2/15-2/23 are the holiday; 2/24 is day 2, 2/25 day 3.
    expect(await member.mailbox.board.get({ id: topic.id })).toMatchObject({
      answerDays: 3,
      answerDueDate: '2026-02-25',
    });
    expect(await state('2026-02-23T18:00:00')).toEqual({ answer: 'onTime', overdue: false });
    expect(await state('2026-02-24T08:00:00')).toEqual({ answer: 'dueSoon', overdue: false });
    expect(await state('2026-02-25T23:59:59')).toEqual({ answer: 'dueSoon', overdue: false });
    // Answered in time: the clock stops, and no later moment makes it overdue.
    await secretary.mailbox.board.answer({ id: topic.id, body: '已研究，答复如下。' });
    expect(await state('2026-03-20T09:00:00')).toEqual({ answer: 'answeredOnTime', overdue: false });
    // The other one goes overdue on 2/26, and answered late it stays so.
    expect(await state('2026-02-26T00:00:00', late.id)).toEqual({ answer: 'overdue', overdue: true });
    await secretary.mailbox.board.answer({ id: late.id, body: '答复晚了。' });
    expect(await state('2026-03-02T09:00:00', late.id)).toEqual({ answer: 'answeredLate', overdue: false });
    env.setNow(null);
  });

  it('says how many working days each topic was given: the setting when it was posted, kept after a change', async () => {
    const member = await env.as('member');
    const before = currentMailboxSettings();
    env.setNow(shanghai('2026-03-02T10:00:00'));
    const title = uniqueName('时限天数');
    const three = await member.mailbox.board.create({ unitId: branch().id, title, body: '按默认时限' });
    installMailboxSettings({ ...before, boardAnswerDays: 5 });
    try {
      const five = await member.mailbox.board.create({ unitId: branch().id, title, body: '按新的时限' });
      const listed = await member.mailbox.board.list({ unitId: branch().id, q: title });
      const days = Object.fromEntries(listed.items.map((i) => [i.id, [i.answerDays, i.answerDueDate]]));
      // Monday 3/2: three working days run to Thursday 3/5, five to Monday 3/9.
      expect(days).toEqual({ [three.id]: [3, '2026-03-05'], [five.id]: [5, '2026-03-09'] });
      expect(await member.mailbox.board.get({ id: five.id })).toMatchObject({
        answerDays: 5,
        answerDueDate: '2026-03-09',
      });
    } finally {
      installMailboxSettings(before);
      env.setNow(null);
    }
  });

  it('gives the statistics their figures per unit', async () => {
    const member = await env.as('member');
    const secretary = await env.as('secretary');
    env.setNow(shanghai('2026-06-01T09:00:00'));
    const ids: number[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (await member.mailbox.board.create({ unitId: branch().id, title: uniqueName('统计'), body: '正文' })).id,
      );
    await secretary.mailbox.board.answer({ id: ids[0]!, body: '按时答复' });
    await secretary.mailbox.board.hide({ target: 'topic', id: ids[3]!, hidden: true });
    env.setNow(shanghai('2026-06-10T09:00:00'));
    await secretary.mailbox.board.answer({ id: ids[1]!, body: '迟到的答复' });
    // As the statistics page asks for June, the branch's secretary.
    const board = async (local: string) => {
      env.setNow(shanghai(local));
      try {
        return (await secretary.mailbox.stats.letters({ unitId: branch().id, from: '2026-06-01', to: '2026-06-30' }))
          .board.totals;
      } finally {
        env.setNow(null);
      }
    };
    expect(await board('2026-06-20T00:00:00')).toEqual({
      created: 3,
      answered: 2,
      answeredOnTime: 1,
      unanswered: 1,
      overdue: 1,
      onTimeRate: 1 / 3,
    });
    // Before its deadline, the unanswered one is not yet overdue.
    expect(await board('2026-06-02T00:00:00')).toMatchObject({ unanswered: 1, overdue: 0 });
  });
});
