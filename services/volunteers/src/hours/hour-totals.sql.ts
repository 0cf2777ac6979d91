// What an approval adds to the totals, in the approving transaction, set-based: two grouped upserts over the approved
// entries (named by one JSON parameter, the same statement for one entry or a thousand), never a call per entry.
//  - HourTotal (certifying unit, team, month served) += minutes and entries: the statistics' per-unit sums;
//  - VolunteerServiceYear (volunteer, year) += minutes, under the volunteer's own unit: who was active.
// INSERT ... SELECT ... ON CONFLICT DO UPDATE reads the same on SQLite (its WHERE settles the parse) and PostgreSQL.
// The entries were looked up and decided through the caller's scope first; these read only them.
import { queryReviewed, reviewedSql } from '@strata/api';
import { type Db, type Prisma, providerOfClient, type Tx } from '@strata/db';

/** The ids named by a JSON array parameter, as a subquery of integers. */
function idsOf(tx: Tx, ids: readonly number[]): Prisma.Sql {
  const json = JSON.stringify(ids);
  return providerOfClient(tx) === 'postgresql'
    ? reviewedSql`SELECT CAST(j."value" AS INTEGER) FROM json_array_elements_text(CAST(${json} AS JSON)) AS j("value")`
    : reviewedSql`SELECT j."value" FROM json_each(${json}) j`;
}

/** Adds the approved entries `ids` to the unit/team/month totals and to their volunteers' years. */
export async function addApprovedTotals(tx: Tx, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await tx.$executeRaw(
    reviewedSql`INSERT INTO "HourTotal" ("unitId", "teamNo", "month", "minutes", "entries") SELECT e."unitId", e."teamNo", substr(e."servedOn", 1, 7), SUM(e."minutes"), COUNT(*) FROM "HourEntry" e WHERE e."id" IN (${idsOf(tx, ids)}) GROUP BY e."unitId", e."teamNo", substr(e."servedOn", 1, 7) ON CONFLICT ("unitId", "teamNo", "month") DO UPDATE SET "minutes" = "HourTotal"."minutes" + excluded."minutes", "entries" = "HourTotal"."entries" + excluded."entries"`,
  );
  await tx.$executeRaw(
    reviewedSql`INSERT INTO "VolunteerServiceYear" ("volunteerId", "unitId", "year", "minutes") SELECT e."volunteerId", v."unitId", e."year", SUM(e."minutes") FROM "HourEntry" e JOIN "Volunteer" v ON v."id" = e."volunteerId" WHERE e."id" IN (${idsOf(tx, ids)}) GROUP BY e."volunteerId", v."unitId", e."year" ON CONFLICT ("volunteerId", "year") DO UPDATE SET "minutes" = "VolunteerServiceYear"."minutes" + excluded."minutes"`,
  );
}

export type DecisionStep = { action: string; reason: string; actorName: string | null; at: Date };

/** An entry's trail, oldest first, with the name of the account that took each step (read by join: any unit's). */
export function decisionsOf(db: Db | Tx, hourEntryId: number) {
  return queryReviewed<DecisionStep>(
    db,
    reviewedSql`SELECT d."action" AS "action", d."reason" AS "reason", a."displayName" AS "actorName", d."at" AS "at" FROM "HourDecision" d LEFT JOIN "User" a ON a."id" = d."actorId" WHERE d."hourEntryId" = ${hourEntryId} ORDER BY d."id"`,
  );
}
