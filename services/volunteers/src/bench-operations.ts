// The volunteers team's one-shot writes for `npm run bench -- --operations` (issue 12's figures), each through the
// gateway as the console calls it and beside its floor written by hand:
//  - `volunteers.hours.approve:1000`: the township admin approves a thousand of the township's pending entries in one
//    bulk approval (the most one takes; the fixture leaves the first township, the bench's, thousands pending at xl,
//    a few hundred at s: then all of them). The floor does the same writes as plain SQL: the entries' status, a
//    decision each, the two totals' grouped upserts, one audit entry (no scope check, no reading first). The ids are
//    read first with plain SQL (the queue's first thousand by id), inside the timed run.
import {
  instantLiteral,
  type OperationBenchCase,
  type OperationFloor,
  type OperationTools,
  subtreeParams,
} from '@strata/api';
import { volunteerLimits } from '@strata/contract';

const batch = volunteerLimits.bulkHours;

/**
 * The first `batch` pending entries of the caller's subtree, by id (what the approval queue lists first): a thousand at
 * xl, where the fixture leaves the bench's township thousands; fewer on a smaller database, none refused.
 */
async function pendingIds(read: OperationTools['read'], caller: OperationTools['caller']) {
  const rows = await read(
    `SELECT e."id" FROM "Unit" u JOIN "HourEntry" e ON e."unitId" = u."id"
      WHERE u."path" >= $1 AND u."path" < $2 AND e."status" = 'pending' ORDER BY e."id" LIMIT ${batch}`,
    subtreeParams(caller),
  );
  if (!rows.length) throw new Error(`bench: no pending entries under ${caller.unitPath} (npm run fixture)`);
  return rows.map((r) => Number(r.id));
}

const approveFloor: OperationFloor = async ({ caller, read, provider }) => {
  const pending = await pendingIds(read, caller);
  const ids = pending.join(', ');
  const count = pending.length;
  const now = instantLiteral(provider, new Date());
  return [
    `UPDATE "HourEntry" SET "status" = 'approved' WHERE "id" IN (${ids}) AND "status" IN ('pending', 'appealed')`,
    `INSERT INTO "HourDecision" ("hourEntryId", "action", "reason", "actorId", "at")
      SELECT e."id", 'approved', '', NULL, ${now} FROM "HourEntry" e WHERE e."id" IN (${ids})`,
    `INSERT INTO "HourTotal" ("unitId", "teamNo", "month", "minutes", "entries")
      SELECT e."unitId", e."teamNo", substr(e."servedOn", 1, 7), SUM(e."minutes"), COUNT(*) FROM "HourEntry" e
      WHERE e."id" IN (${ids}) GROUP BY e."unitId", e."teamNo", substr(e."servedOn", 1, 7)
      ON CONFLICT ("unitId", "teamNo", "month") DO UPDATE SET "minutes" = "HourTotal"."minutes" + excluded."minutes",
        "entries" = "HourTotal"."entries" + excluded."entries"`,
    `INSERT INTO "VolunteerServiceYear" ("volunteerId", "unitId", "year", "minutes")
      SELECT e."volunteerId", v."unitId", e."year", SUM(e."minutes") FROM "HourEntry" e
      JOIN "Volunteer" v ON v."id" = e."volunteerId" WHERE e."id" IN (${ids}) GROUP BY e."volunteerId", v."unitId", e."year"
      ON CONFLICT ("volunteerId", "year") DO UPDATE SET "minutes" = "VolunteerServiceYear"."minutes" + excluded."minutes"`,
    `INSERT INTO "AuditLog" ("at", "actorId", "unitId", "action", "entity", "entityId", "entityLabel", "labelUnitId")
      VALUES (${now}, NULL, ${caller.unitId}, 'hours.approve', 'HourEntry', 'batch:${count}', '${count} 条服务时长',
        ${caller.unitId})`,
  ];
};

export const volunteersBenchOperations: readonly OperationBenchCase[] = [
  {
    name: `volunteers.hours.approve:${batch}`,
    role: 'township',
    run: async ({ caller, call, read }) => {
      const ids = await pendingIds(read, caller);
      const done = (await call('volunteers.hours.approve', { ids }, 'mutation')) as {
        approved: number;
        minutes: number;
      };
      if (done.approved !== ids.length) throw new Error(`bench: approved ${done.approved} of ${ids.length}`);
      return { approved: done.approved, minutes: done.minutes };
    },
    floor: approveFloor,
  },
];
