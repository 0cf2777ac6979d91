// Closing a unit's month: once it has ended, in order (the month after the last one closed, or any ended month for
// a unit that never closed one), under the unit's held books so no entry slips in beside it. From then on only
// entries booked in a later month change the unit's totals.
import { type Actor, AppError, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { closeInput } from '../dues-schemas';
import { duesMessage } from '../locales';
import { monthNumber, monthText } from '../rules/member-month';
import { holdBooks } from './append-entries';

export async function closeMonth(tx: Tx, actor: Actor, input: z.output<typeof closeInput>) {
  const unit = await unitInScope(tx, actor.scope, 'dues.record', input.unitId);
  const books = await holdBooks(tx, unit);
  if (input.month >= todayOf(actor).slice(0, 7)) throw new AppError('CONFLICT', duesMessage('closeNotPast'));
  if (books.closedThrough !== null) {
    if (input.month <= books.closedThrough)
      throw new AppError('CONFLICT', duesMessage('closedAlready'), { month: input.month });
    const next = monthText(monthNumber(books.closedThrough) + 1);
    if (input.month !== next) throw new AppError('CONFLICT', duesMessage('closeOutOfOrder'), { month: next });
  }
  const close = await tx.duesMonthClose.create({
    data: { unitId: unit.id, month: input.month, closedById: actor.actorId, closedAt: actor.now, note: input.note },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.close',
    entity: 'DuesMonthClose',
    entityId: close.id,
    label: `${unit.name} ${input.month}`,
    after: { month: input.month },
  });
  return { month: input.month };
}
