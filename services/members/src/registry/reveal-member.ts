// A caller who holds members.pii at the member's unit sees the ID number, phone and address in the clear, and the audit
// log says who looked and when. Everyone else sees them masked (and is answered here as for a member that is not
// there).
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { openMemberPii } from '../members/member-pii';
import { memberInScope } from './get-member';

export async function revealMember(tx: Tx, { scope, actorId }: { scope: Scope; actorId: number }, id: number) {
  const member = await memberInScope(tx, scope, 'members.pii', id);
  const pii = openMemberPii(member);
  // The entry names the fields revealed, never their values.
  await recordAudit(tx, {
    actorId,
    unitId: member.unitId,
    action: 'member.reveal',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    after: { revealed: (['idNumber', 'phone', 'address'] as const).filter((f) => pii[f] !== '') },
  });
  return pii;
}
