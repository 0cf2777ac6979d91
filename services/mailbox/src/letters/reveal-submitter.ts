// A handler of the letter's unit sees the submitter's full name and phone (to call back), and the audit log says who
// looked and when. Everyone else sees them masked.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { letterInScope } from './get-letter';
import { openSubmitter } from './submitter';

export async function revealSubmitter(tx: Tx, { scope, actorId }: { scope: Scope; actorId: number }, id: number) {
  const letter = await letterInScope(tx, scope, 'mailbox.handle', id);
  // The entry names what was revealed, never the values.
  await recordAudit(tx, {
    actorId,
    unitId: letter.unitId,
    action: 'letter.reveal',
    entity: 'Letter',
    entityId: letter.id,
    label: letter.title,
    after: { revealed: ['submitterName', 'submitterPhone'].filter((f) => letter[f as 'submitterName'] !== '') },
  });
  return openSubmitter(letter);
}
