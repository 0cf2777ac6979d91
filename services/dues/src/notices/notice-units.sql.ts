// The bell's dues news, one reviewed read per kind, grouped by unit in the statement (never a read per unit or per
// member): the branches whose members are six or more months behind, and the branches whose hardship requests await
// the caller's decision. Each is grouped by the unit whose collection list or reductions list the notice opens: the
// member's (or request's) own unit, or, for a group's, the branch holding the group when that branch is in reach, since
// a branch's list shows its groups' rows too. The roots are the caller's scope for the kind's permission.
import { inSubtrees, integerLiteral, queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db } from '@strata/db';
import { payingStages, payingStatuses } from '../members/dues-member';

/** A unit with members behind: how many, the latest month one of them left unpaid, and the most months one owes. */
export type ArrearsUnit = {
  unitId: number;
  unitName: string;
  members: number;
  latest: string;
  most: number;
  /** How many units have such members in all (every row carries it). */
  units: number;
};

/**
 * The units of the subtrees `roots` holding paying members behind on `threshold` or more months of the window
 * [`since`, `current`), the most members first, at most `limit`. A month is behind as the collection list reckons it
 * (arrearsIn): owed (assessed less reduced) more than paid, counting the member's unsettled months (`DuesUnsettledMonth`)
 * in the books of the subtree of the unit whose list the notice opens, so the count is the list's own `flagged` total
 * there. The subtree's test is left out for the months booked at the member's own unit (nearly all of them), which lie
 * in it anyway.
 */
export function arrearsUnits(
  db: Db,
  roots: string[],
  window: { since: string; current: string; threshold: number; limit: number },
) {
  const listed = reviewedSql`COALESCE(p."path", u."path")`;
  return queryReviewed<ArrearsUnit>(
    db,
    reviewedSql`SELECT g."unitId" AS "unitId", n."name" AS "unitName", g."members" AS "members", g."latest" AS "latest", g."most" AS "most", COUNT(*) OVER () AS "units" FROM (SELECT f."unitId" AS "unitId", COUNT(*) AS "members", MAX(f."latest") AS "latest", MAX(f."months") AS "most" FROM (SELECT b."memberId" AS "memberId", b."unitId" AS "unitId", COUNT(*) AS "months", MAX(b."month") AS "latest" FROM (SELECT m."id" AS "memberId", COALESCE(p."id", u."id") AS "unitId", o."month" AS "month" FROM "Unit" u JOIN "Member" m ON m."unitId" = u."id" LEFT JOIN "Unit" p ON p."id" = u."parentId" AND u."kind" = 'group' AND (${inSubtrees(reviewedSql`p."path"`, roots)}) JOIN "DuesUnsettledMonth" o ON o."memberId" = m."id" WHERE (${inSubtrees(reviewedSql`u."path"`, roots)}) AND m."status" IN (${valueList(payingStatuses)}) AND m."stage" IN (${valueList(payingStages)}) AND o."month" >= ${window.since} AND o."month" < ${window.current} AND (o."unitId" = u."id" OR EXISTS (SELECT 1 FROM "Unit" eu WHERE eu."id" = o."unitId" AND eu."path" >= ${listed} AND eu."path" < (SUBSTR(${listed}, 1, LENGTH(${listed}) - 1) || '0'))) GROUP BY m."id", COALESCE(p."id", u."id"), o."month" HAVING SUM(o."leftFen") > 0) b GROUP BY b."memberId", b."unitId" HAVING COUNT(*) >= ${window.threshold}) f GROUP BY f."unitId") g JOIN "Unit" n ON n."id" = g."unitId" ORDER BY g."members" DESC, g."most" DESC, n."path" ASC LIMIT ${integerLiteral(window.limit)}`,
  );
}

/** A unit with hardship requests awaiting the caller: how many, and the newest one (its id and when proposed). */
export type PendingHardshipUnit = {
  unitId: number;
  unitName: string;
  requests: number;
  latestId: number;
  latestAt: Date;
  /** How many units have such requests in all (every row carries it). */
  units: number;
};

/**
 * The units with proposed hardship requests the caller decides, one level up (decideHardship's rule): the request's
 * unit has its parent in the subtrees `approveRoots`. The longest waiting first, at most `limit`.
 */
export function pendingHardshipUnits(db: Db, approveRoots: string[], limit: number) {
  return queryReviewed<PendingHardshipUnit>(
    db,
    reviewedSql`SELECT g."unitId" AS "unitId", n."name" AS "unitName", g."requests" AS "requests", l."id" AS "latestId", l."proposedAt" AS "latestAt", COUNT(*) OVER () AS "units" FROM (SELECT r."unitId" AS "unitId", COUNT(*) AS "requests", MAX(r."id") AS "latestId", MIN(r."proposedAt") AS "oldest" FROM (SELECT CASE WHEN u."kind" = 'group' THEN p."id" ELSE u."id" END AS "unitId", h."id" AS "id", h."proposedAt" AS "proposedAt" FROM "DuesHardship" h JOIN "Unit" u ON u."id" = h."unitId" JOIN "Unit" p ON p."id" = u."parentId" WHERE h."state" = 'proposed' AND (${inSubtrees(reviewedSql`p."path"`, approveRoots)})) r GROUP BY r."unitId") g JOIN "Unit" n ON n."id" = g."unitId" JOIN "DuesHardship" l ON l."id" = g."latestId" ORDER BY g."oldest" ASC, n."path" ASC LIMIT ${integerLiteral(limit)}`,
  );
}
