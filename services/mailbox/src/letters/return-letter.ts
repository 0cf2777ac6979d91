// A unit returns a letter assigned to it by mistake, with a reason: it goes back up to the unit that assigned it,
// which holds it as it did before (accepted there, or assigned there from further up).
import { AppError, type Scope, type SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import { mailboxMessage } from '../locales';
import { letterInScope } from './get-letter';
import { assertMayTake, type LetterStatus } from './letter-rules';

type ReturnLetter = { scope: Scope; system: SystemOperations; actorId: number; now: Date };

export async function returnLetter(
  db: Db,
  { scope, system, actorId, now }: ReturnLetter,
  input: { id: number; reason: string },
) {
  const letter = await letterInScope(db, scope, 'mailbox.handle', input.id);
  assertMayTake('return', letter.status as LetterStatus);
  // The step that brought it here names the unit it came from; that unit's own arrival says how it held it.
  const events = await db.letterEvent.findMany({
    where: { letterId: letter.id, kind: { in: ['assigned', 'returned'] } },
    orderBy: { id: 'desc' },
    select: { kind: true, byUnitId: true, toUnitId: true },
  });
  const arrival = events.find((e) => e.kind === 'assigned' && e.toUnitId === letter.unitId);
  if (!arrival?.byUnitId) throw new AppError('CONFLICT', mailboxMessage('returnNowhere'));
  const from = arrival.byUnitId;
  const heldAsAssigned = events.some((e) => e.kind === 'assigned' && e.toUnitId === from);
  return system.mailbox.returnLetter({
    id: letter.id,
    fromUnitId: letter.unitId,
    toUnitId: from,
    toStatus: heldAsAssigned ? 'assigned' : 'accepted',
    actorId,
    reason: input.reason,
    now,
  });
}
