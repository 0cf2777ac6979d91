// Hardship reductions and waivers: the member's branch proposes one (after the branch's discussion) for some months,
// the unit above decides it. Approved, it reduces each month already assessed at once (a `reduction` entry booked in
// the branch's books, once per month by its once-key) and each month assessed later as it is assessed.
import { type Actor, AppError, checkedSubtree, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { decideHardshipInput, proposeHardshipInput } from '../dues-schemas';
import { appendEntries, type HeldBooks, holdBooks, type NewEntry, writtenOnce } from '../ledger/append-entries';
import { duesMessage } from '../locales';
import { duesMemberInScope } from '../members/dues-member';
import { hardshipMonths, parentPath, reductionOf } from './hardship-rules';

const notFound = () => new AppError('NOT_FOUND', duesMessage('hardshipNotFound'));
const label = (memberName: string, from: string, to: string) => `${memberName} ${from}~${to}`;

export async function proposeHardship(tx: Tx, actor: Actor, input: z.output<typeof proposeHardshipInput>) {
  const member = await duesMemberInScope(tx, actor.scope, 'dues.record', input.memberId);
  if (!hardshipMonths(input.fromMonth, input.toMonth))
    throw new AppError('BAD_REQUEST', duesMessage('hardshipSpan'), {}, 'toMonth');
  const open = await tx.duesHardship.findFirst({
    where: {
      memberId: member.id,
      ...actor.scope.ownedWhere('dues.record'),
      state: { in: ['proposed', 'approved'] },
      fromMonth: { lte: input.toMonth },
      toMonth: { gte: input.fromMonth },
    },
    select: { fromMonth: true, toMonth: true },
  });
  if (open)
    throw new AppError(
      'CONFLICT',
      duesMessage('hardshipOverlaps'),
      { from: open.fromMonth, to: open.toMonth },
      'fromMonth',
    );
  const row = await tx.duesHardship.create({
    data: {
      unitId: member.unitId,
      memberId: member.id,
      fromMonth: input.fromMonth,
      toMonth: input.toMonth,
      payFen: input.payFen,
      reason: input.reason,
      proposedById: actor.actorId,
      proposedAt: actor.now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'dues.hardshipPropose',
    entity: 'DuesHardship',
    entityId: row.id,
    label: label(member.name, input.fromMonth, input.toMonth),
    after: { fromMonth: input.fromMonth, toMonth: input.toMonth, payFen: input.payFen, reason: input.reason },
  });
  return { id: row.id };
}

export async function decideHardship(tx: Tx, actor: Actor, input: z.output<typeof decideHardshipInput>) {
  const hardship = await tx.duesHardship.findFirst({
    where: { id: input.id, ...actor.scope.ownedWhere('dues.approve') },
    include: { member: { select: { name: true } }, unit: { select: { path: true } } },
  });
  if (!hardship) throw notFound();
  const parent = parentPath(hardship.unit.path);
  if (parent === null || !actor.scope.covers('dues.approve', parent))
    throw new AppError('FORBIDDEN', duesMessage('approveOneLevelUp'));
  const state = input.approve ? 'approved' : 'declined';
  const { count } = await tx.duesHardship.updateMany({
    where: { id: hardship.id, state: 'proposed', ...actor.scope.ownedWhere('dues.approve') },
    data: { state, decidedById: actor.actorId, decidedAt: actor.now, answer: input.answer },
  });
  if (count !== 1) throw new AppError('CONFLICT', duesMessage('hardshipDecided'));
  let reduced = 0;
  if (input.approve) {
    const unit = await unitInScope(tx, actor.scope, 'dues.approve', hardship.unitId);
    const books = await holdBooks(tx, unit);
    reduced = await reduceAssessed(tx, books, actor, [{ ...hardship, state }]);
  }
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: hardship.unitId,
    action: 'dues.hardshipDecide',
    entity: 'DuesHardship',
    entityId: hardship.id,
    label: label(hardship.member.name, hardship.fromMonth, hardship.toMonth),
    before: { state: 'proposed' },
    after: { state, answer: input.answer, reduced },
  });
  return { id: hardship.id, state, reduced };
}

type Approved = { id: number; memberId: number; fromMonth: string; toMonth: string; payFen: number; state: string };

/**
 * Writes the reduction of every month of the approved `hardships` that is assessed in the held books and not reduced
 * for them yet; returns how many. Run by the approval and by every assessment.
 */
export async function reduceAssessed(
  tx: Tx,
  books: HeldBooks,
  actor: Pick<Actor, 'actorId' | 'now'>,
  hardships: readonly Approved[],
): Promise<number> {
  const approved = hardships.filter((h) => h.state === 'approved');
  if (!approved.length) return 0;
  const months = [...new Set(approved.flatMap((h) => hardshipMonths(h.fromMonth, h.toMonth) ?? []))];
  const assessed = await tx.duesEntry.groupBy({
    by: ['memberId', 'month'],
    where: {
      unitId: books.unit.id,
      unit: checkedSubtree(books.unit),
      kind: 'assessment',
      memberId: { in: [...new Set(approved.map((h) => h.memberId))] },
      month: { in: months },
    },
    _sum: { amountFen: true },
  });
  const standing = new Map(assessed.map((a) => [`${a.memberId}:${a.month}`, a._sum.amountFen ?? 0]));
  const entries: NewEntry[] = [];
  const today = todayOf(actor);
  for (const h of approved)
    for (const month of hardshipMonths(h.fromMonth, h.toMonth) ?? []) {
      const fen = reductionOf(standing.get(`${h.memberId}:${month}`) ?? 0, h.payFen);
      if (fen > 0)
        entries.push({
          kind: 'reduction',
          memberId: h.memberId,
          month,
          amountFen: fen,
          on: today,
          reversesSeq: null,
          counterpartUnitId: null,
          receiptNo: null,
          note: '',
          onceKey: `r:${h.id}:${month}`,
        });
    }
  const done = await writtenOnce(
    tx,
    books,
    entries.map((e) => e.onceKey ?? ''),
  );
  const fresh = entries.filter((e) => !done.has(e.onceKey ?? ''));
  await appendEntries(tx, books, actor, fresh);
  return fresh.length;
}

/** The approved hardships of a branch's members that cover `month`. */
export const approvedIn = (tx: Tx, books: HeldBooks, month: string) =>
  tx.duesHardship.findMany({
    where: {
      unitId: books.unit.id,
      unit: checkedSubtree(books.unit),
      state: 'approved',
      fromMonth: { lte: month },
      toMonth: { gte: month },
    },
    select: { id: true, memberId: true, fromMonth: true, toMonth: true, payFen: true, state: true },
  });
