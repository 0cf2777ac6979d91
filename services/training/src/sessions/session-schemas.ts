// What the sessions procedures take and give. Instants are ISO text with an offset in, ISO UTC out; days YYYY-MM-DD
// (Asia/Shanghai).
import { idInput, pageInput } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { checkinCodePattern } from '@strata/checkin';
import { enrolmentStatuses, trainingLimits, trainingSessionStatuses } from '@strata/contract';
import { z } from 'zod';
import { trainingMessage } from '../locales';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const day = z.string().refine(isIsoDate, { params: { key: trainingMessage('sessionDayInvalid') } });
const status = z.enum(trainingSessionStatuses);
const seatStatus = z.enum(['booked', 'cancelled']);
const id = z.number().int();

const sessionFields = {
  title: text(trainingLimits.titleMax, 1),
  place: text(trainingLimits.placeMax, 1),
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1).max(trainingLimits.capacityMax),
  /** The account that leads it (a trainer or an admin of the course's unit or above it); null: not named yet. */
  trainerId: idInput.nullable().default(null),
};
export const newSession = z.strictObject({ courseId: idInput, ...sessionFields });
export const sessionChanges = z.strictObject({ id: idInput, ...sessionFields });
export type SessionFields = Omit<z.output<typeof newSession>, 'courseId'>;

export const sessionRef = z.strictObject({ id: idInput });
export const sessionIdInput = z.strictObject({ sessionId: idInput });
export const saved = z.object({ id });
export const cancelled = z.object({ id, seatsCancelled: z.number().int() });

export const sessionFilter = z.strictObject({
  ...pageInput.shape,
  courseId: idInput.optional(),
  /** The unit whose subtree's sessions are listed; unset: the whole scope. */
  unitId: idInput.optional(),
  /** Starting on or after this day, on or before that one. */
  from: day.optional(),
  to: day.optional(),
  status: status.optional(),
  sort: z.enum(['startsAt']).default('startsAt'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type SessionFilter = z.output<typeof sessionFilter>;

export const sessionRow = z.object({
  id,
  courseId: id,
  courseTitle: z.string(),
  unitId: id,
  unitName: z.string(),
  title: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: id,
  booked: id,
  trainerId: id.nullable(),
  trainerName: z.string().nullable(),
  status,
});

/** A seat as the course's side reads it: the learner's name and unit, and their attendance. Nothing else of them. */
export const rosterSeat = z.object({
  id,
  learnerName: z.string(),
  unitName: z.string(),
  status: seatStatus,
  attendedAt: z.string().nullable(),
  attendedBy: z.enum(['trainer', 'code']).nullable(),
  late: z.boolean(),
});
/** The course's unit is the roster's too: the page links the trainer picker and the course by it. */
export const roster = sessionRow.omit({ unitName: true, trainerId: true }).extend({
  seats: z.array(rosterSeat),
});

export const trainerQuery = z.strictObject({
  courseId: idInput,
  /** Part of the account's display name. */
  q: text(50).optional(),
});
export type TrainerQuery = z.output<typeof trainerQuery>;
/** An account that may lead the course's sessions: its id, name and home unit's name, nothing else of it. */
export const trainerChoice = z.object({ id, name: z.string(), unitName: z.string() });
export type TrainerChoice = z.output<typeof trainerChoice>;

export const markInput = z.strictObject({ seatId: idInput, attended: z.boolean() });
export const marked = z.object({
  id,
  attendedAt: z.string().nullable(),
  attendedBy: z.enum(['trainer', 'code']).nullable(),
  late: z.boolean(),
  enrolmentStatus: z.enum(enrolmentStatuses),
  /** The enrolment completed with this attendance (its certificate was issued). */
  completedNow: z.boolean(),
});

export const shownCode = z.object({ code: z.string(), expiresAt: z.string(), link: z.string() });
export const screenState = z.object({
  /** The code to show now (null: none; ask screenCode for one). */
  current: shownCode.nullable(),
  booked: z.number().int(),
  attended: z.number().int(),
});

export const upcomingFilter = z.strictObject({ ...pageInput.shape, courseId: idInput.optional() });
export const mySeat = z.object({
  id,
  status: seatStatus,
  attendedAt: z.string().nullable(),
  late: z.boolean(),
});
export const upcomingRow = z.object({
  id,
  courseId: id,
  courseTitle: z.string(),
  title: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status,
  trainerName: z.string().nullable(),
  capacity: id,
  placesLeft: z.number().int(),
  mySeat: mySeat.nullable(),
});

export const seatAnswer = z.object({ seatId: id, placesLeft: z.number().int() });

export const codeEntry = z.strictObject({
  sessionId: idInput,
  code: z
    .string()
    .trim()
    .refine((code) => checkinCodePattern.test(code), { params: { key: trainingMessage('sessionCodeUnknown') } }),
});
export const checkedIn = z.object({
  seatId: id,
  attendedAt: z.string(),
  late: z.boolean(),
  enrolmentStatus: z.enum(enrolmentStatuses),
  completedNow: z.boolean(),
});
