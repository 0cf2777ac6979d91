// How a place in a team moves, apart from any database: a volunteer asks (pending), the team's unit approves or
// declines; an approved member leaves or is removed (left). One row per volunteer and team: asking again after a
// decline or after leaving makes the same row pending again; a coordinator adding someone approves it at once.
import type { TeamMemberStatus } from '@strata/contract';

type Refusal = 'joinPending' | 'alreadyInTeam';

/** What asking to join does, from the current place (null: none yet). */
export function joinStep(current: string | null): { write: 'create' | 'renew' } | { refuse: Refusal } {
  if (current === null) return { write: 'create' };
  if (current === 'pending') return { refuse: 'joinPending' };
  if (current === 'approved') return { refuse: 'alreadyInTeam' };
  return { write: 'renew' };
}

/** What a coordinator adding the volunteer does: any place but an approved one becomes approved. */
export function addStep(current: string | null): { write: 'create' | 'approve' } | { refuse: 'alreadyInTeam' } {
  if (current === null) return { write: 'create' };
  if (current === 'approved') return { refuse: 'alreadyInTeam' };
  return { write: 'approve' };
}

/** The places a volunteer may leave (withdrawing a request is leaving it too). */
export const leavable: readonly TeamMemberStatus[] = ['pending', 'approved'];

/** The status a decision gives, and whether it may be taken (only on a pending request; declining needs a reason). */
export function decisionOf(
  current: string,
  approve: boolean,
  reason: string,
): { status: 'approved' | 'declined' } | { refuse: 'membershipNotPending' | 'declineNeedsReason' } {
  if (current !== 'pending') return { refuse: 'membershipNotPending' };
  if (!approve && reason.trim() === '') return { refuse: 'declineNeedsReason' };
  return { status: approve ? 'approved' : 'declined' };
}
