// The dues team's one-shot runs for `npm run bench -- --operations` (issue 11's figures), in this order on one copy of
// the database, each through the gateway as the console calls it and beside its floor written by hand:
//  - `dues.ledger.verify`: a township admin verifies every chain of the township's subtree (target: <= 5 s at xl); the
//    floor reads the same entries and heads in unit and sequence order (no hashing: the ratio is the key's work and the
//    service's reading on top);
//  - `dues.ledger.assess:branch`: the branch secretary assesses the current month, which the fixture's books leave
//    open (they end last month); the floor inserts the same assessments in one INSERT ... SELECT with the rules of
//    2008 as a CASE and moves the heads (no hash chained, no check, no audit);
//  - `dues.ledger.assess:township`: the township admin assesses the current month for every branch below it (target:
//    <= 5 s at xl); the branch assessed just before counts as `already`.
import { instantLiteral, type OperationBenchCase, type OperationFloor, subtreeParams } from '@strata/api';
import { calendarDay } from '@strata/i18n/days';
import { chainStart } from './ledger/chain';
import { payingStages, payingStatuses } from './members/dues-member';

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;
const list = (values: readonly string[]) => values.map(text).join(', ');

const verifyFloor: OperationFloor = async ({ caller }) => {
  const [gte, lt] = subtreeParams(caller);
  const units = `SELECT u."id" FROM "Unit" u WHERE u."path" >= ${text(gte)} AND u."path" < ${text(lt)}`;
  return [
    `SELECT h."unitId", h."seq", h."hash" FROM "DuesChainHead" h WHERE h."unitId" IN (${units})`,
    `SELECT e."unitId", e."seq", e."kind", e."memberId", e."month", e."amountFen", e."on", e."reversesSeq",
      e."counterpartUnitId", e."receiptNo", e."actorId", e."note", e."at", e."prevHash", e."hash"
      FROM "DuesEntry" e WHERE e."unitId" IN (${units}) ORDER BY e."unitId", e."seq"`,
  ];
};

/**
 * The month's assessments of the caller's subtree by hand: every paying member of a branch admitted by the month, the
 * base in force then, what the rules of 2008 make of it (half up to the fen), numbered after the unit's head.
 */
const assessFloor: OperationFloor = async ({ caller, provider }) => {
  const [gte, lt] = subtreeParams(caller);
  const now = new Date();
  const today = calendarDay(now);
  const month = today.slice(0, 7);
  const [least, greatest] = provider === 'sqlite' ? ['MIN', 'MAX'] : ['LEAST', 'GREATEST'];
  const halfUp = (rate: string) => `(b."baseFen" * (${rate}) + 5000) / 10000`;
  const due = `CASE b."category"
      WHEN 'farmer' THEN COALESCE(${least}(100, ${greatest}(20, b."setFen")), 20)
      WHEN 'student' THEN 20
      WHEN 'retired' THEN ${halfUp(`CASE WHEN b."baseFen" <= 500000 THEN 50 ELSE 100 END`)}
      ELSE ${halfUp(`CASE WHEN b."baseFen" <= 300000 THEN 50 WHEN b."baseFen" <= 500000 THEN 100
        WHEN b."baseFen" <= 1000000 THEN 150 ELSE 200 END`)} END`;
  const inScope = `u."path" >= ${text(gte)} AND u."path" < ${text(lt)} AND u."kind" IN ('branch', 'group')`;
  return [
    `INSERT INTO "DuesEntry" ("unitId", "seq", "kind", "memberId", "month", "amountFen", "on", "actorId", "note", "at",
        "prevHash", "hash", "onceKey")
      SELECT m."unitId", COALESCE(h."seq", 0) + ROW_NUMBER() OVER (PARTITION BY m."unitId" ORDER BY m."id"), 'assessment',
        m."id", ${text(month)}, ${due}, ${text(today)}, NULL, '', ${text(now.toISOString())}, ${text(chainStart)},
        ${text(chainStart)}, 'floor:' || CAST(m."id" AS TEXT) || ':' || ${text(month)}
      FROM "Unit" u JOIN "Member" m ON m."unitId" = u."id"
        JOIN "DuesBase" b ON b."id" = (SELECT b2."id" FROM "DuesBase" b2 WHERE b2."memberId" = m."id"
          AND b2."effectiveFrom" <= ${text(month)} ORDER BY b2."effectiveFrom" DESC LIMIT 1)
        LEFT JOIN "DuesChainHead" h ON h."unitId" = m."unitId"
      WHERE ${inScope} AND m."stage" IN (${list(payingStages)}) AND m."status" IN (${list(payingStatuses)})
        AND m."probationaryOn" < ${text(`${month}-32`)}`,
    `UPDATE "DuesChainHead" SET "seq" = (SELECT MAX(e."seq") FROM "DuesEntry" e WHERE e."unitId" = "DuesChainHead"."unitId")
      WHERE "unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inScope})`,
    `INSERT INTO "AuditLog" ("at", "actorId", "unitId", "action", "entity", "entityId", "entityLabel", "labelUnitId")
      VALUES (${instantLiteral(provider, now)}, NULL, ${caller.unitId}, 'dues.assess', 'DuesEntry',
        ${text(`${caller.unitId}:${month}`)}, ${text(month)}, ${caller.unitId})`,
  ];
};

type Assessed = { units: number; assessed: number; already: number; missingBase: unknown[] };

const assess =
  (role: 'branch' | 'township'): OperationBenchCase['run'] =>
  async ({ caller, call }) => {
    const month = calendarDay(new Date()).slice(0, 7);
    const done = (await call('dues.ledger.assess', { unitId: caller.unitId, month }, 'mutation')) as Assessed;
    if (role === 'township' && done.units < 2) throw new Error('bench: assess took no township');
    return { units: done.units, assessed: done.assessed, already: done.already, missingBase: done.missingBase.length };
  };

export const duesBenchOperations: readonly OperationBenchCase[] = [
  {
    name: 'dues.ledger.verify',
    role: 'township',
    run: async ({ caller, call }) => {
      const verified = (await call('dues.ledger.verify', { unitId: caller.unitId, subtree: true }, 'query')) as {
        units: number;
        entries: number;
        broken: unknown[];
        ms: number;
      };
      if (verified.broken.length) throw new Error(`bench: ${verified.broken.length} broken chains`);
      return { units: verified.units, entries: verified.entries, serviceMs: verified.ms };
    },
    floor: verifyFloor,
  },
  { name: 'dues.ledger.assess:branch', role: 'branch', run: assess('branch'), floor: assessFloor },
  { name: 'dues.ledger.assess:township', role: 'township', run: assess('township'), floor: assessFloor },
];
