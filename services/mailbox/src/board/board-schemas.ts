// What the board's procedures take and give. Limits come from @strata/contract, so the console's forms refuse
// exactly what these refuse.
import { idInput, pageInput } from '@strata/api';
import { boardLimits } from '@strata/contract';
import { z } from 'zod';
import { answerStates } from './board-rules';

const title = z.string().trim().min(boardLimits.titleMin).max(boardLimits.titleMax);
const body = z.string().trim().min(1).max(boardLimits.bodyMax);

/** Which topics a list shows; `held` and `hidden` list only what the caller moderates. */
export const topicStates = ['all', 'open', 'closed', 'unanswered', 'answered', 'overdue', 'held', 'hidden'] as const;
export type TopicState = (typeof topicStates)[number];
/** Whose topics: anyone's, or the caller's own ("me" is the session's user: the browser never names an author). */
export const topicAuthors = ['anyone', 'me'] as const;

export const topicFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose board (with its subtree's) is listed; unset: the whole scope. */
  unitId: idInput.optional(),
  state: z.enum(topicStates).default('all'),
  author: z.enum(topicAuthors).default('anyone'),
  /** Words of the title. */
  q: z.string().trim().max(50).optional(),
});
export type TopicFilter = z.output<typeof topicFilter>;

export const answerStateSchema = z.enum(answerStates);

export const topicRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  lastPostAt: z.string(),
  /** Replies the caller sees. */
  replies: z.number().int(),
  /** Working days the unit was given to answer (the setting when the topic was posted), and the day it is due by. */
  answerDays: z.number().int(),
  answerDueDate: z.string(),
  answerDueAt: z.string(),
  answeredAt: z.string().nullable(),
  answer: answerStateSchema,
  pinned: z.boolean(),
  closed: z.boolean(),
  held: z.boolean(),
  hidden: z.boolean(),
});
export type TopicRow = z.infer<typeof topicRow>;

export const postRow = z.object({
  id: z.number().int(),
  authorName: z.string(),
  body: z.string(),
  answer: z.boolean(),
  held: z.boolean(),
  hidden: z.boolean(),
  createdAt: z.string(),
  /** The caller's own post (a held one is shown to its author). */
  mine: z.boolean(),
});

/** What the caller may do now, for the console to offer (the server asks the same rules again). */
export const topicActions = z.object({
  reply: z.boolean(),
  moderate: z.boolean(),
});

export const topicOutput = topicRow.extend({
  body: z.string(),
  answerDueSoonAt: z.string(),
  mine: z.boolean(),
  posts: z.array(postRow),
  actions: topicActions,
});
export type TopicOutput = z.infer<typeof topicOutput>;

const topicId = z.strictObject({ id: idInput });
/** A moderator's act on a topic or on one reply. */
export const boardTargets = ['topic', 'post'] as const;
export type BoardTarget = (typeof boardTargets)[number];

export const boardInputs = {
  create: z.strictObject({ unitId: idInput, title, body }),
  reply: topicId.extend({ body }),
  answer: topicId.extend({ body }),
  pin: topicId.extend({ pinned: z.boolean() }),
  close: topicId.extend({ closed: z.boolean() }),
  hide: z.strictObject({ target: z.enum(boardTargets), id: idInput, hidden: z.boolean() }),
  approve: z.strictObject({ target: z.enum(boardTargets), id: idInput }),
};
