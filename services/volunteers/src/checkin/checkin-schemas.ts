// What the check-in procedures take and give. Instants are ISO text with an offset in, ISO UTC out.
import { idInput } from '@strata/api';
import { checkinCodePattern } from '@strata/checkin';
import { checkinPurposes, volunteerLimits } from '@strata/contract';
import { z } from 'zod';
import { volunteersMessage } from '../locales';

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const purpose = z.enum(checkinPurposes);

export const codeRequest = z.strictObject({ activityId: idInput, purpose });
export const shownCode = z.object({ code: z.string(), expiresAt: z.string(), link: z.string() });
export const screenState = z.object({
  /** The code to show now (null: none; ask checkin.code for one). */
  current: shownCode.nullable(),
  checkedIn: z.number().int(),
  checkedOut: z.number().int(),
});

export const codeEntry = z.strictObject({
  activityId: idInput,
  code: z
    .string()
    .trim()
    .refine((code) => checkinCodePattern.test(code), { params: { key: volunteersMessage('codeUnknown') } }),
});
export const checkedInAnswer = z.object({ checkedInAt: z.string(), late: z.boolean() });
export const checkedOutAnswer = z.object({ checkedOutAt: z.string(), early: z.boolean() });

export const recordInput = z.strictObject({
  activityId: idInput,
  volunteerId: idInput,
  checkedInAt: instant,
  checkedOutAt: instant.nullable().default(null),
  reason: z.string().trim().min(2).max(volunteerLimits.reason),
});
export const recordAnswer = z.object({ id: z.number().int(), late: z.boolean(), early: z.boolean() });

export const attendanceRow = z.object({
  id: z.number().int(),
  volunteerId: z.number().int(),
  name: z.string(),
  checkedInAt: z.string(),
  checkedOutAt: z.string().nullable(),
  inMethod: z.enum(['code', 'manual']),
  outMethod: z.enum(['code', 'manual']).nullable(),
  late: z.boolean(),
  early: z.boolean(),
  manualReason: z.string(),
  /** Attended minutes within the activity's time. */
  minutes: z.number().int(),
  /** Whether they reach the activity's attendance percent (hours when it is closed). */
  qualifies: z.boolean(),
  rating: z.number().int().nullable(),
  comment: z.string(),
});

export const evaluateInput = z.strictObject({
  attendanceId: idInput,
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(volunteerLimits.reason).default(''),
});
