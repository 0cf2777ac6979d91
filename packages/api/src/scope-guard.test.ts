import { describe, expect, it } from 'vitest';
import { Scope } from './scope';
import { hasScopeFilter } from './scope-guard';

const scope = new Scope([{ id: 1, role: 'township_admin', unitId: 2, unitPath: '/1/2/', unitName: 't' }]);

describe('hasScopeFilter', () => {
  it('accepts the filters Scope builds, alone or inside AND', () => {
    expect(hasScopeFilter('Article', { id: 5, ...scope.ownedWhere('content.read') })).toBe(true);
    expect(hasScopeFilter('Unit', { id: 5, ...scope.unitWhere('unit.read') })).toBe(true);
    expect(hasScopeFilter('Article', { AND: [{ status: 'draft' }, scope.ownedWhere('content.read')] })).toBe(true);
    expect(hasScopeFilter('Article', scope.ownedWhere('nothing' as never))).toBe(true);
  });

  it('rejects a query without one', () => {
    expect(hasScopeFilter('Article', undefined)).toBe(false);
    expect(hasScopeFilter('Article', { id: 5 })).toBe(false);
    expect(hasScopeFilter('Article', { unitId: 2 })).toBe(false);
    expect(hasScopeFilter('Unit', { id: 5 })).toBe(false);
    expect(hasScopeFilter('Unit', { OR: [{ name: 'x' }] })).toBe(false);
    // A scope filter buried under OR does not restrict anything.
    expect(hasScopeFilter('Article', { OR: [scope.ownedWhere('content.read'), { id: 1 }] })).toBe(false);
  });
});
