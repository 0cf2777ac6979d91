// What the people procedures take and give. Codes and limits come from @strata/contract, so the console's forms refuse
// exactly what these refuse. ID numbers and phones are checked by the domain functions (volunteer-rules.ts), so each
// refusal is a field error with a message of its own that never repeats the value.
import { idInput, pageInput } from '@strata/api';
import {
  teamMemberStatuses,
  volunteerAvailability,
  volunteerContactLimits,
  volunteerLimits,
  volunteerSkills,
  volunteerStatuses,
} from '@strata/contract';
import { z } from 'zod';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);

export const volunteerSkill = z.enum(volunteerSkills);
export const volunteerStatus = z.enum(volunteerStatuses);
export const volunteerGender = z.enum(['male', 'female']);
/** Each key once, in the order of the contract's list (a form's checkboxes). */
const keysOf = <T extends readonly [string, ...string[]]>(all: T) =>
  z
    .array(z.enum(all))
    .max(all.length)
    .transform((keys) => all.filter((k) => keys.includes(k)) as T[number][]);
export const skillsInput = keysOf(volunteerSkills);
export const availabilityInput = keysOf(volunteerAvailability);

export const volunteerSorts = ['name', 'joinedOn'] as const;
/** The list's order as the console's tables name it. */
export const listOrders = ['asc', 'desc'] as const;

export const volunteerFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose subtree is listed. */
  unitId: idInput,
  /** Part of the name, or a whole ID number or phone number (looked up exactly, through its blind index). */
  q: text(40).optional(),
  skill: volunteerSkill.optional(),
  status: volunteerStatus.optional(),
  sort: z.enum(volunteerSorts).default('name'),
  order: z.enum(listOrders).default('asc'),
});
export type VolunteerFilter = z.output<typeof volunteerFilter>;

/** A row of the list: personal data always masked there (revealing is per volunteer, and audited). */
export const volunteerRow = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  gender: volunteerGender,
  idNumber: z.string(),
  phone: z.string(),
  skills: z.array(z.string()),
  status: volunteerStatus,
  /** The member of the registry this volunteer is, if any. */
  memberId: z.number().int().nullable(),
  joinedOn: z.string(),
  /** Teams the volunteer is an approved member of. */
  teams: z.number().int(),
});
export type VolunteerRow = z.infer<typeof volunteerRow>;

/** A team the volunteer is in or asked to join (its unit's name shown; only teams the reader may see). */
export const volunteerTeam = z.object({
  teamId: z.number().int(),
  teamName: z.string(),
  unitName: z.string(),
  status: z.enum(teamMemberStatuses),
});

const profileFields = {
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  gender: volunteerGender,
  /** Masked: `reveal` opens them for a caller who holds volunteers.pii at the volunteer's unit (`canReveal`). */
  idNumber: z.string(),
  phone: z.string(),
  address: z.string(),
  skills: z.array(z.string()),
  availability: z.array(z.string()),
  serviceArea: z.string(),
  status: volunteerStatus,
  memberId: z.number().int().nullable(),
  joinedOn: z.string(),
  teams: z.array(volunteerTeam),
};

/** A volunteer's profile as a reader with volunteers.read sees it. */
export const volunteerProfile = z.object({
  ...profileFields,
  /** Whether an account is linked, and which, where the reader's grant reaches the account's unit. */
  accountLinked: z.boolean(),
  account: z.object({ id: z.number().int(), username: z.string(), displayName: z.string() }).nullable(),
  canReveal: z.boolean(),
  /** The reader holds volunteers.manage at the volunteer's unit. */
  canManage: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VolunteerProfile = z.infer<typeof volunteerProfile>;

/** The caller's own profile (personal data masked here too), or null when their account has none. */
export const ownProfile = z.object(profileFields).nullable();
export type OwnProfile = z.infer<typeof ownProfile>;

/** An ID number as typed (spaces, full-width digits, a lower-case x): normalised and checked by the rules. */
const idNumber = text(40, 1);
const details = {
  name: text(volunteerLimits.name, 1),
  /** Blank for none. */
  phone: text(volunteerContactLimits.phone),
  address: text(volunteerContactLimits.address),
  skills: skillsInput,
  availability: availabilityInput,
  serviceArea: text(volunteerLimits.serviceArea),
};

/** What registering someone (or oneself) gives: the ID number once, the rest changeable later. */
export const selfRegistration = z.strictObject({ ...details, idNumber });
export type SelfRegistration = z.output<typeof selfRegistration>;

export const newVolunteer = z.strictObject({ unitId: idInput, ...details, idNumber });
export type NewVolunteer = z.output<typeof newVolunteer>;

/**
 * An edit: every detail but the ID number, which never changes. A blank phone or address removes it; one left out
 * stays as it is (a coordinator who sees them masked edits the rest without retyping them).
 */
export const volunteerChanges = z.strictObject({
  id: idInput,
  ...details,
  phone: details.phone.optional(),
  address: details.address.optional(),
});
export type VolunteerChanges = z.output<typeof volunteerChanges>;

export const volunteerStatusChange = z.strictObject({
  id: idInput,
  status: volunteerStatus,
  reason: text(volunteerLimits.reason, 1),
});
export type VolunteerStatusChange = z.output<typeof volunteerStatusChange>;

/** Linking the volunteer's own account (by its username), or unlinking it (null). */
export const volunteerAccountLink = z.strictObject({
  id: idInput,
  username: z.string().trim().min(1).max(64).nullable(),
});
export type VolunteerAccountLink = z.output<typeof volunteerAccountLink>;

export const revealedPii = z.object({ idNumber: z.string(), phone: z.string(), address: z.string() });
