import type { Db, Unit } from '@strata/db';
import { describe, expect, it } from 'vitest';
import { Scope, subtreePaths } from './scope';
import { assertActiveUnit, checkedSubtree, trustedUnit, unitInScope, withinPath } from './units-in-scope';

const township = new Scope([{ id: 1, role: 'township_admin', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
const unit = (id: number, path: string) => ({ id, path, archivedAt: null }) as unknown as Unit;

/** A stand-in client that finds a unit when the filter names its id and a path prefix that covers it. */
function db(units: Unit[]) {
  const asked: unknown[] = [];
  const client = {
    unit: {
      findFirst: async (args: { where: { id: number; OR: { path: { gte: string; lt: string } }[] } }) => {
        asked.push(args);
        const { id, OR } = args.where;
        // The range as the database reads it.
        return units.find((u) => u.id === id && OR.some((c) => u.path >= c.path.gte && u.path < c.path.lt)) ?? null;
      },
    },
  };
  return { client: client as unknown as Db, asked };
}

describe('a unit looked up through the scope', () => {
  const units = [unit(9, '/1/7/9/'), unit(8, '/1/8/')];

  it('is found inside the scope, and reported as missing outside it', async () => {
    const { client, asked } = db(units);
    await expect(unitInScope(client, township, 'unit.read', 9)).resolves.toEqual(units[0]);
    expect(asked).toEqual([{ where: { id: 9, OR: [{ path: subtreePaths('/1/7/') }] } }]);
    await expect(unitInScope(client, township, 'unit.read', 8)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  // A unit's path through the scope is tested against both databases in tests/services/scoped-page.test.ts.
  it('narrows a list not at all when no unit is asked for (without a query)', async () => {
    const { client, asked } = db(units);
    await expect(withinPath(client, township, 'unit.read', undefined)).resolves.toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('gives the filter for its subtree', () => {
    expect(checkedSubtree(trustedUnit(unit(9, '/1/7/9/')))).toEqual({ OR: [{ path: subtreePaths('/1/7/9/') }] });
    expect(trustedUnit(units[1] as Unit)).toBe(units[1]);
  });

  it('takes nothing new when archived', () => {
    expect(() => assertActiveUnit({ archivedAt: new Date() }, 'unitId')).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'unitArchived', field: 'unitId' }),
    );
    expect(() => assertActiveUnit({ archivedAt: null }, 'unitId')).not.toThrow();
  });
});
