// The audit coverage's calls of the volunteers team (tests/services/audit-coverage.test.ts gathers
// services/*/test/audit-cases/*.ts): who calls, and the unit whose log must get the one entry.
import type { Unit } from '@strata/db';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { addAccount } from '../../../../tests/support/factories';
import { addVolunteer } from './volunteers';

type Expected = { action: string; unitId: number; actorId: number };
export type AuditCase = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{ caller: Caller; call: (c: Caller) => Promise<unknown>; expected: (result: unknown) => Expected }>;

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

/**
 * A call by an account at home in 东湖街道 (township admin of 城关镇), a volunteer of its home unit unless `register`,
 * whose entry belongs to its home, or to the unit `prepare` names.
 */
export const byOwnAccount =
  (
    action: string,
    prepare: (
      env: TestEnv,
      volunteerId: number,
      branch: (i: number) => Unit,
    ) => Promise<[Unit | null, (c: Caller) => Promise<unknown>]>,
    register = true,
  ): AuditCase =>
  async (env, { branch, home }) => {
    const user = await addAccount(env, {
      unitId: home.id,
      grants: [{ role: 'township_admin', unitId: env.seed.townships.chengguan!.id }],
    });
    const volunteer = register ? await addVolunteer(env, home.id, { accountId: user.id }) : null;
    const [unit, call] = await prepare(env, volunteer?.id ?? 0, branch);
    return {
      caller: await env.as(user.username),
      call,
      expected: () => ({ action, actorId: user.id, unitId: (unit ?? home).id }),
    };
  };
