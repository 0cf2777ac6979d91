// A volunteer's service record: their hours by year and team, their activities, awards, evaluations and certificates.
import { idInput } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { hourStatuses, volunteerLimits } from '@strata/contract';
import { z } from 'zod';
import { volunteersMessage } from '../locales';

/** A calendar day, YYYY-MM-DD, as dated in Asia/Shanghai. */
export const dayInput = z.string().refine(isIsoDate, { params: { key: volunteersMessage('dayInvalid') } });
export const yearInput = z.number().int().min(2000).max(2100);

export const recordInput = z.strictObject({ volunteerId: idInput, year: yearInput.optional() });
export const ownRecordInput = z.strictObject({ year: yearInput.optional() });

/** At most this many activities on a record (newest first). */
export const recordActivitiesShown = 200;

export const serviceRecord = z.object({
  volunteer: z.object({
    id: z.number().int(),
    name: z.string(),
    unitName: z.string(),
    joinedOn: z.string(),
    skills: z.array(z.string()),
  }),
  totals: z.object({
    approvedMinutes: z.number().int(),
    pendingMinutes: z.number().int(),
    activities: z.number().int(),
  }),
  byYear: z.array(z.object({ year: z.number().int(), minutes: z.number().int() })),
  byTeam: z.array(z.object({ teamId: z.number().int(), teamName: z.string(), minutes: z.number().int() })),
  activities: z.array(
    z.object({
      activityId: z.number().int(),
      title: z.string(),
      unitName: z.string(),
      servedOn: z.string(),
      minutes: z.number().int(),
      status: z.enum(hourStatuses),
    }),
  ),
  awards: z.array(z.object({ id: z.number().int(), title: z.string(), awardedOn: z.string(), note: z.string() })),
  evaluations: z.array(z.object({ activityTitle: z.string(), rating: z.number().int(), comment: z.string() })),
  certificates: z.array(
    z.object({
      id: z.number().int(),
      number: z.string(),
      minutes: z.number().int(),
      fromOn: z.string(),
      toOn: z.string(),
      issuedAt: z.string(),
      revoked: z.boolean(),
    }),
  ),
});
export type ServiceRecord = z.output<typeof serviceRecord>;

export const awardInput = z.strictObject({
  volunteerId: idInput,
  title: z.string().trim().min(1).max(volunteerLimits.award),
  awardedOn: dayInput,
  note: z.string().trim().max(volunteerLimits.reason).default(''),
});
