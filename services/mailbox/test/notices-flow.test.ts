// The bell's mailbox news on both databases, read against the clock the test moves, with no job running: a branch's
// letter becomes due soon for its secretary (and for the township above, whose scope holds it), then overdue for the
// branch and escalated for the township; an assignment and a reopening are news for the unit that holds the letter;
// a notice marked read stays read until what it says changes (an extension's new deadline is news again).
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addLetter } from './support/letters';

describe.each(await testProviders())('mailbox notices on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = () => chengguan().branches[0]!;
  /** The caller's notices about one letter, as `kind` -> read. */
  const about = async (caller: Caller, id: number) => {
    const { items } = await caller.mailbox.notices.list();
    return Object.fromEntries(items.filter((i) => i.path === `/mailbox/letters/${id}`).map((i) => [i.kind, i.read]));
  };

  it('shows a letter due soon, then overdue at the branch and escalated to the township, as the clock moves', async () => {
    const letter = await addLetter(env, branch().id, { kind: 'consultation', at: shanghai('2026-02-13T10:00:00') });
    const secretary = await env.as('secretary');
    const township = await env.as('chengguan');
    env.setNow(shanghai('2026-02-23T18:00:00'));
    expect(await about(secretary, letter.id)).toEqual({});
    env.setNow(shanghai('2026-02-24T08:00:00'));
    expect(await about(secretary, letter.id)).toEqual({ dueSoon: false });
    expect(await about(township, letter.id)).toEqual({ dueSoon: false });
    env.setNow(shanghai('2026-02-26T00:00:00'));
    expect(await about(secretary, letter.id)).toEqual({ overdue: false });
    expect(await about(township, letter.id)).toEqual({ escalated: false });
    const { items, counts } = await township.mailbox.notices.list();
    expect(items.find((i) => i.kind === 'escalated' && i.path.endsWith(`/${letter.id}`))).toMatchObject({
      unitName: branch().name,
      at: '2026-02-25T16:00:00.000Z',
    });
    expect(counts.escalated).toBeGreaterThan(0);
    // Nobody outside: a member holds no handling permission and is refused.
    await expect((await env.as('dues')).mailbox.notices.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    env.setNow(null);
  });

  it('marks a notice read for the caller alone; it stays read until the deadline moves', async () => {
    const letter = await addLetter(env, branch().id, { at: shanghai('2026-03-02T10:00:00') });
    const secretary = await env.as('secretary');
    const township = await env.as('chengguan');
    env.setNow(shanghai('2026-03-20T09:00:00'));
    const overdue = (await secretary.mailbox.notices.list()).items.find((i) => i.path.endsWith(`/${letter.id}`));
    expect(overdue).toMatchObject({ kind: 'overdue', read: false });
    expect(await secretary.identity.notices.markRead({ keys: [overdue!.key] })).toEqual({ marked: 1 });
    expect(await about(secretary, letter.id)).toEqual({ overdue: true });
    expect(await secretary.identity.notices.markRead({ keys: [overdue!.key] })).toEqual({ marked: 0 });
    expect(await about(secretary, letter.id)).toEqual({ overdue: true });
    expect(await about(township, letter.id)).toEqual({ escalated: false });
    // Read items come after unread ones.
    const { items } = await secretary.mailbox.notices.list();
    expect(items.findIndex((i) => i.read)).toBeGreaterThanOrEqual(items.filter((i) => !i.read).length);
    // An extension gives a new deadline; once that one passes too, it is news again.
    const later = shanghai('2026-03-25T00:00:00');
    await env.db.letter.update({ where: { id: letter.id }, data: { dueAt: later, openDueAt: later } });
    env.setNow(shanghai('2026-03-26T09:00:00'));
    expect(await about(secretary, letter.id)).toEqual({ overdue: false });
    env.setNow(null);
  });

  it('tells the unit holding a letter that it was assigned to it, or reopened', async () => {
    const assigned = await addLetter(env, chengguan().id, { status: 'assigned', assignTo: branch().id });
    const reopenedAt = new Date();
    const reopened = await addLetter(env, branch().id, { status: 'accepted' });
    await env.db.letter.update({ where: { id: reopened.id }, data: { reopenedAt } });
    const secretary = await env.as('secretary');
    const { items } = await secretary.mailbox.notices.list();
    const event = await env.db.letterEvent.findFirstOrThrow({ where: { letterId: assigned.id, kind: 'assigned' } });
    expect(items.find((i) => i.kind === 'assigned' && i.path.endsWith(`/${assigned.id}`))).toMatchObject({
      key: `mailbox:assigned:${assigned.id}:${event.at.getTime()}`,
      at: event.at.toISOString(),
    });
    expect(items.find((i) => i.kind === 'reopened' && i.path.endsWith(`/${reopened.id}`))?.at).toBe(
      reopenedAt.toISOString(),
    );
    // The township assigned it down: not news for the township as assigned to it.
    const township = await env.as('chengguan');
    expect(await about(township, assigned.id)).not.toHaveProperty('assigned');
  });
});
