// Scope cases of the bell: a handler's notices name the overdue letters of each own township where the caller
// handles mail (held there: overdue; at a branch one level below: escalated), never 东湖街道's or those of a
// township where the caller's grant carries no mailbox permission. Read marks are the caller's own (like the
// session procedures): marking writes the caller's rows and nobody else's.
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addLetter } from '../support/letters';

const longAgo = () => new Date(Date.now() - 60 * 86_400_000);

/** An overdue letter held by the township and one held by its first branch. */
async function overdueLetters(t: ScopeTest, p: Place) {
  const held = await addLetter(t.env, p.township.id, { at: longAgo(), title: uniqueName(`${t.tag}超期`) });
  const below = await addLetter(t.env, p.township.id, {
    at: longAgo(),
    status: 'assigned',
    assignTo: (p.branches[0] ?? p.township).id,
  });
  return { held, below };
}

const keysFor = (items: { key: string }[], id: number) =>
  items.map((i) => i.key).filter((k) => k.split(':')[2] === `${id}`);

export const scopeCases: Record<string, ScopeCase> = {
  'mailbox.notices.list': (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const { held, below } = await overdueLetters(t, p);
        const { items, counts } = await t.a.mailbox.notices.list();
        expect(items).toContainEqual(
          expect.objectContaining({ kind: 'overdue', title: expect.any(String), path: `/mailbox/letters/${held.id}` }),
        );
        expect(items).toContainEqual(
          expect.objectContaining({ kind: 'escalated', path: `/mailbox/letters/${below.id}` }),
        );
        expect(counts.overdue).toBeGreaterThan(0);
        expect(counts.escalated).toBeGreaterThan(0);
      },
      async (p) => {
        const { held, below } = await overdueLetters(t, p);
        const { items } = await t.a.mailbox.notices.list();
        expect([...keysFor(items, held.id), ...keysFor(items, below.id)]).toEqual([]);
      },
    ),

  'identity.notices.markRead': async (t) => {
    const key = `test:${uniqueName(t.tag)}`;
    const donghu = await t.env.db.user.findUniqueOrThrow({ where: { username: 'donghu' } });
    await t.env.db.noticeRead.create({ data: { userId: donghu.id, key: `${key}:theirs` } });
    const theirs = await t.env.db.noticeRead.findMany({ where: { userId: donghu.id } });
    expect(await t.a.identity.notices.markRead({ keys: [key, `${key}:theirs`] })).toEqual({ marked: 2 });
    const own = await t.env.db.noticeRead.findMany({ where: { userId: t.user.id, key: { startsWith: key } } });
    expect(own.map((r) => r.key).sort()).toEqual([key, `${key}:theirs`]);
    // Nobody else's marks changed; marking again changes nothing.
    expect(await t.env.db.noticeRead.findMany({ where: { userId: donghu.id } })).toEqual(theirs);
    expect(await t.a.identity.notices.markRead({ keys: [key] })).toEqual({ marked: 0 });
  },
};
