// What the registry's procedures take and give. Codes and limits come from @strata/contract, so the console's forms
// refuse exactly what these refuse. ID numbers and phones are checked by the domain functions (member-rules.ts), so
// each refusal is a field error with a message of its own that never repeats the value.
import { idInput, pageInput } from '@strata/api';
import {
  memberEducations,
  memberEthnicityCodes,
  memberGenders,
  memberLimits,
  memberOccupations,
  memberStages,
  memberStatuses,
  sponsorRoles,
} from '@strata/contract';
import { z } from 'zod';
import { calendarDayInput } from '../lifecycle/lifecycle-schemas';
import { leavingStatuses } from './member-rules';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);
const day = calendarDayInput;
/** An ID number as typed (spaces, full-width digits, a lower-case x): normalised and checked by the rules. */
const idNumber = text(40, 1);

export const memberStage = z.enum(memberStages);
export const memberStatus = z.enum(memberStatuses);
export const memberGender = z.enum(memberGenders);
export const memberEducation = z.enum(memberEducations);
export const memberOccupation = z.enum(memberOccupations);
export const memberEthnicity = z.enum(memberEthnicityCodes as [string, ...string[]]);

/** Which members a list holds: on the registry now (`current`, active and floating: the default), all, or one status. */
export const memberStatusFilters = ['current', 'all', ...memberStatuses] as const;
export const memberSorts = ['name', 'birthDate', 'probationaryOn', 'updatedAt'] as const;

export const memberFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose subtree is listed; unset: the whole scope. */
  unitId: idInput.optional(),
  /** Part of the name. */
  q: text(memberLimits.nameMax).optional(),
  /** Exact lookups through the blind indexes; blank is no lookup. */
  idNumber: text(40).optional(),
  phone: text(memberLimits.phoneMax).optional(),
  stage: memberStage.optional(),
  status: z.enum(memberStatusFilters).default('current'),
  gender: memberGender.optional(),
  education: memberEducation.optional(),
  occupation: memberOccupation.optional(),
  ethnicity: memberEthnicity.optional(),
  sort: z.enum(memberSorts).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type MemberFilter = z.output<typeof memberFilter>;

/** A row of the list: personal data always masked there (revealing is per member, and audited). */
export const memberRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  gender: memberGender,
  birthDate: z.string(),
  ethnicity: z.string(),
  education: memberEducation,
  occupation: memberOccupation,
  stage: memberStage,
  status: memberStatus,
  /** The days of each stage reached (the lifecycle's pipeline reads how long each has been at theirs). */
  appliedOn: z.string().nullable(),
  activistOn: z.string().nullable(),
  candidateOn: z.string().nullable(),
  probationaryOn: z.string().nullable(),
  probationEndsOn: z.string().nullable(),
  fullOn: z.string().nullable(),
  idNumber: z.string(),
  phone: z.string(),
  updatedAt: z.string(),
});
export type MemberRow = z.infer<typeof memberRow>;

/** A row of an export with personal data: in the clear where the caller holds members.pii at its unit. */
export const exportRow = memberRow.extend({ address: z.string(), revealed: z.boolean() });
export type ExportRow = z.infer<typeof exportRow>;

const stageDates = {
  appliedOn: day.nullable().optional(),
  activistOn: day.nullable().optional(),
  candidateOn: day.nullable().optional(),
  probationaryOn: day.nullable().optional(),
  fullOn: day.nullable().optional(),
};

/** The details a form may change (not the stage, which the lifecycle moves, nor the unit, which transfers move). */
const details = {
  name: text(memberLimits.nameMax, 1),
  ethnicity: memberEthnicity,
  education: memberEducation,
  occupation: memberOccupation,
  workplace: text(memberLimits.workplaceMax),
  note: text(memberLimits.noteMax),
};

export const newMember = z.strictObject({
  /** A branch or group in the caller's scope. */
  unitId: idInput,
  ...details,
  workplace: details.workplace.default(''),
  note: details.note.default(''),
  idNumber,
  /** Optional: read from the ID number; when sent, they must agree with it. */
  gender: memberGender.optional(),
  birthDate: day.optional(),
  /** Blank for none. */
  phone: text(memberLimits.phoneMax).default(''),
  address: text(memberLimits.addressMax).default(''),
  stage: memberStage,
  ...stageDates,
});
export type NewMember = z.output<typeof newMember>;

/** An edit: only the fields named change. A blank phone or address removes it. */
export const memberChanges = z.strictObject({
  id: idInput,
  name: details.name.optional(),
  ethnicity: details.ethnicity.optional(),
  education: details.education.optional(),
  occupation: details.occupation.optional(),
  workplace: details.workplace.optional(),
  note: details.note.optional(),
  idNumber: idNumber.optional(),
  phone: text(memberLimits.phoneMax).optional(),
  address: text(memberLimits.addressMax).optional(),
});
export type MemberChanges = z.output<typeof memberChanges>;

export const statusChange = z.strictObject({
  id: idInput,
  status: z.enum(leavingStatuses),
  /** The day it took effect. */
  on: day,
  reason: text(memberLimits.reasonMax, 1),
});
export type StatusChange = z.output<typeof statusChange>;

export const memberEvent = z.object({
  id: z.number().int(),
  kind: z.string(),
  on: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  atUnitId: z.number().int(),
  atUnitName: z.string(),
  value: z.string(),
  note: z.string(),
});
export type MemberEvent = z.infer<typeof memberEvent>;

export const memberSponsor = z.object({
  /** The sponsor's own member id and name. */
  id: z.number().int(),
  name: z.string(),
  role: z.enum(sponsorRoles),
  assignedOn: z.string(),
});

/** A transfer letter's state as read today: an issued letter past its last day reads `expired`. */
export const transferStates = ['issued', 'expired', 'confirmed', 'returned', 'cancelled', 'completed'] as const;
export const memberTransfer = z.object({
  id: z.number().int(),
  letterNo: z.string(),
  state: z.enum(transferStates),
  fromUnitName: z.string(),
  /** The receiving branch in the system, or the outside organisation (the other is null). */
  toUnitName: z.string().nullable(),
  toOrganisation: z.string().nullable(),
  issuedOn: z.string(),
  expiresOn: z.string(),
});
export type MemberTransfer = z.infer<typeof memberTransfer>;

export const memberFloating = z.object({
  id: z.number().int(),
  hostUnitName: z.string(),
  place: z.string(),
  startedOn: z.string(),
  untilOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});
export type MemberFloating = z.infer<typeof memberFloating>;

/** A member's profile: every field but the personal ones in the clear, and the member's history. */
export const memberProfile = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  gender: memberGender,
  birthDate: z.string(),
  ethnicity: z.string(),
  education: memberEducation,
  occupation: memberOccupation,
  stage: memberStage,
  status: memberStatus,
  appliedOn: z.string().nullable(),
  activistOn: z.string().nullable(),
  candidateOn: z.string().nullable(),
  probationaryOn: z.string().nullable(),
  probationEndsOn: z.string().nullable(),
  fullOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  workplace: z.string(),
  note: z.string(),
  /** Masked: `reveal` opens them for a caller who holds members.pii at the member's unit (`canReveal`). */
  idNumber: z.string(),
  phone: z.string(),
  address: z.string(),
  canReveal: z.boolean(),
  /** The caller holds members.edit at the member's unit (a member who left: the note only). */
  canEdit: z.boolean(),
  /** Whether the member's own console account is linked (their own pages read by it), and which, where the reader's
   * grant reaches the account's unit. */
  accountLinked: z.boolean(),
  account: z.object({ id: z.number().int(), username: z.string(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Newest first. */
  timeline: z.array(memberEvent),
  sponsors: z.array(memberSponsor),
  transfers: z.array(memberTransfer),
  floatings: z.array(memberFloating),
});
export type MemberProfile = z.infer<typeof memberProfile>;

/** Linking the member's own account (by its username, as the officer knows it), or unlinking it (null). */
export const accountLink = z.strictObject({
  id: idInput,
  username: z.string().trim().min(1).max(64).nullable(),
});
export type AccountLink = z.infer<typeof accountLink>;

export const revealedPii = z.object({ idNumber: z.string(), phone: z.string(), address: z.string() });
