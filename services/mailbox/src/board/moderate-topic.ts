// A moderator's acts on the unit's board: pin, close, hide (a topic or one reply) and approve what a `warn` word
// held. Nothing is ever deleted: a hidden row stays, shown to moderators flagged, and every act is in the audit log.
import { AppError, notFound, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { mailboxMessage } from '../locales';
import type { BoardTarget } from './board-schemas';
import { moderatedTopic } from './board-scope';
import { touchTopic } from './post-topic';

type Moderator = { scope: Scope; userId: number; now: Date };
const moderated = (scope: Scope) => scope.ownedWhere('mailbox.moderate');

/** Changes a topic's flags and records the act, with the fields as they were and as they are now. */
async function setTopic(
  tx: Tx,
  { scope, userId }: Moderator,
  id: number,
  action: `boardTopic.${string}`,
  change: (topic: Awaited<ReturnType<typeof moderatedTopic>>) => Record<string, boolean | Date | null>,
) {
  const topic = await moderatedTopic(tx, scope, id);
  const data = change(topic);
  const before = Object.fromEntries(Object.keys(data).map((k) => [k, topic[k as keyof typeof topic]]));
  await tx.boardTopic.updateMany({ where: { id: topic.id, ...moderated(scope) }, data });
  await recordAudit(tx, {
    actorId: userId,
    unitId: topic.unitId,
    action,
    entity: 'BoardTopic',
    entityId: topic.id,
    label: topic.title,
    before,
    after: data,
  });
  return { id: topic.id };
}

export const pinTopic = (tx: Tx, m: Moderator, input: { id: number; pinned: boolean }) =>
  setTopic(tx, m, input.id, input.pinned ? 'boardTopic.pin' : 'boardTopic.unpin', () => ({ pinned: input.pinned }));

export const closeTopic = (tx: Tx, m: Moderator, input: { id: number; closed: boolean }) =>
  setTopic(tx, m, input.id, input.closed ? 'boardTopic.close' : 'boardTopic.reopen', (t) => ({
    closedAt: input.closed ? (t.closedAt ?? m.now) : null,
  }));

type Target = { target: BoardTarget; id: number };

export async function hideOnBoard(tx: Tx, m: Moderator, input: Target & { hidden: boolean }) {
  const verb = input.hidden ? 'hide' : 'unhide';
  if (input.target === 'topic')
    return setTopic(tx, m, input.id, `boardTopic.${verb}`, (t) => ({
      hiddenAt: input.hidden ? (t.hiddenAt ?? m.now) : null,
    }));
  const post = await moderatedPost(tx, m.scope, input.id);
  const hiddenAt = input.hidden ? (post.hiddenAt ?? m.now) : null;
  await tx.boardPost.updateMany({ where: { id: post.id, ...moderated(m.scope) }, data: { hiddenAt } });
  await recordPostAct(tx, m, post, `boardPost.${verb}`, { hiddenAt: post.hiddenAt }, { hiddenAt });
  return { id: post.id };
}

export async function approveOnBoard(tx: Tx, m: Moderator, input: Target) {
  if (input.target === 'topic')
    return setTopic(tx, m, input.id, 'boardTopic.approve', (t) => {
      if (!t.held) throw new AppError('CONFLICT', mailboxMessage('boardNotHeld'));
      return { held: false };
    });
  const post = await moderatedPost(tx, m.scope, input.id);
  if (!post.held) throw new AppError('CONFLICT', mailboxMessage('boardNotHeld'));
  await tx.boardPost.updateMany({ where: { id: post.id, ...moderated(m.scope) }, data: { held: false } });
  // Now readers see it: the topic's last activity is the reply's, if it is newer.
  await touchTopic(tx, m.scope, post.topicId, post.createdAt);
  await recordPostAct(tx, m, post, 'boardPost.approve', { held: true }, { held: false });
  return { id: post.id };
}

async function moderatedPost(tx: Tx, scope: Scope, id: number) {
  const post = await tx.boardPost.findFirst({
    where: { id, ...moderated(scope) },
    include: { topic: { select: { title: true } } },
  });
  if (!post) throw notFound();
  return post;
}

function recordPostAct(
  tx: Tx,
  { userId }: Moderator,
  post: Awaited<ReturnType<typeof moderatedPost>>,
  action: `boardPost.${string}`,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) {
  return recordAudit(tx, {
    actorId: userId,
    unitId: post.unitId,
    action,
    entity: 'BoardPost',
    entityId: post.id,
    label: post.topic.title,
    before: { topicId: post.topicId, ...before },
    after,
  });
}
