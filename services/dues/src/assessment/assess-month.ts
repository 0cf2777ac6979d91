// Assessing a branch's month: every paying member admitted by then owes what the rules in force in the month make of
// the base they declared for it. Idempotent: under the branch's held books, a member whose month carries an
// assessment that stands (not corrected away) is left as it is, and each assessment has its once-key (member, month,
// how many were written before), so a retry or a second run at once writes nothing more. Members without a base for
// the month are named, not assessed; the month cannot lie ahead of the current one.
import { type Actor, AppError, checkedSubtree, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { assessInput } from '../dues-schemas';
import { appendEntries, holdBooks, type NewEntry, writtenOnce } from '../ledger/append-entries';
import { duesMessage } from '../locales';
import { admittedMonth, duesMemberColumns, payingStages, payingStatuses } from '../members/dues-member';
import { dueFor } from '../rules/member-month';
import { loadRuleSets } from '../rules/rule-sets';

export const assessedUnitKinds = new Set(['branch', 'group']);

export async function assessMonth(tx: Tx, actor: Actor, input: z.output<typeof assessInput>) {
  const unit = await unitInScope(tx, actor.scope, 'dues.record', input.unitId);
  if (!assessedUnitKinds.has(unit.kind)) throw new AppError('CONFLICT', duesMessage('assessUnitKind'));
  const today = todayOf(actor);
  if (input.month > today.slice(0, 7)) throw new AppError('CONFLICT', duesMessage('monthAhead'));
  const books = await holdBooks(tx, unit);
  const members = await tx.member.findMany({
    where: {
      unitId: unit.id,
      ...actor.scope.ownedWhere('dues.record'),
      stage: { in: [...payingStages] },
      status: { in: [...payingStatuses] },
      probationaryOn: { not: null, lt: `${input.month}-32` },
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
    where: {
      unitId: unit.id,
      unit: checkedSubtree(unit),
      kind: 'assessment',
      month: input.month,
      memberId: { in: ids },
    },
    _sum: { amountFen: true },
    _count: { _all: true },
  });
  const stands = new Map(written.map((w) => [w.memberId, w._sum.amountFen ?? 0]));
  const writes = new Map(written.map((w) => [w.memberId, w._count._all]));
  const ruleSets = await loadRuleSets(tx);
  const entries: NewEntry[] = [];
  const missingBase: { id: number; name: string }[] = [];
  let already = 0;
  for (const member of members) {
    if ((stands.get(member.id) ?? 0) > 0) {
      already++;
      continue;
    }
    const bases = member.duesBases.map((b) => ({ ...b, category: b.category as never }));
    const due = dueFor(input.month, { admittedMonth: admittedMonth(member), bases }, ruleSets);
    if (due.due === null) {
      if (due.why === 'noBase') missingBase.push({ id: member.id, name: member.name });
      continue;
    }
    if (due.due <= 0) continue;
    entries.push({
      kind: 'assessment',
      memberId: member.id,
      month: input.month,
      amountFen: due.due,
      on: today,
      reversesSeq: null,
      counterpartUnitId: null,
      receiptNo: null,
      note: '',
      onceKey: `a:${member.id}:${input.month}:${writes.get(member.id) ?? 0}`,
    });
  }
  const done = await writtenOnce(
    tx,
    books,
    entries.map((e) => e.onceKey ?? ''),
  );
  const fresh = entries.filter((e) => !done.has(e.onceKey ?? ''));
  await appendEntries(tx, books, actor, fresh);
  const assessedFen = fresh.reduce((sum, e) => sum + e.amountFen, 0);
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.assess',
    entity: 'DuesEntry',
    entityId: `${unit.id}:${input.month}`,
    label: `${unit.name} ${input.month}`,
    after: { month: input.month, members: fresh.length, amountFen: assessedFen },
  });
  return {
    month: input.month,
    assessed: fresh.length,
    assessedFen,
    reduced: 0,
    already: already + (entries.length - fresh.length),
    missingBase,
  };
}
