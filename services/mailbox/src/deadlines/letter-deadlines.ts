// The working days each kind of letter allows, set by the municipality for its whole tree: read by everyone who
// handles letters, changed by those who handle mail at the top unit.
import { recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { deadlineDays } from '../letters/deadline-days.sql';
import { type LetterKind, letterKinds } from '../letters/letter-rules';

export async function readDeadlines(db: Db) {
  return deadlineDays(db);
}

export async function setDeadlines(
  tx: Tx,
  { scope, actorId }: { scope: Scope; actorId: number },
  days: Record<LetterKind, number>,
) {
  const top = await tx.unit.findFirst({ where: { parentId: null, ...scope.unitWhere('mailbox.manage') } });
  // Only a grant at the top reaches the top unit: anyone else is told there is nothing there to change.
  const unit = await unitInScope(tx, scope, 'mailbox.manage', top?.id ?? 0);
  const before = await deadlineDays(tx);
  for (const kind of letterKinds)
    await tx.letterDeadline.upsert({
      where: { unitId_kind: { unitId: unit.id, kind }, ...scope.ownedWhere('mailbox.manage') },
      create: { unitId: unit.id, kind, workingDays: days[kind] },
      update: { workingDays: days[kind] },
    });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'letterDeadline.set',
    entity: 'LetterDeadline',
    entityId: unit.id,
    label: unit.name,
    before,
    after: days,
  });
  return deadlineDays(tx);
}
