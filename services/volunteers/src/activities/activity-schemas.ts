// What the activity procedures take and give. Instants are ISO text with an offset in, ISO UTC out; days YYYY-MM-DD.
import { idInput, pageInput } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { activityModes, activityStatuses, signupStatuses, volunteerLimits, volunteerSkills } from '@strata/contract';
import { z } from 'zod';
import { volunteersMessage } from '../locales';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const day = z.string().refine(isIsoDate, { params: { key: volunteersMessage('activityDayInvalid') } });
const { attendancePercent } = volunteerLimits;

const activityFields = {
  teamId: idInput.nullable().default(null),
  title: text(volunteerLimits.title, 1),
  description: text(volunteerLimits.description).default(''),
  place: text(volunteerLimits.place, 1),
  lng: z.number().min(-180).max(180).nullable().default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  startsAt: instant,
  endsAt: instant,
  signupDeadline: instant.nullable().default(null),
  mode: z.enum(activityModes),
  approval: z.boolean().default(false),
  capacity: z.number().int().min(1).max(volunteerLimits.capacity).nullable().default(null),
  requiredSkills: z.array(z.enum(volunteerSkills)).max(volunteerSkills.length).default([]),
  attendancePercent: z
    .number()
    .int()
    .min(attendancePercent.min)
    .max(attendancePercent.max)
    .default(attendancePercent.default),
};
export const newActivity = z.strictObject({ unitId: idInput, ...activityFields });
export const activityChanges = z.strictObject({ id: idInput, ...activityFields });
export type ActivityFields = Omit<z.output<typeof newActivity>, 'unitId'>;

export const activitySorts = ['startsAt', 'title'] as const;
export const activityFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose subtree is listed; unset: the whole scope. */
  unitId: idInput.optional(),
  q: text(volunteerLimits.title).optional(),
  status: z.enum(activityStatuses).optional(),
  teamId: idInput.optional(),
  /** Starting on or after this day, on or before that one (Asia/Shanghai). */
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(activitySorts).default('startsAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ActivityFilter = z.output<typeof activityFilter>;

const mode = z.enum(activityModes);
const status = z.enum(activityStatuses);
export const activityRow = z.object({
  id: z.number().int(),
  title: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  teamId: z.number().int().nullable(),
  teamName: z.string().nullable(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode,
  approval: z.boolean(),
  capacity: z.number().int().nullable(),
  placesLeft: z.number().int().nullable(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  status,
});

export const activityCounts = z.object({
  pending: z.number().int(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  checkedIn: z.number().int(),
});
export const activityDetail = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  teamId: z.number().int().nullable(),
  teamName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  signupDeadline: z.string().nullable(),
  mode,
  approval: z.boolean(),
  capacity: z.number().int().nullable(),
  placesLeft: z.number().int().nullable(),
  requiredSkills: z.array(z.string()),
  attendancePercent: z.number().int(),
  status,
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  counts: activityCounts,
  /** The console page where a volunteer signs up. */
  signupLink: z.string(),
});

export const idRef = z.strictObject({ id: idInput });
export const cancelInput = z.strictObject({ id: idInput, reason: text(volunteerLimits.reason, 2) });
export const closeAnswer = z.object({ id: z.number().int(), entries: z.number().int(), short: z.number().int() });

export const browseFilter = z.strictObject({
  ...pageInput.shape,
  q: text(volunteerLimits.title).optional(),
  /** Activities of this unit's subtree. */
  unitId: idInput.optional(),
});
const ownSignup = z.object({
  id: z.number().int(),
  status: z.enum(signupStatuses),
  position: z.number().int().nullable(),
});
export const browseRow = z.object({
  id: z.number().int(),
  title: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  teamName: z.string().nullable(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  signupDeadline: z.string().nullable(),
  mode,
  approval: z.boolean(),
  capacity: z.number().int().nullable(),
  placesLeft: z.number().int().nullable(),
  requiredSkills: z.array(z.string()),
  /** The caller's own sign-up status (null: none, or no volunteer profile). */
  mySignup: z.enum(signupStatuses).nullable(),
});
export const openActivity = browseRow.omit({ mySignup: true }).extend({
  description: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  attendancePercent: z.number().int(),
  /** Whether the caller has a volunteer profile (else they register first). */
  registered: z.boolean(),
  mySignup: ownSignup.nullable(),
  myAttendance: z
    .object({
      checkedInAt: z.string(),
      checkedOutAt: z.string().nullable(),
      late: z.boolean(),
      early: z.boolean(),
    })
    .nullable(),
});
