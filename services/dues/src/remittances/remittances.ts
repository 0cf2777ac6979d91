// Remitting dues up the tree: a unit sends its parent what it collected for a month (a `remittanceOut` entry in its
// books naming the parent), once per month; the parent confirms what it received (a `remittanceIn` entry in its own
// books naming the sender), once. The two sides are reconciled in the parent's report; a difference stays visible.
import { type Actor, AppError, fieldError, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { receiveInput, remitInput } from '../dues-schemas';
import { appendEntries, holdBooks } from '../ledger/append-entries';
import { duesMessage } from '../locales';

const notFound = () => new AppError('NOT_FOUND', duesMessage('remittanceNotFound'));

export async function remit(tx: Tx, actor: Actor, input: z.output<typeof remitInput>) {
  const unit = await unitInScope(tx, actor.scope, 'dues.record', input.unitId);
  if (unit.parentId === null) throw new AppError('CONFLICT', duesMessage('remittanceNoParent'));
  const today = todayOf(actor);
  if (input.period >= today.slice(0, 7)) throw fieldError('period', duesMessage('periodAhead'));
  if (input.sentOn > today) throw fieldError('sentOn', duesMessage('dayAhead'));
  const books = await holdBooks(tx, unit);
  const taken = await tx.duesRemittance.findFirst({
    where: { unitId: unit.id, period: input.period, ...actor.scope.ownedWhere('dues.record') },
    select: { id: true },
  });
  if (taken) throw fieldError('period', duesMessage('remittanceTaken'), { period: input.period });
  const [entry] = await appendEntries(tx, books, actor, [
    {
      kind: 'remittanceOut',
      memberId: null,
      month: input.period,
      amountFen: input.amountFen,
      on: input.sentOn,
      reversesSeq: null,
      counterpartUnitId: unit.parentId,
      receiptNo: null,
      note: input.note,
      onceKey: `ro:${unit.id}:${input.period}`,
    },
  ]);
  const row = await tx.duesRemittance.create({
    data: {
      unitId: unit.id,
      toUnitId: unit.parentId,
      period: input.period,
      amountFen: input.amountFen,
      sentOn: input.sentOn,
      sentById: actor.actorId,
      sentSeq: entry?.seq ?? 0,
      note: input.note,
      createdAt: actor.now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.remit',
    entity: 'DuesRemittance',
    entityId: row.id,
    label: `${unit.name} ${input.period}`,
    after: { period: input.period, amountFen: input.amountFen, toUnitId: unit.parentId },
  });
  return { id: row.id };
}

export async function receiveRemittance(tx: Tx, actor: Actor, input: z.output<typeof receiveInput>) {
  const remittance = await tx.duesRemittance.findFirst({
    where: { id: input.id, ...actor.scope.ownedWhere('dues.record') },
    include: { unit: { select: { name: true } } },
  });
  if (!remittance) throw notFound();
  // The receiver's books: a caller whose grant reaches only the sender answers as for a missing remittance.
  const receiver = await unitInScope(tx, actor.scope, 'dues.record', remittance.toUnitId).catch(() => {
    throw notFound();
  });
  if (remittance.receivedSeq !== null) throw new AppError('CONFLICT', duesMessage('remittanceReceived'));
  if (input.receivedOn > todayOf(actor)) throw fieldError('receivedOn', duesMessage('dayAhead'));
  const books = await holdBooks(tx, receiver);
  const [entry] = await appendEntries(tx, books, actor, [
    {
      kind: 'remittanceIn',
      memberId: null,
      month: remittance.period,
      amountFen: input.receivedFen,
      on: input.receivedOn,
      reversesSeq: null,
      counterpartUnitId: remittance.unitId,
      receiptNo: null,
      note: input.note,
      onceKey: `ri:${remittance.id}`,
    },
  ]);
  const { count } = await tx.duesRemittance.updateMany({
    where: { id: remittance.id, receivedSeq: null, ...actor.scope.ownedWhere('dues.record') },
    data: {
      receivedFen: input.receivedFen,
      receivedOn: input.receivedOn,
      receivedById: actor.actorId,
      receivedSeq: entry?.seq ?? 0,
    },
  });
  if (count !== 1) throw new AppError('CONFLICT', duesMessage('remittanceReceived'));
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: receiver.id,
    action: 'dues.receive',
    entity: 'DuesRemittance',
    entityId: remittance.id,
    label: `${remittance.unit.name} ${remittance.period}`,
    after: { period: remittance.period, amountFen: remittance.amountFen, receivedFen: input.receivedFen },
  });
  return { id: remittance.id };
}
