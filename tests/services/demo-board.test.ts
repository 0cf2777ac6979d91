// The demo's members' board shows something true on first start: topics in every state on the municipality's, the
// townships' and their first branches' boards; a member of 城关镇's first branch reads its board without the held
// topic of another or the hidden ones, while its secretary moderates them, flagged; overdue topics are overdue by
// the working-day calendar. Both databases.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBoard } from '../../services/gateway/src/seed/demo-board';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('the demo board on %s', (provider) => {
  let env: TestEnv;
  let made = 0;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    made = await seedDemoBoard(env.db, env.seed);
  }, 120_000);
  afterAll(() => env?.drop());

  const branch = () => env.seed.townships.chengguan!.branches[0]!;

  it('has topics in every state on every board it fills', async () => {
    // The municipality, six townships and their first branches, eight topics each.
    expect(made).toBe(13 * 8);
    const topics = await env.db.boardTopic.findMany();
    expect(topics.some((t) => t.pinned)).toBe(true);
    expect(topics.some((t) => t.held)).toBe(true);
    expect(topics.some((t) => t.hiddenAt !== null)).toBe(true);
    expect(topics.some((t) => t.closedAt !== null)).toBe(true);
    expect(topics.some((t) => t.answeredAt !== null && t.answeredAt >= t.answerDueAt)).toBe(true);
    expect(await env.db.boardPost.count({ where: { hiddenAt: { not: null } } })).toBeGreaterThan(0);
  });

  it('gives a member the branch board without what is held or hidden, and the secretary all of it', async () => {
    const member = await env.as('member');
    const secretary = await env.as('secretary');
    const seen = await member.mailbox.board.list({ unitId: branch().id, pageSize: 100 });
    const moderated = await secretary.mailbox.board.list({ unitId: branch().id, pageSize: 100 });
    expect(seen.items[0]?.pinned).toBe(true);
    expect(seen.items.some((i) => i.hidden)).toBe(false);
    expect(moderated.items.some((i) => i.hidden)).toBe(true);
    expect(moderated.items.some((i) => i.held)).toBe(true);
    // The held topic is its author's: another member of the branch does not see it.
    const held = moderated.items.find((i) => i.held)!;
    const author = (await env.db.boardTopic.findUniqueOrThrow({ where: { id: held.id } })).authorId;
    expect(seen.items.some((i) => i.id === held.id)).toBe(author === env.seed.users.member);
    const overdue = await member.mailbox.board.list({ unitId: branch().id, state: 'overdue' });
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.answer === 'overdue')).toBe(true);
  });
});
