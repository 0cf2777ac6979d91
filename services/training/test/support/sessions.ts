// Sessions, seats and check-in codes for the sessions area's tests, written straight with the raw client (as the
// screen or a booking would have left them), beside the shared factories of ./training.
import type { Enrolment, User } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { shanghai } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import { addCourse, addEnrolment, addLearner, type CourseBundle, type CourseOptions } from './training';

/** The day the sessions of these tests take place (09:00-12:00 in Asia/Shanghai unless told). */
export const sessionDay = '2026-05-10';
export const onSessionDay = (hhmmss: string) => `${sessionDay}T${hhmmss}`;

export type SessionOptions = {
  title?: string;
  place?: string;
  /** Wall-clock times in Asia/Shanghai (`2026-05-10T09:00:00`). */
  startsAt?: string;
  endsAt?: string;
  capacity?: number;
  status?: 'scheduled' | 'cancelled';
  trainerId?: number | null;
};

/** A session of the bundle's course, in the course's unit. */
export function addSession(env: TestEnv, bundle: CourseBundle, opts: SessionOptions = {}) {
  return env.db.trainingSession.create({
    data: {
      unitId: bundle.course.unitId,
      courseId: bundle.course.id,
      title: opts.title ?? uniqueName('面授课'),
      place: opts.place ?? '党员活动室',
      startsAt: shanghai(opts.startsAt ?? onSessionDay('09:00:00')),
      endsAt: shanghai(opts.endsAt ?? onSessionDay('12:00:00')),
      capacity: opts.capacity ?? 30,
      status: opts.status ?? 'scheduled',
      trainerId: opts.trainerId ?? null,
    },
  });
}

/** The enrolment's seat in the session, booked (its place counted on the session) unless told otherwise. */
export async function addSeat(
  env: TestEnv,
  session: { id: number },
  enrolment: Pick<Enrolment, 'id' | 'unitId' | 'courseUnitId'>,
  opts: { status?: 'booked' | 'cancelled'; attendedAt?: Date | null; attendedBy?: 'trainer' | 'code' } = {},
) {
  const status = opts.status ?? 'booked';
  const seat = await env.db.trainingSeat.create({
    data: {
      unitId: enrolment.unitId,
      courseUnitId: enrolment.courseUnitId,
      sessionId: session.id,
      enrolmentId: enrolment.id,
      status,
      attendedAt: opts.attendedAt ?? null,
      attendedBy: opts.attendedAt ? (opts.attendedBy ?? 'trainer') : null,
    },
  });
  if (status === 'booked')
    await env.db.trainingSession.update({ where: { id: session.id }, data: { booked: { increment: 1 } } });
  return seat;
}

/** A code on the session's screen, issued at `issuedAt` (Asia/Shanghai wall clock) for 60 seconds. */
export function addCode(
  env: TestEnv,
  session: { id: number; unitId: number },
  code: string,
  issuedAt: string,
): Promise<{ id: number; code: string; expiresAt: Date }> {
  const issued = shanghai(issuedAt);
  return env.db.trainingCheckinCode.create({
    data: {
      unitId: session.unitId,
      sessionId: session.id,
      code,
      issuedAt: issued,
      expiresAt: new Date(issued.getTime() + 60_000),
    },
  });
}

export type EnrolledLearner = { user: User; enrolment: Enrolment; caller: Caller };

/** A learner at home in `unitId`, enrolled in the bundle's course, signed in. */
export async function enrolledLearner(env: TestEnv, bundle: CourseBundle, unitId: number): Promise<EnrolledLearner> {
  const user = await addLearner(env, unitId);
  const enrolment = await addEnrolment(env, bundle, user);
  return { user, enrolment, caller: await env.as(user.username) };
}

/** A published course of `unitId` with one session on the session day. */
export async function courseWithSession(
  env: TestEnv,
  unitId: number,
  opts: { course?: CourseOptions; session?: SessionOptions } = {},
) {
  const bundle = await addCourse(env, unitId, { lessons: 1, ...opts.course });
  return { bundle, session: await addSession(env, bundle, opts.session) };
}
