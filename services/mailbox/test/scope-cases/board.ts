// Scope cases of the members' board: in each own township where the caller posts (or moderates), a branch's topic
// is listed, read, replied to, answered, pinned, closed, hidden and approved with the right result; in 东湖街道 (and
// where the caller's grant carries no board permission) the same calls answer exactly as for a missing topic, and
// change nothing. The foreign topics are the caller's own posts, so authorship never opens another unit's board.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addPost as addBoardPost, addTopic as addBoardTopic } from '../board-support';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;

const addTopic = (t: ScopeTest, unitId: number, opts: { held?: boolean; title?: string } = {}) =>
  addBoardTopic(t.env, unitId, t.user.id, opts);
const addPost = (t: ScopeTest, topic: { id: number; unitId: number }, held = true) =>
  addBoardPost(t.env, topic, t.user.id, held);
const topicRow = (t: ScopeTest, id: number) => t.env.db.boardTopic.findUniqueOrThrow({ where: { id } });
const postsOf = (t: ScopeTest, topicId: number) => t.env.db.boardPost.findMany({ where: { topicId } });
/** Every topic and reply of a unit's board, to show that a refused call changed nothing. */
const boardOf = async (t: ScopeTest, unitId: number) => ({
  topics: await t.env.db.boardTopic.findMany({ where: { unitId }, orderBy: { id: 'asc' } }),
  posts: await t.env.db.boardPost.findMany({ where: { unitId }, orderBy: { id: 'asc' } }),
});

/** A moderator's act both ways: taken on an own branch's topic (then `check`), refused on a foreign one as a missing. */
function moderatorCase(
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number) => Promise<void>,
  prepare: (t: ScopeTest, unitId: number) => Promise<{ id: number }> = (t, unitId) => addTopic(t, unitId),
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'mailbox.moderate',
      async (p) => {
        const target = await prepare(t, branchOf(p).id);
        await take(t, target.id);
        await check(t, target.id);
      },
      async (p) => {
        const target = await prepare(t, branchOf(p).id);
        const before = await boardOf(t, branchOf(p).id);
        await expectHidden(take(t, target.id), take(t, missing));
        expect(await boardOf(t, branchOf(p).id)).toEqual(before);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'mailbox.board.list': (t) =>
    eachPlace(
      t,
      'mailbox.post',
      async (p) => {
        const title = uniqueName(`${t.tag}议题`);
        const topic = await addTopic(t, branchOf(p).id, { title });
        const page = await t.a.mailbox.board.list({ unitId: p.township.id, q: title });
        expect(page.items).toEqual([
          expect.objectContaining({ id: topic.id, title, unitId: branchOf(p).id, answer: 'onTime', replies: 0 }),
        ]);
        // The whole scope holds it too; 东湖街道's topic of the same title (the caller's own) never shows.
        const foreign = await addTopic(t, branchOf(t.foreign).id, { title });
        const all = await t.a.mailbox.board.list({ q: title });
        expect(all.items.map((i) => i.id)).toEqual([topic.id]);
        expect(all.items.map((i) => i.id)).not.toContain(foreign.id);
      },
      (p) =>
        expectHidden(t.a.mailbox.board.list({ unitId: p.township.id }), t.a.mailbox.board.list({ unitId: missing })),
    ),

  'mailbox.board.get': (t) =>
    eachPlace(
      t,
      'mailbox.post',
      async (p) => {
        const topic = await addTopic(t, branchOf(p).id);
        const post = await addPost(t, topic, false);
        const got = await t.a.mailbox.board.get({ id: topic.id });
        expect(got).toMatchObject({ id: topic.id, unitId: branchOf(p).id, body: '大家怎么看？', mine: true });
        expect(got.posts.map((x) => x.id)).toEqual([post.id]);
      },
      async (p) => {
        const topic = await addTopic(t, branchOf(p).id);
        await expectHidden(t.a.mailbox.board.get({ id: topic.id }), t.a.mailbox.board.get({ id: missing }));
      },
    ),

  'mailbox.board.create': (t) =>
    eachPlace(
      t,
      'mailbox.post',
      async (p) => {
        const title = uniqueName('新议题');
        const made = await t.a.mailbox.board.create({ unitId: branchOf(p).id, title, body: '提个建议' });
        expect(made.held).toBe(false);
        expect(await topicRow(t, made.id)).toMatchObject({ unitId: branchOf(p).id, title, authorId: t.user.id });
      },
      async (p) => {
        const input = { title: uniqueName('越权议题'), body: '提个建议' };
        await expectHidden(
          t.a.mailbox.board.create({ unitId: branchOf(p).id, ...input }),
          t.a.mailbox.board.create({ unitId: missing, ...input }),
        );
        expect(await t.env.db.boardTopic.count({ where: { title: input.title } })).toBe(0);
      },
    ),

  'mailbox.board.reply': (t) =>
    eachPlace(
      t,
      'mailbox.post',
      async (p) => {
        const topic = await addTopic(t, branchOf(p).id);
        const reply = await t.a.mailbox.board.reply({ id: topic.id, body: '同意' });
        expect(await postsOf(t, topic.id)).toEqual([
          expect.objectContaining({ id: reply.id, unitId: branchOf(p).id, body: '同意', answer: false }),
        ]);
      },
      async (p) => {
        const topic = await addTopic(t, branchOf(p).id);
        await expectHidden(
          t.a.mailbox.board.reply({ id: topic.id, body: '同意' }),
          t.a.mailbox.board.reply({ id: missing, body: '同意' }),
        );
        expect(await postsOf(t, topic.id)).toEqual([]);
      },
    ),

  'mailbox.board.answer': moderatorCase(
    (t, id) => t.a.mailbox.board.answer({ id, body: '支部的答复' }),
    async (t, id) => {
      expect((await topicRow(t, id)).answeredAt).toBeInstanceOf(Date);
      expect(await postsOf(t, id)).toEqual([expect.objectContaining({ answer: true, body: '支部的答复' })]);
    },
  ),
  'mailbox.board.pin': moderatorCase(
    (t, id) => t.a.mailbox.board.pin({ id, pinned: true }),
    async (t, id) => expect((await topicRow(t, id)).pinned).toBe(true),
  ),
  'mailbox.board.close': moderatorCase(
    (t, id) => t.a.mailbox.board.close({ id, closed: true }),
    async (t, id) => expect((await topicRow(t, id)).closedAt).toBeInstanceOf(Date),
  ),
  'mailbox.board.hide': moderatorCase(
    (t, id) => t.a.mailbox.board.hide({ target: 'post', id, hidden: true }),
    async (t, id) =>
      expect(await t.env.db.boardPost.findUniqueOrThrow({ where: { id } })).toMatchObject({
        hiddenAt: expect.any(Date),
      }),
    async (t, unitId) => addPost(t, await addTopic(t, unitId), false),
  ),
  'mailbox.board.approve': moderatorCase(
    (t, id) => t.a.mailbox.board.approve({ target: 'topic', id }),
    async (t, id) => expect((await topicRow(t, id)).held).toBe(false),
    (t, unitId) => addTopic(t, unitId, { held: true }),
  ),
};
