// The hour entries awaiting a decision in the caller's scope, grouped per activity in one statement: each group's
// size, when its oldest entry began to wait (written for pending, appealed for an appeal) and what marks its newest
// arrival, and per decision the oldest groups first with how many groups there are. Entries are read unit by unit
// through the (unitId, status, id) index's pending and appealed ranges, so the cost follows the entries waiting in
// scope, never the table.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

type Num = number | bigint | string;
/** A DateTime read through an aggregate: SQLite gives the stored text (no declared type to convert by). */
type Stamp = Date | string | number | null;

export type WaitingGroup = {
  status: string;
  activityId: number;
  title: string;
  /** The activity's unit: the approval page opens at it. */
  unitId: number;
  unitName: string;
  /** Entries of the activity in this state. */
  entries: Num;
  /** When the oldest of them began to wait: its creation, or its appeal. */
  since: Stamp;
  /** The newest entry's id (a new pending entry always has a higher one). */
  lastId: Num;
  /** The latest appeal (an appeal of an older entry is news too, though its id is lower). */
  lastAppealedAt: Stamp;
  /** How many activities have entries in this state in scope. */
  groups: Num;
};

/**
 * Per state (pending, appealed), the `limit` activities whose entries have waited longest, in the subtrees `roots`
 * (never empty), each with the activity's title, unit and unit name.
 */
export function waitingGroups(db: Db, roots: string[], limit: number) {
  const inScope = inSubtrees(reviewedSql`u."path"`, roots);
  return queryReviewed<WaitingGroup>(
    db,
    reviewedSql`WITH g AS MATERIALIZED (SELECT r."status" AS "status", r."activityId" AS "activityId", count(*) AS "entries", min(CASE WHEN r."status" = 'appealed' THEN COALESCE(r."appealedAt", r."createdAt") ELSE r."createdAt" END) AS "since", max(r."id") AS "lastId", max(r."appealedAt") AS "lastAppealedAt" FROM "Unit" u CROSS JOIN "HourEntry" r WHERE r."unitId" = u."id" AND (${inScope}) AND r."status" IN ('pending', 'appealed') GROUP BY r."status", r."activityId"), o AS MATERIALIZED (SELECT g."status" AS "status", g."activityId" AS "activityId", g."entries" AS "entries", g."since" AS "since", g."lastId" AS "lastId", g."lastAppealedAt" AS "lastAppealedAt", row_number() OVER (PARTITION BY g."status" ORDER BY g."since", g."activityId") AS "rank", count(*) OVER (PARTITION BY g."status") AS "groups" FROM g) SELECT o."status" AS "status", o."activityId" AS "activityId", a."title" AS "title", a."unitId" AS "unitId", n."name" AS "unitName", o."entries" AS "entries", o."since" AS "since", o."lastId" AS "lastId", o."lastAppealedAt" AS "lastAppealedAt", o."groups" AS "groups" FROM o JOIN "Activity" a ON a."id" = o."activityId" JOIN "Unit" n ON n."id" = a."unitId" WHERE o."rank" <= ${integerLiteral(limit)} ORDER BY o."status", o."rank"`,
  );
}
