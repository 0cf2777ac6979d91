// Assessing a month: for a branch (or group), or for every branch and group of a township's or the municipality's
// subtree, each in its own held books. Every paying member admitted by then owes what the rules in force in the month
// make of the base they declared for it. Idempotent: under the branch's held books, a member whose month carries an
// assessment that stands (not corrected away) is left as it is, and each assessment has its once-key (member, month,
// how many were written before), so a retry or a second run at once writes nothing more. Members without a base for
// the month are named, not assessed; the month cannot lie ahead of the current one.
import { type Actor, AppError, type CheckedUnit, checkedSubtree, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { DuesCategory } from '@strata/contract';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { assessInput } from '../dues-schemas';
import { approvedIn, reduceAssessed } from '../hardship/hardship';
import { appendEntries, holdBooks, type NewEntry, writtenOnce } from '../ledger/append-entries';
import { duesMessage } from '../locales';
import { admittedMonth, duesMemberColumns, payingStages, payingStatuses } from '../members/dues-member';
import { dueFor } from '../rules/member-month';
import { loadRuleSets } from '../rules/rule-sets';

export const assessedUnitKinds = new Set(['branch', 'group']);

type Assessed = {
  /** Months reduced by an approved hardship. */
  reduced: number;
  assessed: number;
  assessedFen: number;
  already: number;
  missingBase: { id: number; name: string; unitId: number }[];
};

export async function assessMonth(tx: Tx, actor: Actor, input: z.output<typeof assessInput>) {
  const unit = await unitInScope(tx, actor.scope, 'dues.record', input.unitId);
  const today = todayOf(actor);
  if (input.month > today.slice(0, 7)) throw new AppError('CONFLICT', duesMessage('monthAhead'));
  const branches = assessedUnitKinds.has(unit.kind)
    ? [unit]
    : await tx.unit.findMany({
        where: {
          // The subtree of a unit where the caller keeps the books: every unit in it is theirs too.
          ...checkedSubtree(unit),
          kind: { in: [...assessedUnitKinds] },
          archivedAt: null,
        },
        orderBy: { path: 'asc' },
      });
  if (!branches.length) throw new AppError('CONFLICT', duesMessage('assessUnitKind'));
  const ruleSets = await loadRuleSets(tx);
  const sum: Assessed = { reduced: 0, assessed: 0, assessedFen: 0, already: 0, missingBase: [] };
  for (const branch of branches) {
    const one = await assessBranch(tx, actor, branch as CheckedUnit, input.month, ruleSets);
    sum.assessed += one.assessed;
    sum.assessedFen += one.assessedFen;
    sum.already += one.already;
    sum.reduced += one.reduced;
    sum.missingBase.push(...one.missingBase);
  }
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.assess',
    entity: 'DuesEntry',
    entityId: `${unit.id}:${input.month}`,
    label: `${unit.name} ${input.month}`,
    after: { month: input.month, units: branches.length, members: sum.assessed, amountFen: sum.assessedFen },
  });
  return { month: input.month, units: branches.length, ...sum };
}

/** One branch's month, under its held books. */
async function assessBranch(
  tx: Tx,
  actor: Actor,
  unit: CheckedUnit,
  month: string,
  ruleSets: Awaited<ReturnType<typeof loadRuleSets>>,
): Promise<Assessed> {
  const today = todayOf(actor);
  const books = await holdBooks(tx, unit);
  const members = await tx.member.findMany({
    where: {
      unitId: unit.id,
      ...actor.scope.ownedWhere('dues.record'),
      stage: { in: [...payingStages] },
      status: { in: [...payingStatuses] },
      probationaryOn: { not: null, lt: `${month}-32` },
    },
    select: {
      ...duesMemberColumns,
      duesBases: { select: { effectiveFrom: true, category: true, baseFen: true, setFen: true } },
    },
    orderBy: { id: 'asc' },
  });
  const ids = members.map((m) => m.id);
  // Each member's assessments of the month so far: how many were written, and what stands after corrections.
  const written = await tx.duesEntry.groupBy({
    by: ['memberId'],
    where: { unitId: unit.id, unit: checkedSubtree(unit), kind: 'assessment', month, memberId: { in: ids } },
    _sum: { amountFen: true },
    _count: { _all: true },
  });
  const stands = new Map(written.map((w) => [w.memberId, w._sum.amountFen ?? 0]));
  const writes = new Map(written.map((w) => [w.memberId, w._count._all]));
  const entries: NewEntry[] = [];
  const missingBase: Assessed['missingBase'] = [];
  let already = 0;
  for (const member of members) {
    if ((stands.get(member.id) ?? 0) > 0) {
      already++;
      continue;
    }
    const bases = member.duesBases.map((b) => ({ ...b, category: b.category as DuesCategory }));
    const due = dueFor(month, { admittedMonth: admittedMonth(member), bases }, ruleSets);
    if (due.due === null) {
      if (due.why === 'noBase') missingBase.push({ id: member.id, name: member.name, unitId: unit.id });
      continue;
    }
    if (due.due <= 0) continue;
    entries.push({
      kind: 'assessment',
      memberId: member.id,
      month,
      amountFen: due.due,
      on: today,
      reversesSeq: null,
      counterpartUnitId: null,
      receiptNo: null,
      note: '',
      onceKey: `a:${member.id}:${month}:${writes.get(member.id) ?? 0}`,
    });
  }
  const done = await writtenOnce(
    tx,
    books,
    entries.map((e) => e.onceKey ?? ''),
  );
  const fresh = entries.filter((e) => !done.has(e.onceKey ?? ''));
  await appendEntries(tx, books, actor, fresh);
  const reduced = await reduceAssessed(tx, books, actor, await approvedIn(tx, books, month));
  return {
    reduced,
    assessed: fresh.length,
    assessedFen: fresh.reduce((sum, e) => sum + e.amountFen, 0),
    already: already + (entries.length - fresh.length),
    missingBase,
  };
}
