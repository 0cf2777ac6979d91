// Scope cases of unlocking an account and importing accounts: an own account is unlocked and an import at an
// own township opens its accounts; 东湖街道's account or township is a missing id, and a row naming one of its
// units is the same row error as a unit that does not exist. Nothing changes on a refusal.
import { expect } from 'vitest';
import { addAccount, addUnit, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  ownPlace,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';

const password = 'Strong#password1';
const hour = 3_600_000;

/** Locks an account as repeated failed sign-ins would. */
const lock = (t: ScopeTest, username: string) =>
  t.env.db.attemptCounter.create({
    data: {
      key: `user:${username}`,
      failures: 5,
      windowEndsAt: new Date(Date.now() + hour),
      lockedUntil: new Date(Date.now() + hour),
    },
  });
const lockOf = (t: ScopeTest, username: string) =>
  t.env.db.attemptCounter.findUnique({ where: { key: `user:${username}` } });

export const scopeCases: Record<string, ScopeCase> = {
  'identity.users.unlock': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const user = await addAccount(t.env, { unitId: p.branches[1]!.id });
        await lock(t, user.username);
        const row = await t.a.identity.users.unlock({ id: user.id });
        expect(row).toMatchObject({ id: user.id, username: user.username, locked: false });
        expect(await lockOf(t, user.username)).toBeNull();
      },
      async (p) => {
        const user = await addAccount(t.env, { unitId: p.branches[1]!.id });
        await lock(t, user.username);
        await expectHidden(t.a.identity.users.unlock({ id: user.id }), t.a.identity.users.unlock({ id: missing }));
        expect(await lockOf(t, user.username)).not.toBeNull();
      },
    ),

  'identity.users.import': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const username = uniqueName(`${t.tag}-imp`);
        const unit = p.branches[2]!;
        const result = await t.a.identity.users.import({
          unitId: p.township.id,
          rows: [{ username, displayName: '导入的用户', unit: unit.name, password }],
        });
        expect(result).toEqual({ imported: 1, errors: [] });
        expect(await t.env.db.user.findUniqueOrThrow({ where: { username } })).toMatchObject({
          unitId: unit.id,
          displayName: '导入的用户',
          mustChangePassword: true,
        });
      },
      async (p) => {
        const before = await t.env.db.user.count();
        const rows = [{ username: uniqueName(`${t.tag}-imp`), displayName: 'x', unit: p.branches[2]!.name, password }];
        await expectHidden(
          t.a.identity.users.import({ unitId: p.township.id, rows }),
          t.a.identity.users.import({ unitId: missing, rows }),
        );
        // At an own township, a row naming one of their units is a unit that does not exist.
        const theirs = await addUnit(t.env, p.branches[0]!);
        const own = ownPlace(t, 'user.manage');
        const row = { username: uniqueName(`${t.tag}-imp`), displayName: 'x', password };
        const [foreign, absent] = await Promise.all([
          t.a.identity.users.import({ unitId: own.township.id, rows: [{ ...row, unit: theirs.name }] }),
          t.a.identity.users.import({ unitId: own.township.id, rows: [{ ...row, unit: `${theirs.name}-none` }] }),
        ]);
        expect(foreign).toEqual({ imported: 0, errors: [{ row: 1, field: 'unit', problem: 'unitUnknown' }] });
        expect(absent).toEqual(foreign);
        expect(await t.env.db.user.count()).toBe(before);
      },
    ),
};
