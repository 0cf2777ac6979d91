import type { Db, Unit } from '@strata/db';
import { describe, expect, it } from 'vitest';
import { Scope, subtreePaths } from './scope';
import { assertActiveUnit, checkedSubtree, trustedUnit, withinPath } from './units-in-scope';

const township = new Scope([{ id: 1, role: 'township_admin', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
const unit = (id: number, path: string) => ({ id, path, archivedAt: null }) as unknown as Unit;

describe('a unit looked up through the scope', () => {
  // The lookup itself (a unit inside the scope, and one outside it as missing) is tested against both databases in
  // tests/services/scoped-page.test.ts.
  it('narrows a list not at all when no unit is asked for (without a query)', async () => {
    // A client that fails any query: none is made.
    const client = new Proxy({}, { get: () => expect.unreachable('a query') }) as unknown as Db;
    await expect(withinPath(client, township, 'unit.read', undefined)).resolves.toBeUndefined();
  });

  it('gives the filter for its subtree', () => {
    expect(checkedSubtree(trustedUnit(unit(9, '/1/7/9/')))).toEqual({ OR: [{ path: subtreePaths('/1/7/9/') }] });
    const other = unit(8, '/1/8/');
    expect(trustedUnit(other)).toBe(other);
  });

  it('takes nothing new when archived', () => {
    expect(() => assertActiveUnit({ archivedAt: new Date() }, 'unitId')).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'unitArchived', field: 'unitId' }),
    );
    expect(() => assertActiveUnit({ archivedAt: null }, 'unitId')).not.toThrow();
  });
});
