// What the sign-up procedures take and give. Instants are ISO text.
import { idInput, pageInput } from '@strata/api';
import { signupStatuses, volunteerLimits } from '@strata/contract';
import { z } from 'zod';

const reason = z.string().trim().max(volunteerLimits.reason);

export const activityRef = z.strictObject({ activityId: idInput });
export const signupAnswer = z.object({
  id: z.number().int(),
  status: z.enum(signupStatuses),
  /** The place on the waitlist (1: next), or null. */
  position: z.number().int().nullable(),
});
export const withdrawAnswer = z.object({ id: z.number().int(), promotedId: z.number().int().nullable() });

export const mySignup = z.object({
  id: z.number().int(),
  activityId: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  activityStatus: z.string(),
  status: z.enum(signupStatuses),
  position: z.number().int().nullable(),
  createdAt: z.string(),
});

export const signupFilter = z.strictObject({
  ...pageInput.shape,
  activityId: idInput,
  status: z.enum(signupStatuses).optional(),
});
export const signupRow = z.object({
  id: z.number().int(),
  volunteerId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  status: z.enum(signupStatuses),
  position: z.number().int().nullable(),
  reason: z.string(),
  createdAt: z.string(),
});

export const decideInput = z.strictObject({ id: idInput, approve: z.boolean(), reason: reason.default('') });
export const decideAnswer = z.object({
  id: z.number().int(),
  status: z.enum(signupStatuses),
  position: z.number().int().nullable(),
});
export const enrolInput = z.strictObject({ activityId: idInput, volunteerId: idInput });
export const removeInput = z.strictObject({ id: idInput, reason: reason.min(2) });
