// What the teams procedures take and give. Codes and limits come from @strata/contract, so the console's forms refuse
// exactly what these refuse.
import { idInput, pageInput } from '@strata/api';
import { teamMemberStatuses, volunteerLimits, volunteerTeamStatuses } from '@strata/contract';
import { z } from 'zod';
import { listOrders, skillsInput } from '../people/people-schemas';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);

export const teamStatus = z.enum(volunteerTeamStatuses);
export const memberStatus = z.enum(teamMemberStatuses);
export const teamSorts = ['name', 'members'] as const;

export const teamFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose subtree's teams are listed. */
  unitId: idInput,
  /** Part of the name. */
  q: text(volunteerLimits.teamName).optional(),
  status: teamStatus.optional(),
  sort: z.enum(teamSorts).default('name'),
  order: z.enum(listOrders).default('asc'),
});
export type TeamFilter = z.output<typeof teamFilter>;

export const teamRow = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  status: teamStatus,
  /** Approved members. */
  members: z.number().int(),
  /** Requests to join waiting for a decision. */
  pending: z.number().int(),
});
export type TeamRow = z.infer<typeof teamRow>;

/** A place in the team as its unit reads it: the volunteer's name and unit, never their personal data. */
export const teamMember = z.object({
  /** The membership's id (what `decide` and `removeMember` take). */
  id: z.number().int(),
  volunteerId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  status: memberStatus,
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string(),
});

export const teamDetail = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  status: teamStatus,
  createdAt: z.string(),
  /** The caller holds volunteers.manage at the team's unit (edit, archive, decide, add and remove members). */
  canManage: z.boolean(),
  /** Every place, whatever its status: pending first, then by when it was asked for. */
  members: z.array(teamMember),
});
export type TeamDetail = z.infer<typeof teamDetail>;

const details = {
  name: text(volunteerLimits.teamName, 1),
  description: text(volunteerLimits.description),
  skills: skillsInput,
};

export const newTeam = z.strictObject({ unitId: idInput, ...details });
export type NewTeam = z.output<typeof newTeam>;

export const teamChanges = z.strictObject({ id: idInput, ...details });
export type TeamChanges = z.output<typeof teamChanges>;

export const membershipDecision = z.strictObject({
  membershipId: idInput,
  approve: z.boolean(),
  /** Required when declining. */
  reason: text(volunteerLimits.reason),
});
export type MembershipDecision = z.output<typeof membershipDecision>;

export const memberAddition = z.strictObject({ teamId: idInput, volunteerId: idInput });
export type MemberAddition = z.output<typeof memberAddition>;

export const memberRemoval = z.strictObject({ membershipId: idInput, reason: text(volunteerLimits.reason, 1) });
export type MemberRemoval = z.output<typeof memberRemoval>;

export const teamBrowse = z.strictObject({ ...pageInput.shape, q: text(volunteerLimits.teamName).optional() });
export type TeamBrowse = z.output<typeof teamBrowse>;

/** An active team as any volunteer browses it, with the caller's own place in it (null: none). */
export const browsedTeam = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  members: z.number().int(),
  myStatus: memberStatus.nullable(),
});
export type BrowsedTeam = z.infer<typeof browsedTeam>;

/** One of the caller's own places in a team. */
export const ownMembership = z.object({
  id: z.number().int(),
  teamId: z.number().int(),
  teamName: z.string(),
  unitName: z.string(),
  status: memberStatus,
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string(),
});
export type OwnMembership = z.infer<typeof ownMembership>;
