// Rows the statistics' tests count, written straight with the raw client: townships of their own (so nothing another
// test added is counted), transfer letters in any state at any instant, floating attachments, and a township's admin.
import type { Unit } from '@strata/db';
import type { TestEnv } from '../../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../../tests/support/factories';

export type TestTownship = Unit & { branches: Unit[] };

/** A new township below the top unit with `branches` branches of its own. */
export async function addTownship(env: TestEnv, branches = 2): Promise<TestTownship> {
  const township = await addUnit(env, env.seed.municipality, { kind: 'township', name: uniqueName('统计镇') });
  const made: Unit[] = [];
  for (let i = 0; i < branches; i++)
    made.push(await addUnit(env, township, { kind: 'branch', name: uniqueName('支部') }));
  return { ...township, branches: made };
}

let letters = 0;

/**
 * A transfer letter of `memberId` from `from` to `to` (null: an outside organisation), in `state` (confirmed by
 * default), decided at `decidedAt` (for a confirmed letter) and issued on `issuedOn`.
 */
export function addTransfer(
  env: TestEnv,
  opts: {
    memberId: number;
    from: number;
    to: number | null;
    state?: 'issued' | 'confirmed' | 'returned' | 'cancelled' | 'completed';
    issuedOn: string;
    decidedAt?: Date;
  },
) {
  letters += 1;
  return env.db.transfer.create({
    data: {
      unitId: opts.from,
      memberId: opts.memberId,
      letterNo: `统计-${letters}`,
      toUnitId: opts.to,
      toOrganisation: opts.to === null ? '外省某单位党委' : '',
      issuedOn: opts.issuedOn,
      expiresOn: '2099-12-31',
      state: opts.state ?? 'confirmed',
      decidedAt: opts.decidedAt ?? null,
    },
  });
}

/** A floating attachment of the member (of `unitId`) to `hostUnitId` from `startedOn`, open unless `endedOn`. */
export const addFloating = (
  env: TestEnv,
  opts: { memberId: number; unitId: number; hostUnitId: number; startedOn: string; endedOn?: string },
) =>
  env.db.floatingAttachment.create({
    data: {
      memberId: opts.memberId,
      unitId: opts.unitId,
      hostUnitId: opts.hostUnitId,
      startedOn: opts.startedOn,
      endedOn: opts.endedOn ?? null,
    },
  });

/** A caller holding `role` at `unit` alone. */
export async function callerAt(env: TestEnv, unit: Unit, role: string) {
  const account = await addAccount(env, { unitId: unit.id, grants: [{ role, unitId: unit.id }] });
  return env.as(account.username);
}
