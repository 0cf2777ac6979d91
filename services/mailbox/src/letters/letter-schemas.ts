// What the mailbox's procedures take and give. Limits come from @strata/contract, so the console's forms and the
// portal's form refuse exactly what these refuse.
import { idInput, pageInput } from '@strata/api';
import { letterLimits } from '@strata/contract';
import { z } from 'zod';
import { type LetterKind, letterKinds, letterStatuses, ratings } from './letter-rules';

export const letterKind = z.enum(letterKinds);
export const letterStatus = z.enum(letterStatuses);
export const deadlineStates = ['onTime', 'dueSoon', 'overdue', 'answeredOnTime', 'answeredLate', 'none'] as const;
export const deadlineStateSchema = z.enum(deadlineStates);

const text = (max: number, min = 1) => z.string().trim().min(min).max(max);

/** Which letters a list shows: the queue of open letters (the default), every letter, or one status. */
export const letterViews = [
  'open',
  'all',
  'dueSoon',
  'overdue',
  'escalated',
  'answered',
  'closed',
  'rejected',
] as const;
export const letterSorts = ['dueAt', 'receivedAt'] as const;

export const letterFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose letters are listed (its subtree); unset: the whole scope. */
  unitId: idInput.optional(),
  view: z.enum(letterViews).default('open'),
  kind: letterKind.optional(),
  /** Words of the title or the letter's number. */
  q: z.string().trim().max(50).optional(),
  sort: z.enum(letterSorts).default('dueAt'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type LetterFilter = z.output<typeof letterFilter>;

export const letterRow = z.object({
  id: z.number().int(),
  number: z.string(),
  kind: letterKind,
  title: z.string(),
  status: letterStatus,
  unitId: z.number().int(),
  unitName: z.string(),
  siteUnitId: z.number().int(),
  receivedAt: z.string(),
  dueDate: z.string(),
  dueAt: z.string(),
  deadline: deadlineStateSchema,
  /**
   * The unit an overdue letter is escalated to (the one above its handler), named: the reader may not see that
   * unit otherwise; null when the letter is not overdue or its handler is the top unit.
   */
  escalatedTo: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  extensionState: z.enum(['none', 'pending', 'approved', 'declined']),
});
export type LetterRow = z.infer<typeof letterRow>;

export const letterEvent = z.object({
  id: z.number().int(),
  kind: z.string(),
  byUnitName: z.string().nullable(),
  toUnitName: z.string().nullable(),
  actorName: z.string().nullable(),
  text: z.string(),
  at: z.string(),
});

/** What a step may do next, for the console to offer (the server asks the same rules again). */
export const letterActions = z.object({
  accept: z.boolean(),
  reject: z.boolean(),
  assign: z.boolean(),
  return: z.boolean(),
  handle: z.boolean(),
  reply: z.boolean(),
  close: z.boolean(),
  note: z.boolean(),
  askExtension: z.boolean(),
  decideExtension: z.boolean(),
  reveal: z.boolean(),
});

/** A file sent with the letter, as its handlers open it: the type read from its bytes, the URL that serves it. */
export const letterFile = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  size: z.number().int(),
  /** `/files/<id>/<name>`: served to those who read the letter where it is now. */
  url: z.string(),
});

export const letterOutput = letterRow.extend({
  body: z.string(),
  mayPublish: z.boolean(),
  /** Masked unless revealed: `张*`, `138****5678`; empty when not given. */
  submitterName: z.string(),
  submitterPhone: z.string(),
  deadlineDays: z.number().int(),
  dueSoonAt: z.string(),
  extensionDays: z.number().int(),
  extensionReason: z.string(),
  reason: z.string(),
  handlingNote: z.string(),
  reply: z.string(),
  replyPublic: z.boolean(),
  repliedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  rating: z.enum(ratings).nullable(),
  reopenedAt: z.string().nullable(),
  events: z.array(letterEvent),
  /** The files the submitter sent with it (never shown to the public, nor to the code's holder). */
  files: z.array(letterFile),
  actions: letterActions,
});
export type LetterOutput = z.infer<typeof letterOutput>;

const letterId = z.strictObject({ id: idInput });

export const stepInputs = {
  accept: letterId,
  reject: letterId.extend({ reason: text(letterLimits.reasonMax) }),
  assign: letterId.extend({ unitId: idInput, note: text(letterLimits.reasonMax, 0).default('') }),
  return: letterId.extend({ reason: text(letterLimits.reasonMax) }),
  handle: letterId.extend({ note: text(letterLimits.replyMax) }),
  reply: letterId.extend({ reply: text(letterLimits.replyMax), public: z.boolean() }),
  close: letterId,
  note: letterId.extend({ text: text(letterLimits.reasonMax) }),
  askExtension: letterId.extend({
    days: z.number().int().min(1).max(letterLimits.extensionDaysMax),
    reason: text(letterLimits.reasonMax),
  }),
  decideExtension: letterId.extend({ approve: z.boolean(), reason: text(letterLimits.reasonMax, 0).default('') }),
};

/** A letter as the public sends it (the portal's form and the console's test call alike). */
export const newLetter = z.strictObject({
  kind: letterKind,
  title: text(letterLimits.titleMax, letterLimits.titleMin),
  body: text(letterLimits.bodyMax, letterLimits.bodyMin),
  name: text(letterLimits.nameMax, 0).default(''),
  phone: z.string().trim().max(letterLimits.phoneMax).default(''),
  mayPublish: z.boolean().default(false),
});
export type NewLetter = z.output<typeof newLetter>;

export const deadlineSettings = z.object(
  Object.fromEntries(letterKinds.map((k) => [k, z.number().int().min(1).max(letterLimits.deadlineDaysMax)])) as Record<
    LetterKind,
    z.ZodNumber
  >,
);
