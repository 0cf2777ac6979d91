// The board's side of a scoped page (scopedPage in @strata/api): the topics a filter names, pinned first, then by
// last activity, as the viewer reads them, with the replies the viewer reads counted. The two list indexes
// (models/board.prisma) end with what a member's visibility reads (hiddenAt, held, authorId), so a member's page and
// count are decided on the index as a moderator's are.
import { inSubtrees, type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import type { TopicFilter, TopicState } from './board-schemas';
import type { Viewer } from './board-scope';

const table = reviewedSql`"BoardTopic" r`;
const shown = reviewedSql`r."hiddenAt" IS NULL`;

/** Each state as conditions on the topic's columns at `now` (hidden topics only in their own view). */
function stateConditions(state: TopicState, now: Date): Prisma.Sql[] {
  switch (state) {
    case 'all':
      return [];
    case 'open':
      return [shown, reviewedSql`r."closedAt" IS NULL`];
    case 'closed':
      return [shown, reviewedSql`r."closedAt" IS NOT NULL`];
    case 'unanswered':
      return [shown, reviewedSql`r."answeredAt" IS NULL`];
    case 'answered':
      return [shown, reviewedSql`r."answeredAt" IS NOT NULL`];
    case 'overdue':
      return [shown, reviewedSql`r."answeredAt" IS NULL`, reviewedSql`r."answerDueAt" <= ${now}`];
    case 'held':
      return [shown, reviewedSql`r."held"`];
    case 'hidden':
      return [reviewedSql`r."hiddenAt" IS NOT NULL`];
  }
}

/** The columns a visibility condition reads, of a topic (r) or of a reply (b): both have the same four. */
type Owned = { unitId: Prisma.Sql; hiddenAt: Prisma.Sql; held: Prisma.Sql; authorId: Prisma.Sql };
const topicColumns: Owned = {
  unitId: reviewedSql`r."unitId"`,
  hiddenAt: reviewedSql`r."hiddenAt"`,
  held: reviewedSql`r."held"`,
  authorId: reviewedSql`r."authorId"`,
};
const replyColumns: Owned = {
  unitId: reviewedSql`b."unitId"`,
  hiddenAt: reviewedSql`b."hiddenAt"`,
  held: reviewedSql`b."held"`,
  authorId: reviewedSql`b."authorId"`,
};

/**
 * What the viewer reads of rows in `within` (their post scope, or a subtree of it), as board-scope's visibleWhere
 * says: everything in the units they moderate, elsewhere what is neither hidden nor held and their own held rows.
 * Undefined when they moderate every unit there: then nothing is left out.
 */
function visibleTo({ scope, userId }: Viewer, within: string | undefined, c: Owned): Prisma.Sql | undefined {
  if (scope.roots('mailbox.post', within).every((root) => scope.covers('mailbox.moderate', root))) return undefined;
  const member = reviewedSql`(${c.hiddenAt} IS NULL AND (NOT ${c.held} OR ${c.authorId} = ${userId}))`;
  const moderated = scope.roots('mailbox.moderate', within);
  if (!moderated.length) return member;
  return reviewedSql`(${member} OR ${c.unitId} IN (SELECT m."id" FROM "Unit" m WHERE ${inSubtrees(reviewedSql`m."path"`, moderated)}))`;
}

/**
 * The topics a filter names as the viewer reads them (the caller's scope is added by scopedPage), in its order. The
 * caller's own topics (`author: 'me'`, the session's user) are picked on the list's indexes, which end with authorId:
 * each entry is kept or passed over on the index, as a member's visibility is, without reading the topic's row.
 */
export function topicSource(viewer: Viewer, within: string | undefined, filter: TopicFilter, now: Date): PageSource {
  const visible = visibleTo(viewer, within, topicColumns);
  return {
    table,
    where: [
      ...stateConditions(filter.state, now),
      ...(filter.author === 'me' ? [reviewedSql`r."authorId" = ${viewer.userId}`] : []),
      ...(filter.q ? [reviewedSql`r."title" LIKE ${`%${literalContains(filter.q)}%`}`] : []),
      ...(visible ? [visible] : []),
    ],
    leading: reviewedSql`r."pinned"`,
    key: reviewedSql`r."lastPostAt"`,
    order: 'desc',
  };
}

/** A topic as the page statement reads it (instants as ISO text). */
export type ListedTopic = {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  authorName: string;
  createdAt: string;
  lastPostAt: string;
  answerDays: number;
  answerDueDate: string;
  answerDueAt: string;
  answerDueSoonAt: string;
  answeredAt: string | null;
  pinned: boolean;
  closedAt: string | null;
  held: boolean;
  hiddenAt: string | null;
  /** A count: a number or a bigint, depending on the database and the path (read it with Number()). */
  replies: unknown;
};

/**
 * What the list shows of each topic (never its body), its unit's and author's names, and the replies the viewer
 * reads, counted in the same statement. A reply is its topic's unit's, so the topic's subtree is the reply's.
 */
export function listedTopics(viewer: Viewer, within: string | undefined): PageRows<ListedTopic, ListedTopic> {
  const visible = visibleTo(viewer, within, replyColumns);
  const replies = visible
    ? reviewedSql`(SELECT count(*) FROM "BoardPost" b WHERE b."topicId" = r."id" AND ${visible})`
    : reviewedSql`(SELECT count(*) FROM "BoardPost" b WHERE b."topicId" = r."id")`;
  return {
    columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", n."name" AS "unitName", r."title" AS "title", a."displayName" AS "authorName", r."createdAt" AS "createdAt", r."lastPostAt" AS "lastPostAt", r."answerDays" AS "answerDays", r."answerDueDate" AS "answerDueDate", r."answerDueAt" AS "answerDueAt", r."answerDueSoonAt" AS "answerDueSoonAt", r."answeredAt" AS "answeredAt", r."pinned" AS "pinned", r."closedAt" AS "closedAt", r."held" AS "held", r."hiddenAt" AS "hiddenAt", ${replies} AS "replies"`,
    joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" JOIN "User" a ON a."id" = r."authorId"`,
    item: ([row]) => row as ListedTopic,
  };
}
