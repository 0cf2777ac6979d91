// The board's topics as a caller reads them: pinned first, then by last activity, in the caller's scope (or one
// unit's subtree), by state and title words, a page at a time. Due soon and overdue are read against the clock.
import { pageArgs, withinPath } from '@strata/api';
import { type Db, literalContains, type Prisma } from '@strata/db';
import { answerState } from './board-rules';
import type { TopicFilter, TopicRow, TopicState } from './board-schemas';
import { type Viewer, visibleWhere } from './board-scope';

/** Each state as a condition on the topic's columns at `now` (hidden topics only in their own view). */
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
    case 'overdue':
      return { ...shown, answeredAt: null, answerDueAt: { lte: now } };
    case 'held':
      return { ...shown, held: true };
    case 'hidden':
      return { hiddenAt: { not: null } };
  }
}

export async function listTopics(db: Db, viewer: Viewer, filter: TopicFilter, now: Date) {
  const within = await withinPath(db, viewer.scope, 'mailbox.post', filter.unitId);
  const visible = visibleWhere(viewer, within);
  const where = {
    ...visible,
    AND: [
      ...visible.AND,
      stateWhere(filter.state, now),
      ...(filter.q ? [{ title: { contains: literalContains(filter.q) } }] : []),
    ],
  } satisfies Prisma.BoardTopicWhereInput;
  const [topics, total] = await Promise.all([
    db.boardTopic.findMany({
      where,
      orderBy: [{ pinned: 'desc' }, { lastPostAt: 'desc' }, { id: 'desc' }],
      ...pageArgs(filter),
      include: { unit: { select: { name: true } }, author: { select: { displayName: true } } },
    }),
    db.boardTopic.count({ where }),
  ]);
  const replies = await replyCounts(
    db,
    viewer,
    topics.map((t) => t.id),
  );
  return {
    items: topics.map((t) => topicRowOf(t, replies.get(t.id) ?? 0, now)),
    total,
    totalIsBound: false,
  };
}

/** Replies the viewer reads, per topic. */
async function replyCounts(db: Db, viewer: Viewer, topicIds: number[]) {
  if (!topicIds.length) return new Map<number, number>();
  const counts = await db.boardPost.groupBy({
    by: ['topicId'],
    where: { topicId: { in: topicIds }, ...visibleWhere(viewer) },
    _count: { _all: true },
  });
  return new Map(counts.map((c) => [c.topicId, c._count._all]));
}

type ListedTopic = Prisma.BoardTopicGetPayload<{
  include: { unit: { select: { name: true } }; author: { select: { displayName: true } } };
}>;

/** The row a list shows, with its deadline read against the clock. */
export function topicRowOf(t: ListedTopic, replies: number, now: Date): TopicRow {
  return {
    id: t.id,
    unitId: t.unitId,
    unitName: t.unit.name,
    title: t.title,
    authorName: t.author.displayName,
    createdAt: t.createdAt.toISOString(),
    lastPostAt: t.lastPostAt.toISOString(),
    replies,
    answerDueDate: t.answerDueDate,
    answerDueAt: t.answerDueAt.toISOString(),
    answeredAt: t.answeredAt?.toISOString() ?? null,
    answer: answerState(t, now),
    pinned: t.pinned,
    closed: t.closedAt !== null,
    held: t.held,
    hidden: t.hiddenAt !== null,
  };
}
