// One valid call of each sessions mutation, and the audit entry it must write (tests/services/audit-coverage runs them:
// exactly one entry, its action, actor and unit). The course's side (the township admin of 城关镇) writes in the
// course's unit, a branch of 城关镇; a learner's own calls (an account at home in 东湖街道, enrolled in that course)
// write in the learner's unit, where their seat lives.
import type { Unit } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { addAccount } from '../../../../tests/support/factories';
import { addCode, addSeat, courseWithSession, onSessionDay } from '../support/sessions';
import { addEnrolment } from '../support/training';

type Expected = { action: string; unitId: number; actorId: number };
type AuditCase = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{ caller: Caller; call: (c: Caller) => Promise<unknown>; expected: (result: unknown) => Expected }>;

const before = '2026-05-01T10:00:00';
const during = onSessionDay('09:30:00');
const after = onSessionDay('12:30:00');
/** The branch of 城关镇 these calls use. */
const branchNo = 3;

type Course = Awaited<ReturnType<typeof courseWithSession>>;

/** A call by the township admin of 城关镇 on a course of a 城关镇 branch, whose entry belongs to that branch. */
const byCourseSide =
  (action: string, prepare: (env: TestEnv, course: Course) => Promise<(c: Caller) => Promise<unknown>>): AuditCase =>
  async (env, { branch }) => {
    const unit = branch(branchNo);
    const call = await prepare(env, await courseWithSession(env, unit.id));
    const actorId = env.seed.users.chengguan!;
    return { caller: await env.as('chengguan'), call, expected: () => ({ action, actorId, unitId: unit.id }) };
  };

/**
 * A call by a learner's own account (at home in 东湖街道, township admin of 城关镇) enrolled in a course of a 城关镇
 * branch, whose entry belongs to the learner's unit.
 */
const byLearner =
  (
    action: string,
    prepare: (
      env: TestEnv,
      course: Course,
      enrolment: Awaited<ReturnType<typeof addEnrolment>>,
    ) => Promise<(c: Caller) => Promise<unknown>>,
  ): AuditCase =>
  async (env, { branch, home }) => {
    const user = await addAccount(env, {
      unitId: home.id,
      grants: [{ role: 'township_admin', unitId: env.seed.townships.chengguan!.id }],
    });
    const course = await courseWithSession(env, branch(branchNo).id);
    const call = await prepare(env, course, await addEnrolment(env, course.bundle, user));
    return {
      caller: await env.as(user.username),
      call,
      expected: () => ({ action, actorId: user.id, unitId: home.id }),
    };
  };

const fields = {
  title: '审计面授课',
  place: '党员活动室',
  startsAt: '2026-05-10T09:00:00+08:00',
  endsAt: '2026-05-10T11:00:00+08:00',
  capacity: 10,
  trainerId: null,
};

export const auditCases: Record<string, AuditCase> = {
  'training.sessions.create': byCourseSide(
    'trainingSession.create',
    async (env, { bundle }) =>
      (c) =>
        env.at(before, () => c.training.sessions.create({ courseId: bundle.course.id, ...fields })),
  ),
  'training.sessions.update': byCourseSide(
    'trainingSession.update',
    async (env, { session }) =>
      (c) =>
        env.at(before, () => c.training.sessions.update({ id: session.id, ...fields })),
  ),
  'training.sessions.cancel': byCourseSide(
    'trainingSession.cancel',
    async (env, { session }) =>
      (c) =>
        env.at(before, () => c.training.sessions.cancel({ id: session.id })),
  ),
  'training.sessions.screenCode': byCourseSide(
    'trainingSession.code',
    async (env, { session }) =>
      (c) =>
        env.at(during, () => c.training.sessions.screenCode({ id: session.id })),
  ),
  // The trainer's mark of a 东湖街道 learner: the entry in the course's unit.
  'training.sessions.mark': byCourseSide('trainingSeat.mark', async (env, { bundle, session }) => {
    const learner = await addAccount(env, { unitId: env.seed.townships.donghu!.branches[1]!.id });
    const seat = await addSeat(env, session, await addEnrolment(env, bundle, learner));
    return (c) => env.at(after, () => c.training.sessions.mark({ seatId: seat.id, attended: true }));
  }),
  'training.sessions.book': byLearner(
    'trainingSeat.book',
    async (env, { session }) =>
      (c) =>
        env.at(before, () => c.training.sessions.book({ sessionId: session.id })),
  ),
  'training.sessions.cancelSeat': byLearner('trainingSeat.cancel', async (env, { session }, enrolment) => {
    await addSeat(env, session, enrolment);
    return (c) => env.at(before, () => c.training.sessions.cancelSeat({ sessionId: session.id }));
  }),
  'training.sessions.checkIn': byLearner('trainingSeat.checkIn', async (env, { session }, enrolment) => {
    await addSeat(env, session, enrolment);
    await addCode(env, session, '314159', onSessionDay('09:29:50'));
    return (c) => env.at(during, () => c.training.sessions.checkIn({ sessionId: session.id, code: '314159' }));
  }),
};
