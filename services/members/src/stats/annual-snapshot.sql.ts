// The annual snapshot's statements: writing a year's rows, once, in one INSERT ... SELECT over the registry, and
// counting the standard tables from them for a unit's subtree. Both databases say each of them the same way: ages and
// years of membership from the YYYY-MM-DD text columns, booleans as TRUE/FALSE (SQLite stores 1/0).

import { inSubtrees, joinReviewed, queryReviewed, reviewedSql, valueList } from '@strata/api';
import { activeMemberStatuses, memberEducations, memberGenders, memberOccupations } from '@strata/contract';
import type { Db, Prisma, Tx } from '@strata/db';
import { ageBounds, leftStatuses, yearBounds } from './member-bands';
import { countsWhere, dayWithin, type Raw } from './member-figures.sql';

/**
 * Whole years from the day in `column` to `day`: the difference of their years, less one while the column's month and
 * day come later in the year than `day`'s (member-bands.ts counts the same way with its cutoffs).
 */
const wholeYearsTo = (column: Prisma.Sql, day: string) =>
  reviewedSql`(CAST(${Number(day.slice(0, 4))} AS INTEGER) - CAST(substr(${column}, 1, 4) AS INTEGER) - CASE WHEN substr(${column}, 6, 5) > ${day.slice(5)} THEN 1 ELSE 0 END)`;

/** What a year's snapshot stands on: the year's first and last day, and the first instant after it. */
export type SnapshotDay = { snapshotId: number; first: string; day: string; after: Date };

/**
 * Writes the year's rows: everyone on the registry on the day, as they were then. A member counts when some step was
 * reached by the day (the stage then is the last step dated on or before it: those who joined later are not counted)
 * and they were still on the registry on it, or left it during the year (counted with `left`, under the status they
 * left with); those who left after the day count as they were. Their unit is the one that held them on the day: the
 * current one, unless a transfer confirmed after the day moved them, when it is the sender of the earliest such. A
 * member is floating on the day when an attachment was open on it. The rows go in by unit, so each unit's lie together
 * and the tables, which read a subtree unit by unit, read them in one run each (the municipality's: a third of the
 * time it took in the registry's order, at 100,000 members). Returns how many rows it wrote.
 */
export function insertSnapshotRows(tx: Tx, { snapshotId, first, day, after }: SnapshotDay): Promise<number> {
  const leftInYear = dayWithin(reviewedSql`d."leftOn"`, first, day);
  const stageOnDay = reviewedSql`CASE WHEN m."fullOn" <= ${day} THEN 'full' WHEN m."probationaryOn" <= ${day} THEN 'probationary' WHEN m."candidateOn" <= ${day} THEN 'candidate' WHEN m."activistOn" <= ${day} THEN 'activist' WHEN m."appliedOn" <= ${day} THEN 'applicant' END`;
  const floatingOnDay = reviewedSql`EXISTS (SELECT 1 FROM "FloatingAttachment" f WHERE f."memberId" = d."id" AND f."startedOn" <= ${day} AND (f."endedOn" IS NULL OR f."endedOn" > ${day}))`;
  return tx.$executeRaw(
    reviewedSql`INSERT INTO "AnnualSnapshotMember" ("snapshotId", "unitId", "memberId", "stage", "status", "gender", "ethnicity", "education", "occupation", "age", "memberYears", "admitted", "converted", "left")
SELECT CAST(${snapshotId} AS INTEGER), COALESCE(moved."unitId", d."unitId"), d."id", d."stageOnDay",
  CASE WHEN ${leftInYear} THEN d."status" WHEN ${floatingOnDay} THEN 'floating' ELSE 'active' END,
  d."gender", d."ethnicity", d."education", d."occupation",
  ${wholeYearsTo(reviewedSql`d."birthDate"`, day)},
  CASE WHEN d."probationaryOn" <= ${day} THEN ${wholeYearsTo(reviewedSql`d."probationaryOn"`, day)} END,
  CASE WHEN ${dayWithin(reviewedSql`d."probationaryOn"`, first, day)} THEN TRUE ELSE FALSE END,
  CASE WHEN ${dayWithin(reviewedSql`d."fullOn"`, first, day)} THEN TRUE ELSE FALSE END,
  CASE WHEN ${leftInYear} THEN TRUE ELSE FALSE END
FROM (SELECT m."id" AS "id", m."unitId" AS "unitId", m."status" AS "status", m."gender" AS "gender", m."ethnicity" AS "ethnicity", m."education" AS "education", m."occupation" AS "occupation", m."birthDate" AS "birthDate", m."probationaryOn" AS "probationaryOn", m."fullOn" AS "fullOn", m."leftOn" AS "leftOn", ${stageOnDay} AS "stageOnDay" FROM "Member" m) d
LEFT JOIN (SELECT t."memberId" AS "memberId", t."unitId" AS "unitId", row_number() OVER (PARTITION BY t."memberId" ORDER BY t."decidedAt", t."id") AS "n" FROM "Transfer" t WHERE t."state" = 'confirmed' AND t."decidedAt" >= ${after}) moved ON moved."memberId" = d."id" AND moved."n" = 1
WHERE d."stageOnDay" IS NOT NULL AND ((d."leftOn" IS NULL AND d."status" IN (${valueList(activeMemberStatuses)})) OR d."leftOn" >= ${first})
ORDER BY 2, 3`,
  );
}

/** The snapshot's rows of the subtree at `path`. */
const rowOf = (snapshotId: number, path: string) =>
  reviewedSql`r."snapshotId" = ${snapshotId} AND r."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtrees(reviewedSql`u."path"`, [path])})`;

export type SnapshotStageRow = {
  unitId: Raw;
  stage: string;
  members: Raw;
  admitted: Raw;
  converted: Raw;
  left: Raw;
};

/** Per unit and stage: the members on the registry on the day, and those admitted, converted and left in the year. */
export function snapshotByUnitStage(db: Db, snapshotId: number, path: string) {
  return queryReviewed<SnapshotStageRow>(
    db,
    reviewedSql`SELECT r."unitId" AS "unitId", r."stage" AS "stage", count(*) FILTER (WHERE NOT r."left") AS "members", count(*) FILTER (WHERE r."admitted") AS "admitted", count(*) FILTER (WHERE r."converted") AS "converted", count(*) FILTER (WHERE r."left") AS "left" FROM "AnnualSnapshotMember" r WHERE ${rowOf(snapshotId, path)} GROUP BY r."unitId", r."stage"`,
  );
}

/** One count per bound: how many have `column` at most it (and `also` holding), as one text column. */
function countsAtMost(column: Prisma.Sql, bounds: readonly number[], also: Prisma.Sql): Prisma.Sql {
  return joinReviewed(
    bounds.map((bound) => reviewedSql`count(*) FILTER (WHERE ${also} AND ${column} <= ${bound})`),
    reviewedSql` || ',' || `,
  );
}

export type SnapshotDimensionRow = {
  ethnicity: string;
  total: Raw;
  gender: Raw;
  education: Raw;
  occupation: Raw;
  ageAtMost: Raw;
  admitted: Raw;
  yearsAtMost: Raw;
  leftByStatus: Raw;
};

/** Per ethnic group: the members on the registry on the day by each other dimension, and those who left by status. */
export function snapshotByDimension(db: Db, snapshotId: number, path: string) {
  const onRegistry = reviewedSql`NOT r."left"`;
  return queryReviewed<SnapshotDimensionRow>(
    db,
    reviewedSql`SELECT r."ethnicity" AS "ethnicity", count(*) FILTER (WHERE ${onRegistry}) AS "total", ${countsWhere(reviewedSql`r."gender"`, memberGenders, onRegistry)} AS "gender", ${countsWhere(reviewedSql`r."education"`, memberEducations, onRegistry)} AS "education", ${countsWhere(reviewedSql`r."occupation"`, memberOccupations, onRegistry)} AS "occupation", ${countsAtMost(reviewedSql`r."age"`, ageBounds, onRegistry)} AS "ageAtMost", count(*) FILTER (WHERE ${onRegistry} AND r."memberYears" IS NOT NULL) AS "admitted", ${countsAtMost(reviewedSql`r."memberYears"`, yearBounds, onRegistry)} AS "yearsAtMost", ${countsWhere(reviewedSql`r."status"`, leftStatuses, reviewedSql`r."left"`)} AS "leftByStatus" FROM "AnnualSnapshotMember" r WHERE ${rowOf(snapshotId, path)} GROUP BY r."ethnicity"`,
  );
}
