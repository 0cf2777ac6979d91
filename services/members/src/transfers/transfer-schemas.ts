// What the transfers' and floating attachments' procedures take and give. Limits come from @strata/contract.
import { idInput, pageInput, pageOf } from '@strata/api';
import { memberEducations, memberGenders, memberLimits, memberStages, unitNameMax } from '@strata/contract';
import { z } from 'zod';
import { calendarDayInput } from '../lifecycle/lifecycle-schemas';
import { membersMessage } from '../locales';
import { transferViews } from './transfer-rules';

const words = (max: number) => z.string().trim().min(1).max(max);

export const issueInput = z
  .strictObject({
    memberId: idInput,
    /** A branch or group of the system (the receiver confirms), or... */
    toUnitId: idInput.optional(),
    /** ...an organisation outside it, as written on the letter (the member leaves the registry at once). */
    toOrganisation: words(memberLimits.organisationMax).optional(),
    crossProvince: z.boolean().default(false),
    /** The letter's number; by default the branch's next of the year ("2026-0007"). */
    letterNo: words(memberLimits.letterNoMax).optional(),
    issuedOn: calendarDayInput,
    reason: words(memberLimits.reasonMax),
  })
  .superRefine((input, ctx) => {
    if ((input.toUnitId === undefined) === (input.toOrganisation === undefined))
      ctx.addIssue({ code: 'custom', path: ['toUnitId'], params: { key: membersMessage('destinationRequired') } });
  });
export type IssueInput = z.output<typeof issueInput>;

export const confirmInput = z.strictObject({
  id: idInput,
  note: z.string().trim().max(memberLimits.noteMax).default(''),
});
export const returnInput = z.strictObject({ id: idInput, reason: words(memberLimits.reasonMax) });
export const cancelInput = z.strictObject({ id: idInput, reason: words(memberLimits.reasonMax) });

export const transferDirections = ['out', 'in'] as const;
/** What the letters can be sorted by: the day issued, the last valid day, the member's name (in the reader's order). */
export const transferSorts = ['issuedOn', 'expiresOn', 'member'] as const;
export const sortOrders = ['asc', 'desc'] as const;

export const transferFilter = z.strictObject({
  ...pageInput.shape,
  /** Letters sent from units in scope (out), addressed to them from elsewhere (in), or both. */
  direction: z.enum([...transferDirections, 'all']).default('all'),
  state: z.enum(transferViews).optional(),
  /** The unit whose letters are listed (its subtree, either side); unset: the whole scope. */
  unitId: idInput.optional(),
  /** A letter number or a member's name, or part of one. */
  q: z.string().trim().max(50).optional(),
  /** The order, ties broken by the letter's id in the same direction: latest issued first unless asked. */
  sort: z.enum(transferSorts).default('issuedOn'),
  order: z.enum(sortOrders).default('desc'),
});
export type TransferFilter = z.output<typeof transferFilter>;

/** What the caller may do with the letter now (the server asks the same rules again). */
const transferActions = z.object({ confirm: z.boolean(), return: z.boolean(), cancel: z.boolean() });

export const transferRow = z.object({
  id: z.number().int(),
  letterNo: z.string(),
  memberId: z.number().int(),
  memberName: z.string(),
  fromUnitId: z.number().int(),
  fromUnitName: z.string(),
  /** The receiving unit of the system, or none for an outside organisation (`toOrganisation`). */
  toUnitId: z.number().int().nullable(),
  toUnitName: z.string().nullable(),
  toOrganisation: z.string(),
  crossProvince: z.boolean(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  /** The stored state, or `expired` for an issued letter past its last valid day. */
  state: z.enum(transferViews),
  /** `out` when the sender is among the units listed (in scope, within the unit chosen), else `in`. */
  direction: z.enum(transferDirections),
  actions: transferActions,
});
export type TransferRow = z.infer<typeof transferRow>;
export const transferPage = pageOf(transferRow);

/**
 * The transferred member as the receiving side sees them, and the sender too in this view: who they are and where
 * they stand in the lifecycle, the ID number masked. Nothing else of the sending branch.
 */
export const transferredMember = z.object({
  name: z.string(),
  gender: z.enum(memberGenders),
  birthDate: z.string(),
  ethnicity: z.string(),
  education: z.enum(memberEducations),
  stage: z.enum(memberStages),
  appliedOn: z.string().nullable(),
  activistOn: z.string().nullable(),
  candidateOn: z.string().nullable(),
  probationaryOn: z.string().nullable(),
  probationEndsOn: z.string().nullable(),
  fullOn: z.string().nullable(),
  idNumber: z.string(),
});

export const transferOutput = transferRow.extend({
  reason: z.string(),
  /** The receiver's or the canceller's words. */
  answer: z.string(),
  decidedAt: z.string().nullable(),
  member: transferredMember,
});
export type TransferOutput = z.infer<typeof transferOutput>;

export const floatingStartInput = z.strictObject({
  memberId: idInput,
  hostUnitId: idInput,
  /** Where the member works while away, and why. */
  place: words(memberLimits.placeMax),
  startedOn: calendarDayInput,
  /** The day the member is expected back; none: open-ended. */
  untilOn: calendarDayInput.optional(),
});
export const floatingEndInput = z.strictObject({ id: idInput, endedOn: calendarDayInput });

export const floatingDirections = ['out', 'hosted'] as const;

export const floatingFilter = z.strictObject({
  ...pageInput.shape,
  /** The members of units in scope working away (out), or those attached to units in scope (hosted). */
  direction: z.enum(floatingDirections).default('out'),
  /** Open attachments only (true), ended ones only (false), or all. */
  open: z.boolean().optional(),
  unitId: idInput.optional(),
  /** A member's name, or part of one. */
  q: z.string().trim().max(memberLimits.nameMax).optional(),
});
export type FloatingFilter = z.output<typeof floatingFilter>;

/** An attachment as either side lists it: of the member, only the name, gender, stage and home branch. */
export const floatingRow = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberName: z.string(),
  gender: z.enum(memberGenders),
  stage: z.enum(memberStages),
  homeUnitId: z.number().int(),
  homeUnitName: z.string(),
  hostUnitId: z.number().int(),
  hostUnitName: z.string(),
  place: z.string(),
  startedOn: z.string(),
  untilOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  direction: z.enum(floatingDirections),
  actions: z.object({ end: z.boolean() }),
});
export type FloatingRow = z.infer<typeof floatingRow>;
export const floatingPage = pageOf(floatingRow);

/** Where a letter may go or a member attach: open branches and groups of the whole organisation, found by name. */
export const destinationsInput = z.strictObject({
  /** Part of a unit's name or of its site's code; blank: the first in the tree's order. */
  q: z.string().trim().max(unitNameMax).optional(),
  /** A picker's worth: a search narrows it further. */
  limit: z.number().int().min(1).max(50).default(20),
});
export type DestinationsInput = z.output<typeof destinationsInput>;

/** A unit offered as a destination: its id and name, and its township's name (none above it: null), nothing else. */
export const destinationRow = z.object({ id: z.number().int(), name: z.string(), townshipName: z.string().nullable() });
export type DestinationRow = z.infer<typeof destinationRow>;
