// The board's figures for the statistics: per unit, the topics posted in a period, how many were answered and how
// many of those before their deadline, and how many still wait past it at `now`. Hidden topics (taken down by a
// moderator) count nowhere. One statement; counts come back as numbers on SQLite and as text (bigint) on
// PostgreSQL: callers read them with Number().
import { inSubtrees, queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Tx } from '@strata/db';

/** The period as instants, [start, end), the subtrees counted (unit paths, never empty) and the clock. */
export type BoardCounted = { start: Date; end: Date; roots: string[]; now: Date };

type Raw = string | number | bigint | null;
/** One unit's topics of the period; unanswered ones are `created` - `answered`. */
export type BoardSumRow = { unitId: Raw; created: Raw; answered: Raw; answeredOnTime: Raw; overdue: Raw };

/**
 * Per unit that has topics in the period. On time and overdue read as board-rules' `answerState` does: answered
 * before the due instant, or unanswered from it on.
 */
export function boardSums(db: Db | Tx, { start, end, roots, now }: BoardCounted) {
  // The subtrees' units by their paths, as the letters' statements name them, not a list of ids: each unit's topics
  // of the period are then one range of the (unitId, createdAt) index.
  return queryReviewed<BoardSumRow>(
    db,
    reviewedSql`SELECT t."unitId" AS "unitId", count(*) AS "created",
  count(*) FILTER (WHERE t."answeredAt" IS NOT NULL) AS "answered",
  count(*) FILTER (WHERE t."answeredAt" < t."answerDueAt") AS "answeredOnTime",
  count(*) FILTER (WHERE t."answeredAt" IS NULL AND t."answerDueAt" <= ${now}) AS "overdue"
  FROM "BoardTopic" t
  WHERE t."createdAt" >= ${start} AND t."createdAt" < ${end} AND t."hiddenAt" IS NULL
  AND t."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, roots)})
  GROUP BY t."unitId"`,
  );
}

/**
 * The first deadline of a shown topic still unanswered after `now`, anywhere (null when none is ahead): until then no
 * topic turns overdue. Read from the (answeredAt, hiddenAt, answerDueAt) index.
 */
export async function nextTopicDeadline(db: Db | Tx, now: Date): Promise<Date | null> {
  const [row] = await queryReviewed<{ next: Date | string | null }>(
    db,
    reviewedSql`SELECT min(t."answerDueAt") AS "next" FROM "BoardTopic" t WHERE t."answeredAt" IS NULL AND t."hiddenAt" IS NULL AND t."answerDueAt" > ${now}`,
  );
  return row?.next ? new Date(row.next) : null;
}
