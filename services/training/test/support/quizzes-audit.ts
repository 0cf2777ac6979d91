// The audit coverage's calls of the quizzes area (tests/services/audit-coverage.test.ts gathers
// services/*/test/audit-cases/*.ts). An editor's call is the township admin of 城关镇's on a course of one of its
// branches, whose one entry belongs to that branch (the course's unit). A learner's call is an account's at home in a
// 东湖街道 branch (granted at 城关镇), enrolled in a course of a 城关镇 branch: the attempt is owned by the learner's unit,
// so its entry belongs to the learner's home, never to the course's unit or the grant's.
import type { Unit } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { addAccount } from '../../../../tests/support/factories';
import { addCourse, addEnrolment, type CourseBundle } from './training';

type Expected = { action: string; unitId: number; actorId: number };
export type AuditCase = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{ caller: Caller; call: (c: Caller) => Promise<unknown>; expected: (result: unknown) => Expected }>;

/** A call by the township admin of 城关镇 on a fresh course of `branch(i)`, whose entry belongs to that branch. */
export const byEditor =
  (
    action: string,
    i: number,
    prepare: (env: TestEnv, bundle: CourseBundle) => Promise<(c: Caller) => Promise<unknown>>,
  ): AuditCase =>
  async (env, { branch }) => {
    const unit = branch(i);
    const call = await prepare(env, await addCourse(env, unit.id, { lessons: 0 }));
    const actorId = env.seed.users.chengguan!;
    return { caller: await env.as('chengguan'), call, expected: () => ({ action, actorId, unitId: unit.id }) };
  };

/**
 * A call by a learner at home in `home`, enrolled in a fresh course of `branch(i)`, whose entry belongs to `home`;
 * `prepare` may act as the learner first (`own`).
 */
export const byLearner =
  (
    action: string,
    i: number,
    prepare: (env: TestEnv, bundle: CourseBundle, own: Caller) => Promise<(c: Caller) => Promise<unknown>>,
  ): AuditCase =>
  async (env, { branch, home }) => {
    const learner = await addAccount(env, {
      unitId: home.id,
      grants: [{ role: 'township_admin', unitId: env.seed.townships.chengguan!.id }],
    });
    const bundle = await addCourse(env, branch(i).id, { lessons: 0 });
    await addEnrolment(env, bundle, learner);
    const caller = await env.as(learner.username);
    const call = await prepare(env, bundle, caller);
    return {
      caller,
      call,
      expected: () => ({ action, actorId: learner.id, unitId: home.id }),
    };
  };
