// The demo's mailbox (issue 9 point 9) shows something true on first start: letters in every state across the tree,
// overdue ones escalated to the unit above, a branch's queue of its own, and public replies on the sites. Both
// databases.
import { testProviders } from '@strata/db/testing';
import { systemOperations } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoLetters } from '../../services/gateway/src/seed/demo-letters';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('the demo letters on %s', (provider) => {
  let env: TestEnv;
  let sent = 0;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    sent = await seedDemoLetters(env.db, env.seed, systemOperations(env.db));
  }, 120_000);
  afterAll(() => env?.drop());

  it('has letters in every state, sealed, each with its timeline', async () => {
    expect(sent).toBe(7 * 13);
    const statuses = await env.db.letter.groupBy({ by: ['status'], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(
      ['accepted', 'assigned', 'closed', 'handled', 'received', 'rejected', 'replied'].sort(),
    );
    const letters = await env.db.letter.findMany({ include: { events: true } });
    for (const letter of letters) {
      expect(letter.events[0]?.kind).toBe('received');
      expect(letter.submitterPhone).toMatch(/^pd1\./);
    }
  });

  it('escalates overdue letters to the unit above, and gives each role a queue', async () => {
    const township = await env.as('chengguan');
    const escalated = await township.mailbox.letters.list({
      unitId: env.seed.townships.chengguan!.id,
      view: 'escalated',
    });
    expect(escalated.items.length).toBeGreaterThan(0);
    expect(escalated.items.every((i) => i.deadline === 'overdue')).toBe(true);
    const secretary = await env.as('secretary');
    const own = await secretary.mailbox.letters.list({ view: 'open' });
    expect(own.items.length).toBeGreaterThan(2);
    const admin = await env.as('admin');
    const pending = await admin.mailbox.letters.list({ view: 'all', pageSize: 100 });
    expect(pending.items.some((i) => i.extensionState === 'pending')).toBe(true);
  });

  it('shows public replies on the sites, never the private ones', async () => {
    const published = await env.db.letter.count({ where: { replyPublic: true } });
    const private_ = await env.db.letter.count({
      where: { replyPublic: false, status: { in: ['replied', 'closed'] } },
    });
    expect(published).toBeGreaterThan(5);
    expect(private_).toBeGreaterThan(0);
  });
});
