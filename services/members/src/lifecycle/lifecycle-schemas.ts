// What the lifecycle's procedures take and give. Limits come from @strata/contract, the same the console's forms use.
import { idInput } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { memberLimits, memberStages, sponsorRoles } from '@strata/contract';
import { z } from 'zod';
import { membersMessage } from '../locales';

/** A calendar day, YYYY-MM-DD, as dated in Asia/Shanghai. */
export const calendarDayInput = z.string().refine(isIsoDate, { params: { key: membersMessage('dateInvalid') } });

/** Two sponsors, by their member ids (the rules check they are two different eligible members). */
const sponsorPair = z.tuple([idInput, idInput]);

const words = (max: number) => z.string().trim().max(max);
const reason = z.string().trim().min(1).max(memberLimits.reasonMax);

export const advanceInput = z.strictObject({
  id: idInput,
  /** The stage reached: the one after the member's current stage. */
  to: z.enum(memberStages),
  on: calendarDayInput,
  /** Two mentors (培养联系人), when the member becomes an activist. */
  mentorIds: sponsorPair.optional(),
  /** Two introducers (入党介绍人), when the member is admitted as probationary. */
  introducerIds: sponsorPair.optional(),
  /** The meeting or talk it followed: words for the timeline. */
  note: words(memberLimits.noteMax).default(''),
});
export type AdvanceInput = z.output<typeof advanceInput>;

export const extendProbationInput = z.strictObject({
  id: idInput,
  months: z.number().int().min(1).max(memberLimits.probationExtensionMonthsMax),
  reason,
});

export const cancelCandidacyInput = z.strictObject({ id: idInput, on: calendarDayInput, reason });

export const assignSponsorsInput = z.strictObject({
  id: idInput,
  role: z.enum(sponsorRoles),
  sponsorIds: sponsorPair,
});

export const pipelineInput = z.strictObject({ unitId: idInput });

const count = z.number().int().nonnegative();

/** A member due for their next step: the day they reached their stage, the day the step falls due, and how far off. */
export const dueMember = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  stage: z.enum(memberStages),
  /** The day the member reached the stage (none where the registry lacks it). */
  since: z.string().nullable(),
  /** The day the next step falls due. */
  dueOn: z.string(),
  /** Days from today to `dueOn`: negative once it has passed. */
  daysLeft: z.number().int(),
});
export type DueMember = z.infer<typeof dueMember>;

/** The most urgent members of a list, and how many it holds in all. */
const dueList = z.object({ items: z.array(dueMember), total: count });

export const pipelineOutput = z.object({
  unitId: z.number().int(),
  /** The day the lists are read against (today in Asia/Shanghai). */
  asOf: z.string(),
  /** Members on the active registry (active and floating) of the unit's subtree, by stage. */
  stages: z.object({ applicant: count, activist: count, candidate: count, probationary: count, full: count }),
  /** Activists whose year of observation is over: ready to become development candidates. */
  activistsDue: dueList,
  /** Probationary members whose probation ends within 30 days, today included. */
  conversionsDue: dueList,
  /** Probationary members whose probation has ended without conversion. */
  conversionsOverdue: dueList,
  /** Applicants waiting more than six months to become activists. */
  applicantsWaiting: dueList,
});
export type PipelineOutput = z.infer<typeof pipelineOutput>;
