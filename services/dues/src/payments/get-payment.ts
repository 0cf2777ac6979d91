// A payment as its receipt prints it: the unit, the member, the months and amounts, who paid and who recorded it, and
// whether it was taken back (its ledger lines reversed).
import { AppError, checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import { z } from 'zod';
import type { receipt } from '../dues-schemas';
import { duesMessage } from '../locales';
import { recorderName } from './payment-names.sql';

const lines = z.array(z.object({ month: z.string(), fen: z.number().int() }));

export async function getPayment(db: Db, scope: Scope, id: number): Promise<z.output<typeof receipt>> {
  const payment = await db.duesPayment.findFirst({
    where: { id, ...scope.ownedWhere('dues.read') },
    include: { member: { select: { name: true } } },
  });
  if (!payment) throw new AppError('NOT_FOUND', duesMessage('paymentNotFound'));
  const unit = await unitInScope(db, scope, 'dues.read', payment.unitId);
  const [taken, actorName] = await Promise.all([
    db.duesEntry.count({
      where: { unitId: unit.id, unit: checkedSubtree(unit), receiptNo: payment.receiptNo, reversesSeq: { not: null } },
    }),
    recorderName(db, payment.actorId),
  ]);
  return {
    id: payment.id,
    receiptNo: payment.receiptNo,
    unitId: unit.id,
    unitName: unit.name,
    memberId: payment.memberId,
    memberName: payment.member.name,
    amountFen: payment.amountFen,
    extraFen: payment.extraFen,
    lines: lines.parse(JSON.parse(payment.lines)),
    paidOn: payment.paidOn,
    payer: payment.payer === 'proxy' ? 'proxy' : 'self',
    proxyName: payment.proxyName,
    recordedBy: actorName,
    note: payment.note,
    reversed: taken > 0,
  };
}
