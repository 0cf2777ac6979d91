// The board's topics as a caller reads them: pinned first, then by last activity, in the caller's scope (or one
// unit's subtree), by state and title words, a page at a time. Due soon and overdue are read against the clock.
import { type Instant, mapPage, pageArgs, scopedPage, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { answerState } from './board-rules';
import type { TopicFilter, TopicRow } from './board-schemas';
import type { Viewer } from './board-scope';
import { listedTopics, topicSource } from './topic-page.sql';

export async function listTopics(db: Db, viewer: Viewer, filter: TopicFilter, exact: Date) {
  // Read against the whole second, as the letters' queue is: deadlines are whole seconds, and the page's kept count
  // (keyed by its statement) then serves every request of that second instead of none.
  const now = new Date(exact.getTime() - (exact.getTime() % 1000));
  const within = await withinPath(db, viewer.scope, 'mailbox.post', filter.unitId);
  const page = await scopedPage(db, {
    scope: viewer.scope,
    permission: 'mailbox.post',
    within,
    source: topicSource(viewer, within, filter, now),
    ...pageArgs(filter),
    rows: listedTopics(viewer, within),
  });
  return mapPage(page, (t) => topicRowOf(t, Number(t.replies), now));
}

/** A topic's facts as a list or the topic page reads them: instants as Dates (Prisma) or ISO text (a page). */
export type TopicFacts = {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  authorName: string;
  createdAt: Instant;
  lastPostAt: Instant;
  answerDays: number;
  answerDueDate: string;
  answerDueAt: Instant;
  answerDueSoonAt: Instant;
  answeredAt: Instant | null;
  pinned: boolean;
  closedAt: Instant | null;
  held: boolean;
  hiddenAt: Instant | null;
};

/** The row a list shows, with its deadline read against the clock. */
export function topicRowOf(t: TopicFacts, replies: number, now: Date): TopicRow {
  const timing = {
    answerDueAt: new Date(t.answerDueAt),
    answerDueSoonAt: new Date(t.answerDueSoonAt),
    answeredAt: t.answeredAt === null ? null : new Date(t.answeredAt),
  };
  return {
    id: t.id,
    unitId: t.unitId,
    unitName: t.unitName,
    title: t.title,
    authorName: t.authorName,
    createdAt: toIso(t.createdAt),
    lastPostAt: toIso(t.lastPostAt),
    replies,
    answerDays: t.answerDays,
    answerDueDate: t.answerDueDate,
    answerDueAt: toIso(t.answerDueAt),
    answeredAt: toIso(t.answeredAt),
    answer: answerState(timing, now),
    pinned: t.pinned,
    closed: t.closedAt !== null,
    held: t.held,
    hidden: t.hiddenAt !== null,
  };
}
