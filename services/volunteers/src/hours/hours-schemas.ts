// The hours area's inputs and outputs: the approval queue and a unit's entries, deciding them (singly, in bulk, on
// appeal), an entry's trail, and a volunteer's own entries and appeal.
import { idInput, pageOf } from '@strata/api';
import { hourStatuses, volunteerLimits } from '@strata/contract';
import { z } from 'zod';

const year = z.number().int().min(2000).max(2100);
const reason = z.string().trim().min(1).max(volunteerLimits.reason);

export const hourFilter = z.strictObject({
  unitId: idInput,
  status: z.enum(hourStatuses).optional(),
  activityId: idInput.optional(),
  volunteerId: idInput.optional(),
  year: year.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export type HourFilter = z.output<typeof hourFilter>;

export const hourRow = z.object({
  id: z.number().int(),
  volunteerId: z.number().int(),
  volunteerName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  activityId: z.number().int(),
  activityTitle: z.string(),
  servedOn: z.string(),
  minutes: z.number().int(),
  status: z.enum(hourStatuses),
  reason: z.string(),
  appeal: z.string(),
  appealedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type HourRow = z.output<typeof hourRow>;
export const hourPage = pageOf(hourRow);

export const approveInput = z.strictObject({
  ids: z.array(idInput).min(1).max(volunteerLimits.bulkHours),
});
export const approveResult = z.object({ approved: z.number().int(), minutes: z.number().int() });

export const declineInput = z.strictObject({ id: idInput, reason });
export const appealInput = z.strictObject({ id: idInput, appeal: reason });
export const decidedResult = z.object({ id: z.number().int(), status: z.enum(hourStatuses) });

export const hourDecisionActions = ['approved', 'declined', 'appealed'] as const;
export const historyRow = z.object({
  action: z.enum(hourDecisionActions),
  reason: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const mineInput = z.strictObject({
  year: year.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export const ownHourRow = z.object({
  id: z.number().int(),
  activityId: z.number().int(),
  activityTitle: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  servedOn: z.string(),
  minutes: z.number().int(),
  status: z.enum(hourStatuses),
  reason: z.string(),
  appeal: z.string(),
  appealedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OwnHourRow = z.output<typeof ownHourRow>;
export const ownHourPage = pageOf(ownHourRow);
