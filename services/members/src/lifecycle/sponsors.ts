// A member's two mentors or two introducers: checked against the rules (two different full, active members of the
// member's branch) and written as the current assignment of their role, the earlier one ending that day.
import type { Scope } from '@strata/api';
import type { MemberStage, MemberStatus, SponsorRole } from '@strata/contract';
import type { Tx } from '@strata/db';
import { refuse } from './lifecycle-member';
import { sponsorsBreach } from './lifecycle-rules';

/**
 * Refuses sponsors that break the rules, on `field` (the input's field that held them). They are looked up where the
 * caller may edit members: a sponsor elsewhere is as ineligible as a missing one, and the answer says nothing more.
 */
export async function checkSponsors(
  tx: Tx,
  scope: Scope,
  member: { id: number; unitId: number },
  field: string,
  ids: readonly number[],
) {
  const found = await tx.member.findMany({
    where: { id: { in: [...ids] }, ...scope.ownedWhere('members.edit') },
    select: { id: true, unitId: true, stage: true, status: true },
  });
  refuse(
    sponsorsBreach(
      member,
      field,
      ids,
      found.map((s) => ({ ...s, stage: s.stage as MemberStage, status: s.status as MemberStatus })),
    ),
  );
}

/** Ends the role's current sponsors on `on` and assigns the two given from that day. */
export async function replaceSponsors(tx: Tx, memberId: number, role: SponsorRole, ids: readonly number[], on: string) {
  await tx.memberSponsor.updateMany({ where: { memberId, role, endedOn: null }, data: { endedOn: on } });
  await tx.memberSponsor.createMany({ data: ids.map((sponsorId) => ({ memberId, sponsorId, role, assignedOn: on })) });
}

/** The member's sponsors still serving end on `on` (their candidacy ended, or they left the branch). */
export const endSponsors = (tx: Tx, memberId: number, on: string) =>
  tx.memberSponsor.updateMany({ where: { memberId, endedOn: null }, data: { endedOn: on } });
