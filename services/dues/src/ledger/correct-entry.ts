// Correcting an entry: a reversing entry (same kind, member and dues month, the opposite amount) that names it,
// booked today, which must lie in an open month. The entry itself is never touched.
import { type Actor, AppError, checkedSubtree, recordAudit, todayOf, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { correctInput } from '../dues-schemas';
import { duesMessage } from '../locales';
import { appendEntries, holdBooks } from './append-entries';
import type { EntryKind } from './entries';

export async function correctEntry(tx: Tx, actor: Actor, input: z.output<typeof correctInput>) {
  const unit = await unitInScope(tx, actor.scope, 'dues.record', input.unitId);
  const books = await holdBooks(tx, unit);
  const original = await tx.duesEntry.findFirst({
    where: { unitId: unit.id, unit: checkedSubtree(unit), seq: input.seq },
    select: {
      kind: true,
      memberId: true,
      month: true,
      amountFen: true,
      counterpartUnitId: true,
      receiptNo: true,
      reversesSeq: true,
    },
  });
  // A correction is itself never corrected: the entry it reversed is entered again instead.
  if (!original || original.reversesSeq !== null) throw new AppError('NOT_FOUND', duesMessage('entryNotFound'));
  const [correction] = await appendEntries(tx, books, actor, [
    {
      kind: original.kind as EntryKind,
      memberId: original.memberId,
      month: original.month,
      amountFen: -original.amountFen,
      on: todayOf(actor),
      reversesSeq: input.seq,
      counterpartUnitId: original.counterpartUnitId,
      receiptNo: original.receiptNo,
      note: input.note,
    },
  ]);
  const seq = correction?.seq ?? 0;
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.correct',
    entity: 'DuesEntry',
    entityId: `${unit.id}:${seq}`,
    label: `${unit.name} #${input.seq}`,
    after: { seq, reversesSeq: input.seq, amountFen: -original.amountFen, month: original.month },
  });
  return { seq };
}
