// The board's list on both databases: pinned topics first, then by last activity (the id breaking ties), page after
// page, in every shape the page takes; a member reads shown topics and their own held ones, never another member's
// held ones nor hidden ones, and the replies they read are the ones counted; a moderator of one township who is a
// member elsewhere moderates there and reads as a member elsewhere; "mine" is the session's user's own topics, by the
// same rules. The list answers as a plain Prisma query over board-scope's visibleWhere does, for every viewer, state,
// author and page.
import { Scope } from '@strata/api';
import type { Prisma, Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, uniqueName } from '../../../tests/support/factories';
import { type TopicState, topicAuthors, topicStates } from '../src/board/board-schemas';
import { visibleWhere } from '../src/board/board-scope';
import { addPost, addTopic } from './board-support';

const minute = 60_000;
const base = Date.UTC(2026, 4, 1, 2);

describe.each(await testProviders())('the board’s list on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan as Unit & { branches: Unit[] };
  const donghu = () => env.seed.townships.donghu as Unit & { branches: Unit[] };
  const branch = (t: { branches: Unit[] }, i = 0) => t.branches[i] as Unit;

  /** A topic with its facts set as a test needs them: last active `minutes` after the base, pinned, hidden... */
  async function topic(
    unitId: number,
    authorId: number,
    title: string,
    facts: { minutes?: number; held?: boolean } & Prisma.BoardTopicUpdateInput = {},
  ) {
    const { minutes = 0, held = false, ...update } = facts;
    const made = await addTopic(env, unitId, authorId, { title, held, at: new Date(base + minutes * minute) });
    return Object.keys(update).length ? env.db.boardTopic.update({ where: { id: made.id }, data: update }) : made;
  }
  /** Every page of a list, as the console pages through it. */
  async function allPages(list: (page: number) => Promise<{ items: { id: number }[]; total: number }>) {
    const ids: number[] = [];
    const totals: number[] = [];
    for (let page = 1; page <= 5; page++) {
      const got = await list(page);
      ids.push(...got.items.map((i) => i.id));
      totals.push(got.total);
      if (!got.items.length) break;
    }
    return { ids, totals: [...new Set(totals)] };
  }

  it('lists pinned topics first, then by last activity, the id breaking ties, page after page in every shape', async () => {
    const title = uniqueName('排序');
    const admin = env.seed.users.admin as number;
    const t = chengguan();
    // Ties in last activity, and a pinned topic older than every unpinned one.
    const made = [
      await topic(branch(t, 0).id, admin, title, { minutes: 50 }),
      await topic(branch(t, 1).id, admin, title, { minutes: 10, pinned: true }),
      await topic(t.id, admin, title, { minutes: 30 }),
      await topic(branch(t, 0).id, admin, title, { minutes: 30 }),
      await topic(branch(t, 1).id, admin, title, { minutes: 40, pinned: true }),
      await topic(branch(t, 0).id, admin, title, { minutes: 10 }),
      await topic(branch(t, 1).id, admin, title, { minutes: 30 }),
    ];
    const [a, pinnedOld, c, d, pinnedNew, f, g] = made.map((m) => m.id) as number[];
    const order = [pinnedNew, pinnedOld, a, g, d, c, f];
    // The same rule stated in code: pinned first, then last activity, then id, all descending.
    const byRule = [...made]
      .sort(
        (x, y) => Number(y.pinned) - Number(x.pinned) || y.lastPostAt.getTime() - x.lastPostAt.getTime() || y.id - x.id,
      )
      .map((m) => m.id);
    expect(byRule).toEqual(order);

    const asAdmin = await env.as('admin');
    const asTownship = await env.as('chengguan');
    const lists = {
      // The whole tree: the table's index walked alone.
      'admin, whole scope': (page: number) => asAdmin.mailbox.board.list({ q: title, page, pageSize: 3 }),
      // A township: each unit's first rows merged.
      'admin, narrowed to the township': (page: number) =>
        asAdmin.mailbox.board.list({ unitId: t.id, q: title, page, pageSize: 3 }),
      'township admin': (page: number) => asTownship.mailbox.board.list({ q: title, page, pageSize: 3 }),
    };
    for (const [label, list] of Object.entries(lists))
      expect({ label, ...(await allPages(list)) }).toEqual({ label, ids: order, totals: [7] });
    // Unpinning moves a topic back among the others by its last activity.
    await env.db.boardTopic.update({ where: { id: pinnedNew }, data: { pinned: false } });
    expect((await allPages(lists['township admin'])).ids).toEqual([pinnedOld, a, pinnedNew, g, d, c, f]);
  });

  it('shows a member the shown topics and their own held ones, and counts only the replies they read', async () => {
    const title = uniqueName('可见');
    const b = branch(chengguan());
    const one = await addAccount(env, { unitId: b.id, grants: [{ role: 'member', unitId: b.id }] });
    const other = await addAccount(env, { unitId: b.id, grants: [{ role: 'member', unitId: b.id }] });
    const shown = await topic(b.id, other.id, title, { minutes: 1 });
    const ownHeld = await topic(b.id, one.id, title, { minutes: 2, held: true });
    const othersHeld = await topic(b.id, other.id, title, { minutes: 3, held: true });
    const hidden = await topic(b.id, one.id, title, { minutes: 4, hiddenAt: new Date(base) });
    // On the shown topic: a reply shown, one held of each member, and one member's reply hidden.
    await addPost(env, shown, other.id, false);
    await addPost(env, shown, one.id, true);
    await addPost(env, shown, other.id, true);
    const hiddenReply = await addPost(env, shown, one.id, false);
    await env.db.boardPost.update({ where: { id: hiddenReply.id }, data: { hiddenAt: new Date(base) } });

    const read = async (username: string, state: TopicState = 'all') => {
      const page = await (await env.as(username)).mailbox.board.list({ q: title, state });
      return { ids: page.items.map((i) => i.id), total: page.total, replies: page.items.map((i) => i.replies) };
    };
    expect(await read(one.username)).toEqual({ ids: [ownHeld.id, shown.id], total: 2, replies: [0, 2] });
    expect(await read(other.username)).toEqual({ ids: [othersHeld.id, shown.id], total: 2, replies: [0, 2] });
    // The branch's secretary moderates it: every topic and reply, hidden and held ones included.
    expect(await read('secretary')).toEqual({
      ids: [hidden.id, othersHeld.id, ownHeld.id, shown.id],
      total: 4,
      replies: [0, 0, 0, 4],
    });
    // The held view gives a member only their own; the hidden view gives a member nothing.
    expect((await read(one.username, 'held')).ids).toEqual([ownHeld.id]);
    expect((await read('secretary', 'held')).ids).toEqual([othersHeld.id, ownHeld.id]);
    expect((await read(one.username, 'hidden')).ids).toEqual([]);
    expect((await read('secretary', 'hidden')).ids).toEqual([hidden.id]);
  });

  it('lets a moderator of one township who is a member elsewhere moderate there only', async () => {
    const title = uniqueName('兼任');
    const here = branch(chengguan());
    const there = branch(donghu());
    const someone = env.seed.users.member as number;
    const both = await addAccount(env, {
      unitId: here.id,
      grants: [
        { role: 'township_admin', unitId: chengguan().id },
        { role: 'member', unitId: there.id },
      ],
    });
    const heldHere = await topic(here.id, someone, title, { minutes: 1, held: true });
    const hiddenHere = await topic(here.id, someone, title, { minutes: 2, hiddenAt: new Date(base) });
    const shownHere = await topic(here.id, someone, title, { minutes: 3 });
    const heldThere = await topic(there.id, someone, title, { minutes: 4, held: true });
    const hiddenThere = await topic(there.id, someone, title, { minutes: 5, hiddenAt: new Date(base) });
    const shownThere = await topic(there.id, someone, title, { minutes: 6 });
    const ownThere = await topic(there.id, both.id, title, { minutes: 7, held: true });
    await addPost(env, shownHere, someone, true);
    await addPost(env, shownThere, someone, true);

    const caller = await env.as(both.username);
    const read = async (filter: { unitId?: number; state?: TopicState }) => {
      const page = await caller.mailbox.board.list({ q: title, ...filter });
      return { ids: page.items.map((i) => i.id), total: page.total };
    };
    expect(await read({})).toEqual({
      ids: [ownThere.id, shownThere.id, shownHere.id, hiddenHere.id, heldHere.id],
      total: 5,
    });
    expect(await read({ unitId: chengguan().id })).toEqual({
      ids: [shownHere.id, hiddenHere.id, heldHere.id],
      total: 3,
    });
    expect(await read({ unitId: there.id })).toEqual({ ids: [ownThere.id, shownThere.id], total: 2 });
    expect(await read({ state: 'hidden' })).toEqual({ ids: [hiddenHere.id], total: 1 });
    expect(await read({ state: 'held' })).toEqual({ ids: [ownThere.id, heldHere.id], total: 2 });
    // A held reply counts where they moderate, not where they are a member.
    const replies = Object.fromEntries(
      (await caller.mailbox.board.list({ q: title })).items.map((i) => [i.id, i.replies]),
    );
    expect([replies[shownHere.id], replies[shownThere.id]]).toEqual([1, 0]);
    expect([heldThere.id, hiddenThere.id].filter((id) => id in replies)).toEqual([]);
  });

  it('lists the caller’s own topics as “mine”, by the list’s visibility rules, with their counts', async () => {
    const title = uniqueName('我的');
    const b = branch(chengguan());
    const one = await addAccount(env, { unitId: b.id, grants: [{ role: 'member', unitId: b.id }] });
    const other = await addAccount(env, { unitId: b.id, grants: [{ role: 'member', unitId: b.id }] });
    const secretary = env.seed.users.secretary as number;
    const past = new Date(base - 86_400_000);
    const waiting = await topic(b.id, one.id, title, { minutes: 1 });
    const answered = await topic(b.id, one.id, title, { minutes: 2, answeredAt: past });
    const ownHeld = await topic(b.id, one.id, title, { minutes: 3, held: true });
    await topic(b.id, one.id, title, { minutes: 4, hiddenAt: past });
    const others = await topic(b.id, other.id, title, { minutes: 5, answeredAt: past });
    const othersHeld = await topic(b.id, other.id, title, { minutes: 6, held: true });
    const secretaryHidden = await topic(b.id, secretary, title, { minutes: 7, hiddenAt: past });

    const read = async (username: string, filter: { state?: TopicState; author?: 'anyone' | 'me' }) => {
      const page = await (await env.as(username)).mailbox.board.list({ q: title, ...filter });
      return { ids: page.items.map((i) => i.id), total: page.total };
    };
    // A member's own topics, their held one included; not the one a moderator hid, nor anyone else's.
    expect(await read(one.username, { author: 'me' })).toEqual({
      ids: [ownHeld.id, answered.id, waiting.id],
      total: 3,
    });
    expect(await read(one.username, { author: 'me', state: 'answered' })).toEqual({ ids: [answered.id], total: 1 });
    expect(await read(one.username, { author: 'me', state: 'unanswered' })).toEqual({
      ids: [ownHeld.id, waiting.id],
      total: 2,
    });
    expect(await read(one.username, { author: 'me', state: 'hidden' })).toEqual({ ids: [], total: 0 });
    // The other member's "mine" is theirs alone; without it, every author's topics they read.
    expect(await read(other.username, { author: 'me' })).toEqual({ ids: [othersHeld.id, others.id], total: 2 });
    expect(await read(one.username, {})).toEqual({
      ids: [others.id, ownHeld.id, answered.id, waiting.id],
      total: 4,
    });
    // The branch's moderator reads every topic there, but "mine" is only what they wrote, hidden as it is.
    expect(await read('secretary', { author: 'me' })).toEqual({ ids: [secretaryHidden.id], total: 1 });
    expect((await read('secretary', {})).total).toBe(7);
    // The author is never named by the browser: only "anyone" and "me" are taken.
    const caller = await env.as(one.username);
    await expect(caller.mailbox.board.list({ author: 'other' as 'me' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.mailbox.board.list({ authorId: other.id } as unknown as { author: 'me' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('finds title words as written, % and _ included', async () => {
    const title = uniqueName('搜索');
    const admin = env.seed.users.admin as number;
    const percent = await topic(branch(chengguan()).id, admin, `${title} 100%达标`);
    await topic(branch(chengguan()).id, admin, `${title} 1000人`);
    const underscore = await topic(branch(chengguan()).id, admin, `${title} 第_期`);
    await topic(branch(chengguan()).id, admin, `${title} 第1期`);
    const caller = await env.as('admin');
    expect((await caller.mailbox.board.list({ q: `${title} 100%` })).items.map((i) => i.id)).toEqual([percent.id]);
    expect((await caller.mailbox.board.list({ q: `${title} 第_期` })).items.map((i) => i.id)).toEqual([underscore.id]);
  });

  it('answers as a plain query over visibleWhere does, for every viewer, state, author and page', async () => {
    const title = uniqueName('对照');
    const here = branch(chengguan());
    const there = branch(donghu());
    const member = await addAccount(env, { unitId: here.id, grants: [{ role: 'member', unitId: here.id }] });
    const mixed = await addAccount(env, {
      unitId: here.id,
      grants: [
        { role: 'branch_secretary', unitId: here.id },
        { role: 'member', unitId: there.id },
      ],
    });
    const authors = [member.id, mixed.id, env.seed.users.member as number];
    const past = new Date(base - 30 * 86_400_000);
    for (let i = 0; i < 24; i++) {
      const unitId = [here.id, there.id, chengguan().id][i % 3] as number;
      const made = await topic(unitId, authors[i % 3] as number, title, {
        minutes: i % 5,
        held: i % 4 === 1,
        pinned: i % 7 === 0,
        ...(i % 6 === 2 ? { hiddenAt: past } : {}),
        ...(i % 5 === 3 ? { closedAt: past } : {}),
        ...(i % 3 === 0 ? { answerDueAt: past, answerDueSoonAt: past } : {}),
        ...(i % 8 === 4 ? { answeredAt: past } : {}),
      });
      for (let r = 0; r < i % 4; r++) await addPost(env, made, authors[r % 3] as number, r % 2 === 0);
    }
    const viewers = [
      { username: 'admin', userId: env.seed.users.admin as number },
      { username: 'chengguan', userId: env.seed.users.chengguan as number },
      { username: member.username, userId: member.id },
      { username: mixed.username, userId: mixed.id },
    ];
    const now = new Date();
    let compared = 0;
    for (const v of viewers) {
      const caller = await env.as(v.username);
      const grants = await env.db.grant.findMany({ where: { userId: v.userId }, include: { unit: true } });
      const scope = new Scope(
        grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitPath: g.unit.path, unitName: g.unit.name })),
      );
      const viewer = { scope, userId: v.userId };
      for (const state of topicStates)
        for (const author of topicAuthors)
          for (const page of [1, 2]) {
            const mine = author === 'me' ? { authorId: v.userId } : {};
            const where: Prisma.BoardTopicWhereInput = {
              AND: [visibleWhere(viewer), stateWhere(state, now), { title }, mine],
            };
            const [rows, total] = await Promise.all([
              env.db.boardTopic.findMany({
                where,
                orderBy: [{ pinned: 'desc' }, { lastPostAt: 'desc' }, { id: 'desc' }],
                skip: (page - 1) * 5,
                take: 5,
              }),
              env.db.boardTopic.count({ where }),
            ]);
            const replies = await Promise.all(
              rows.map((r) => env.db.boardPost.count({ where: { topicId: r.id, ...visibleWhere(viewer) } })),
            );
            const got = await caller.mailbox.board.list({ q: title, state, author, page, pageSize: 5 });
            const label = `${v.username} ${state} ${author} page ${page}`;
            expect({ label, items: got.items.map((i) => [i.id, i.replies]), total: got.total }).toEqual({
              label,
              items: rows.map((r, i) => [r.id, replies[i]]),
              total,
            });
            compared += 1;
          }
    }
    expect(compared).toBe(viewers.length * topicStates.length * topicAuthors.length * 2);
  });
});

/** Each state as the list names it, as Prisma conditions (the rule the list's SQL states). */
function stateWhere(state: TopicState, now: Date): Prisma.BoardTopicWhereInput {
  const shown = { hiddenAt: null };
  switch (state) {
    case 'all':
      return {};
    case 'open':
      return { ...shown, closedAt: null };
    case 'closed':
      return { ...shown, closedAt: { not: null } };
    case 'unanswered':
      return { ...shown, answeredAt: null };
    case 'answered':
      return { ...shown, answeredAt: { not: null } };
    case 'overdue':
      return { ...shown, answeredAt: null, answerDueAt: { lte: now } };
    case 'held':
      return { ...shown, held: true };
    case 'hidden':
      return { hiddenAt: { not: null } };
  }
}
