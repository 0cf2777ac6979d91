// Writing on the board: a member opens a topic or replies; a moderator answers as the unit. Every text is screened
// against the sensitive words that apply at the topic's unit (a `block` word refuses it and nothing is saved, a
// `warn` word holds it for moderation); a new topic gets its answer deadline, counted once with the calendar.
import { AppError, assertActiveUnit, recordAudit, type Scope, unitInScope, workingCalendar } from '@strata/api';
import type { Tx } from '@strata/db';
import { mailboxMessage } from '../locales';
import { currentMailboxSettings } from '../settings';
import { screenPost } from './board-rules';
import { moderatedTopic, type Viewer, visibleTopic, wordsAt } from './board-scope';

type Writer = Viewer & { system: unknown; now: Date };

export async function createTopic(
  tx: Tx,
  { scope, userId, system, now }: Writer,
  input: { unitId: number; title: string; body: string },
) {
  const unit = await unitInScope(tx, scope, 'mailbox.post', input.unitId);
  assertActiveUnit(unit, 'unitId');
  const { held } = screenPost(await wordsAt(system, unit.path), { title: input.title, body: input.body });
  const answerDays = currentMailboxSettings().boardAnswerDays;
  const due = (await workingCalendar(tx)).deadline(now, answerDays);
  const topic = await tx.boardTopic.create({
    data: {
      unitId: unit.id,
      authorId: userId,
      title: input.title,
      body: input.body,
      createdAt: now,
      lastPostAt: now,
      answerDays,
      answerDueDate: due.dueDate,
      answerDueAt: due.dueAt,
      answerDueSoonAt: due.dueSoonAt,
      held,
    },
  });
  await recordAudit(tx, {
    actorId: userId,
    unitId: unit.id,
    action: 'boardTopic.create',
    entity: 'BoardTopic',
    entityId: topic.id,
    label: topic.title,
    after: { title: topic.title, body: topic.body, held },
  });
  return { id: topic.id, held };
}

/** A topic that takes no more replies: closed, or hidden by a moderator. */
function assertOpen(topic: { closedAt: Date | null; hiddenAt: Date | null }) {
  if (topic.closedAt || topic.hiddenAt) throw new AppError('CONFLICT', mailboxMessage('boardClosed'));
}

export async function replyToTopic(tx: Tx, writer: Writer, input: { id: number; body: string }) {
  const topic = await visibleTopic(tx, writer, input.id);
  assertOpen(topic);
  const { held } = screenPost(await wordsAt(writer.system, topic.unit.path), { body: input.body });
  const post = await addPost(tx, writer, topic, { body: input.body, held, answer: false });
  await recordAudit(tx, {
    actorId: writer.userId,
    unitId: topic.unitId,
    action: 'boardPost.create',
    entity: 'BoardPost',
    entityId: post.id,
    label: topic.title,
    after: { topicId: topic.id, body: input.body, held },
  });
  return { id: post.id, held };
}

/** The unit's answer, by a moderator: never held (it is the unit speaking), and the first one stops the clock. */
export async function answerTopic(tx: Tx, writer: Writer, input: { id: number; body: string }) {
  const topic = await moderatedTopic(tx, writer.scope, input.id);
  if (topic.hiddenAt) throw new AppError('CONFLICT', mailboxMessage('boardClosed'));
  screenPost(await wordsAt(writer.system, topic.unit.path), { body: input.body });
  const post = await addPost(tx, writer, topic, { body: input.body, held: false, answer: true });
  const answeredAt = topic.answeredAt ?? writer.now;
  await tx.boardTopic.updateMany({
    where: { id: topic.id, ...writer.scope.ownedWhere('mailbox.moderate') },
    data: { answeredAt },
  });
  await recordAudit(tx, {
    actorId: writer.userId,
    unitId: topic.unitId,
    action: 'boardTopic.answer',
    entity: 'BoardTopic',
    entityId: topic.id,
    label: topic.title,
    before: { answeredAt: topic.answeredAt },
    after: { answeredAt, body: input.body },
  });
  return { id: post.id, held: false };
}

/** The post, and the topic's last activity moved to it unless it waits for moderation. */
async function addPost(
  tx: Tx,
  { scope, userId, now }: Writer,
  topic: { id: number; unitId: number },
  post: { body: string; held: boolean; answer: boolean },
) {
  const created = await tx.boardPost.create({
    data: { unitId: topic.unitId, topicId: topic.id, authorId: userId, createdAt: now, ...post },
  });
  if (!post.held) await touchTopic(tx, scope, topic.id, now);
  return created;
}

/** Moves a topic's last activity forward (never back: an approved old reply does not reorder the board). */
export async function touchTopic(tx: Tx, scope: Scope, topicId: number, at: Date) {
  await tx.boardTopic.updateMany({
    where: { id: topicId, lastPostAt: { lt: at }, ...scope.ownedWhere('mailbox.post') },
    data: { lastPostAt: at },
  });
}
