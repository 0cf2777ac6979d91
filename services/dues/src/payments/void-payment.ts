// Taking a payment back (a receipt written in error): every ledger line of its receipt is reversed by a correction
// booked today, in an open month, naming the line; the receipt stays, marked reversed. Once.
import { type Actor, AppError, checkedSubtree, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { voidInput } from '../dues-schemas';
import { appendEntries, holdBooks } from '../ledger/append-entries';
import type { EntryKind } from '../ledger/entries';
import { duesMessage } from '../locales';

export async function voidPayment(tx: Tx, actor: Actor, input: z.output<typeof voidInput>) {
  const payment = await tx.duesPayment.findFirst({
    where: { id: input.id, ...actor.scope.ownedWhere('dues.record') },
    include: { member: { select: { name: true } } },
  });
  if (!payment) throw new AppError('NOT_FOUND', duesMessage('paymentNotFound'));
  const unit = await unitInScope(tx, actor.scope, 'dues.record', payment.unitId);
  const books = await holdBooks(tx, unit);
  const owned = { unitId: unit.id, unit: checkedSubtree(unit), receiptNo: payment.receiptNo };
  const [lines, corrections] = await Promise.all([
    tx.duesEntry.findMany({ where: { ...owned, reversesSeq: null }, orderBy: { seq: 'asc' } }),
    tx.duesEntry.count({ where: { ...owned, reversesSeq: { not: null } } }),
  ]);
  if (corrections > 0) throw new AppError('CONFLICT', duesMessage('paymentVoided'));
  const today = todayOf(actor);
  const written = await appendEntries(
    tx,
    books,
    actor,
    lines.map((line) => ({
      kind: line.kind as EntryKind,
      memberId: line.memberId,
      month: line.month,
      amountFen: -line.amountFen,
      on: today,
      reversesSeq: line.seq,
      counterpartUnitId: null,
      receiptNo: line.receiptNo,
      note: input.note,
    })),
  );
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.void',
    entity: 'DuesPayment',
    entityId: payment.id,
    label: `${payment.receiptNo} ${payment.member.name}`,
    after: { receiptNo: payment.receiptNo, amountFen: -payment.amountFen, entries: written.length },
  });
  return { id: payment.id, entries: written.length };
}
