import { type GrantInScope, Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { describe, expect, it } from 'vitest';
import { lockAccount } from './own-management.sql';
import { assertKeepsOwnManagement } from './remove-grant';

const grant = (id: number, role: GrantInScope['role']): GrantInScope => ({
  id,
  role,
  unitId: 2,
  unitPath: '/1/2/',
  unitName: 'township',
});

describe('removing a grant from one’s own account', () => {
  const me = 40;
  const refused = expect.objectContaining({ code: 'BAD_REQUEST', key: 'lastGrant' });

  it('is refused for the only grant that lets the caller manage accounts', () => {
    const scope = new Scope([grant(1, 'township_admin'), grant(2, 'member')]);
    expect(() => assertKeepsOwnManagement({ id: 1, userId: me }, me, scope.grants)).toThrow(refused);
  });

  it('is allowed for one of two managing grants, and for a grant that manages nothing', () => {
    const twice = new Scope([grant(1, 'township_admin'), grant(3, 'municipal_admin')]);
    expect(() => assertKeepsOwnManagement({ id: 1, userId: me }, me, twice.grants)).not.toThrow();
    const once = new Scope([grant(1, 'township_admin'), grant(2, 'member')]);
    expect(() => assertKeepsOwnManagement({ id: 2, userId: me }, me, once.grants)).not.toThrow();
  });

  it('does not apply to another account’s grants, however alike', () => {
    const scope = new Scope([grant(1, 'township_admin')]);
    expect(() => assertKeepsOwnManagement({ id: 9, userId: 41 }, me, scope.grants)).not.toThrow();
    expect(() => assertKeepsOwnManagement({ id: 1, userId: 41 }, me, scope.grants)).not.toThrow();
  });

  it('is allowed when the caller holds no managing grant at all', () => {
    const scope = new Scope([grant(2, 'content_editor')]);
    expect(() => assertKeepsOwnManagement({ id: 2, userId: me }, me, scope.grants)).not.toThrow();
    expect(() => assertKeepsOwnManagement({ id: 2, userId: me }, me, [])).not.toThrow();
  });
});

describe('locking the account while its grants are decided', () => {
  const client = (provider: string) => {
    const queries: { strings: string[]; values: unknown[] }[] = [];
    const tx = {
      _activeProvider: provider,
      $queryRaw: async (sql: { strings: string[]; values: unknown[] }) => queries.push(sql),
    };
    return { tx: tx as unknown as Tx, queries };
  };

  it('takes the row lock of the account on PostgreSQL', async () => {
    const { tx, queries } = client('postgresql');
    await lockAccount(tx, 40);
    expect(queries.map((q) => [q.strings.join('?'), q.values])).toEqual([
      ['SELECT "id" FROM "User" WHERE "id" = ? FOR UPDATE', [40]],
    ]);
  });

  it('asks nothing of SQLite, which runs one transaction at a time', async () => {
    const { tx, queries } = client('sqlite');
    await lockAccount(tx, 40);
    expect(queries).toEqual([]);
  });
});
