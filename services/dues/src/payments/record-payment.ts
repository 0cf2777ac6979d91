// Recording a payment: the member's own or by proxy, for the months named (a quarter ahead, arrears made up at most
// six months back) or the oldest owed first, in part or in full, with a receipt numbered in the unit's year. Under the
// member's branch's held books, so two officers paying for the same member at once are written one after the other
// (the second sees the first's lines), and the form's request key makes a payment sent again come back as the first.
import { type Actor, AppError, checkedSubtree, fieldError, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { paymentInput } from '../dues-schemas';
import { allocatePayment, type OwedMonth } from '../ledger/allocate';
import { appendEntries, holdBooks, type NewEntry } from '../ledger/append-entries';
import { leftOf } from '../ledger/member-months';
import { memberMonths } from '../ledger/member-months.sql';
import { duesMessage } from '../locales';
import { admittedMonth, duesMemberInScope, pays } from '../members/dues-member';
import { dueFor, payableIn } from '../rules/member-month';
import { loadRuleSets } from '../rules/rule-sets';
import { receiptNo } from './receipts';

/** The code a unit's receipts carry: its site code, or `u` and its number. */
export const receiptCode = (unit: { id: number; siteCode: string | null }) => unit.siteCode ?? `u${unit.id}`;

export async function recordPayment(tx: Tx, actor: Actor, input: z.output<typeof paymentInput>) {
  const member = await duesMemberInScope(tx, actor.scope, 'dues.record', input.memberId);
  const unit = await unitInScope(tx, actor.scope, 'dues.record', member.unitId);
  const books = await holdBooks(tx, unit);
  const owned = { unitId: unit.id, unit: checkedSubtree(unit) };
  const sent = await tx.duesPayment.findFirst({
    where: { ...owned, requestKey: input.requestKey },
    select: { id: true, receiptNo: true, memberId: true },
  });
  if (sent) {
    if (sent.memberId !== member.id) throw fieldError('requestKey', duesMessage('requestKeyTaken'));
    return { id: sent.id, receiptNo: sent.receiptNo };
  }
  if (!pays(member)) throw new AppError('CONFLICT', duesMessage('notPayer'));
  if (input.paidOn > todayOf(actor)) throw fieldError('paidOn', duesMessage('paidInFuture'));
  if (input.payer === 'proxy' && !input.proxyName) throw fieldError('proxyName', duesMessage('proxyNameRequired'));
  const current = input.paidOn.slice(0, 7);

  const lines = (await memberMonths(tx, unit, [member.id])).get(member.id) ?? new Map();
  const owed: OwedMonth[] = [...lines].map(([month, totals]) => ({ month, leftFen: leftOf(totals) }));
  // A month named that is not assessed yet (paying ahead) owes what its rules make of the base declared for it.
  const ruleSets = await loadRuleSets(tx);
  const bases = await tx.duesBase.findMany({
    where: { memberId: member.id },
    select: { effectiveFrom: true, category: true, baseFen: true, setFen: true },
  });
  for (const month of input.months ?? []) {
    if (lines.has(month) || !payableIn(current, month)) continue;
    const due = dueFor(month, { admittedMonth: admittedMonth(member), bases: bases as never }, ruleSets);
    if (due.due === null && due.why === 'noBase') throw fieldError('months', duesMessage('noBase'), { month });
    if (due.due) owed.push({ month, leftFen: due.due });
  }
  const allocation = allocatePayment(input.amountFen, owed, current, input.months);
  if (!allocation.ok)
    throw fieldError('months', duesMessage('outsideWindow'), { months: allocation.outsideWindow.join('、') });
  if (allocation.overFen > 0 && input.over === 'refuse')
    throw fieldError('amountFen', duesMessage(allocation.lines.length ? 'overpaid' : 'nothingOwed'), {
      over: allocation.overFen,
    });

  const year = Number(input.paidOn.slice(0, 4));
  const last = await tx.duesPayment.findFirst({
    where: { ...owned, year },
    orderBy: { receiptSeq: 'desc' },
    select: { receiptSeq: true },
  });
  const receiptSeq = (last?.receiptSeq ?? 0) + 1;
  const number = receiptNo(receiptCode(unit), year, receiptSeq);
  const line = (kind: 'payment' | 'extra', month: string, amountFen: number, i: number | 'x'): NewEntry => ({
    kind,
    memberId: member.id,
    month,
    amountFen,
    on: input.paidOn,
    reversesSeq: null,
    counterpartUnitId: null,
    receiptNo: number,
    note: input.note,
    onceKey: `p:${input.requestKey}:${i}`,
  });
  const entries = allocation.lines.map((l, i) => line('payment', l.month, l.fen, i));
  if (allocation.overFen > 0) entries.push(line('extra', current, allocation.overFen, 'x'));
  await appendEntries(tx, books, actor, entries);
  const payment = await tx.duesPayment.create({
    data: {
      unitId: unit.id,
      memberId: member.id,
      year,
      receiptSeq,
      receiptNo: number,
      amountFen: input.amountFen,
      extraFen: allocation.overFen,
      lines: JSON.stringify(allocation.lines),
      paidOn: input.paidOn,
      payer: input.payer,
      proxyName: input.payer === 'proxy' ? input.proxyName : '',
      requestKey: input.requestKey,
      actorId: actor.actorId,
      note: input.note,
      createdAt: actor.now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.pay',
    entity: 'DuesPayment',
    entityId: payment.id,
    label: `${number} ${member.name}`,
    after: { receiptNo: number, amountFen: input.amountFen, months: allocation.lines.map((l) => l.month) },
  });
  return { id: payment.id, receiptNo: number };
}
