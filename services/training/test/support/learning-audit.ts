// The audit coverage's calls of the learning, enrolments and certificates areas (tests/services/audit-coverage.test.ts
// gathers services/*/test/audit-cases/*.ts): who calls, and the unit whose log must get the one entry.
import type { Unit, User } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { addAccount } from '../../../../tests/support/factories';

type Expected = { action: string; unitId: number; actorId: number };
export type AuditCase = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{ caller: Caller; call: (c: Caller) => Promise<unknown>; expected: (result: unknown) => Expected }>;

/**
 * A learner's own call: an account at home in a 东湖街道 branch (its grant, township admin of 城关镇, plays no part),
 * whose entry belongs to its home, where its enrolments are kept.
 */
export const byLearner =
  (
    action: string,
    prepare: (env: TestEnv, learner: User, home: Unit) => Promise<(c: Caller) => Promise<unknown>>,
  ): AuditCase =>
  async (env, { home }) => {
    const learner = await addAccount(env, {
      unitId: home.id,
      grants: [{ role: 'township_admin', unitId: env.seed.townships.chengguan!.id }],
    });
    const call = await prepare(env, learner, home);
    return {
      caller: await env.as(learner.username),
      call,
      expected: () => ({ action, unitId: home.id, actorId: learner.id }),
    };
  };

/** A call by the township admin of 城关镇 whose entry belongs to `unit`. */
export const byAdmin =
  (
    action: string,
    prepare: (env: TestEnv, branch: (i: number) => Unit) => Promise<[Unit, (c: Caller) => Promise<unknown>]>,
  ): AuditCase =>
  async (env, { branch }) => {
    const [unit, call] = await prepare(env, branch);
    const actorId = env.seed.users.chengguan!;
    return { caller: await env.as('chengguan'), call, expected: () => ({ action, actorId, unitId: unit.id }) };
  };
