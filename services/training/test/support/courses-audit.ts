// The audit coverage's calls of the courses area (tests/services/audit-coverage.test.ts gathers
// services/*/test/audit-cases/*.ts): each a call by the township admin of 城关镇 on a course of one of its branches,
// whose one entry must belong to that branch (the course's unit), never to the caller's home.
import type { Unit } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';

type Expected = { action: string; unitId: number; actorId: number };
export type AuditCase = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{ caller: Caller; call: (c: Caller) => Promise<unknown>; expected: (result: unknown) => Expected }>;

/** A call by the township admin of 城关镇 on a course of `branch(i)`, whose entry belongs to that branch. */
export const byCourseAdmin =
  (
    action: string,
    i: number,
    prepare: (env: TestEnv, unit: Unit) => Promise<(c: Caller) => Promise<unknown>>,
  ): AuditCase =>
  async (env, { branch }) => {
    const unit = branch(i);
    const call = await prepare(env, unit);
    const actorId = env.seed.users.chengguan!;
    return { caller: await env.as('chengguan'), call, expected: () => ({ action, actorId, unitId: unit.id }) };
  };
