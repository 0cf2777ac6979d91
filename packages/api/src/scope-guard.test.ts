import { describe, expect, it } from 'vitest';
import { Scope, subtreePaths } from './scope';
import { ScopeGuardError, ScopeRules } from './scope-guard';
import type { DataModel } from './unit-owned-models';
import { relationsOf, sharedRelationsOf, unitOwnedModels } from './unit-owned-models';

const scalar = (name: string) => ({ name, kind: 'scalar', type: 'Int' });
const relation = (name: string, type: string) => ({ name, kind: 'object', type });
/** A small model of the same shape as Strata's: units, their articles, users with grants, sessions. */
const model: DataModel = {
  models: {
    Unit: {
      fields: [
        scalar('id'),
        scalar('parentId'),
        relation('parent', 'Unit'),
        relation('children', 'Unit'),
        relation('articles', 'Article'),
      ],
    },
    Article: {
      fields: [
        scalar('id'),
        scalar('unitId'),
        relation('unit', 'Unit'),
        scalar('authorId'),
        relation('author', 'User'),
      ],
    },
    User: {
      fields: [
        scalar('id'),
        scalar('unitId'),
        relation('unit', 'Unit'),
        relation('grants', 'Grant'),
        relation('sessions', 'Session'),
      ],
    },
    Grant: {
      fields: [scalar('id'), scalar('unitId'), relation('unit', 'Unit'), scalar('userId'), relation('user', 'User')],
    },
    Session: { fields: [scalar('userId'), relation('user', 'User')] },
    Enrolment: {
      fields: [scalar('unitId'), relation('unit', 'Unit'), scalar('courseUnitId'), relation('courseUnit', 'Unit')],
    },
  },
};
const township = new Scope([{ id: 1, role: 'township_admin', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
const rules = new ScopeRules(model, township);
const own = township.ownedWhere('content.read');

describe('unit-owned models', () => {
  it('are derived from the data model: Unit and every model with a to-one relation to it', () => {
    expect([...unitOwnedModels(model)].sort()).toEqual(['Article', 'Enrolment', 'Grant', 'Unit', 'User']);
  });

  it('name the units a row is shared with: its to-one relations to Unit besides its owner', () => {
    expect(sharedRelationsOf(model, 'Enrolment')).toEqual(['courseUnit']);
    expect(sharedRelationsOf(model, 'Article')).toEqual([]);
    expect(sharedRelationsOf(model, 'Unit')).toEqual([]);
    expect(rules.ownerIds('Enrolment', { unitId: 3, courseUnitId: 4 })).toEqual([3, 4]);
    expect(rules.ownerChoices('Enrolment', [{ courseUnitId: 4 }, { unitId: 3, courseUnitId: 4 }])).toEqual([
      { owner: null, shared: [4] },
      { owner: 3, shared: [4] },
    ]);
  });

  it('include Unit even when it has no parent relation, and nothing that only lists units', () => {
    const flat: DataModel = {
      models: { Unit: { fields: [scalar('id')] }, Tag: { fields: [scalar('id'), relation('units', 'Unit')] } },
    };
    expect([...unitOwnedModels(flat)]).toEqual(['Unit']);
  });

  it('know each relation field, its target and whether it is a list, and only relation fields', () => {
    // A model read for the first time (the relations are cached per model).
    expect([...relationsOf(structuredClone(model), 'User')]).toEqual([
      ['unit', { target: 'Unit', list: false }],
      ['grants', { target: 'Grant', list: true }],
      ['sessions', { target: 'Session', list: true }],
    ]);
    expect(relationsOf(model, 'Nothing').size).toBe(0);
  });
});

describe('the scope filter', () => {
  it('is accepted from Scope, at the top or in an AND', () => {
    expect(rules.hasScopeFilter('Article', { id: 5, ...own })).toBe(true);
    expect(rules.hasScopeFilter('Unit', { id: 5, ...township.unitWhere('unit.read') })).toBe(true);
    expect(rules.hasScopeFilter('Article', { AND: [{ status: 'draft' }, own] })).toBe(true);
    expect(rules.hasScopeFilter('Article', township.ownedWhere('nothing' as never))).toBe(true);
    expect(rules.hasScopeFilter('Article', { unit: township.unitWhere('content.read', '/1/7/9/') })).toBe(true);
  });

  it('is refused when missing, hand-made outside the scope, or only one side of an OR', () => {
    expect(rules.hasScopeFilter('Article', undefined)).toBe(false);
    expect(rules.hasScopeFilter('Article', { id: 5 })).toBe(false);
    expect(rules.hasScopeFilter('Article', { unitId: 2 })).toBe(false);
    expect(rules.hasScopeFilter('Unit', { OR: [{ name: 'x' }] })).toBe(false);
    expect(rules.hasScopeFilter('Article', { OR: [own, { id: 1 }] })).toBe(false);
    // Any prefix used to pass: "/" is the whole tree, "/1/8/" another township.
    expect(rules.hasScopeFilter('Article', { unit: { OR: [{ path: subtreePaths('/') }] } })).toBe(false);
    expect(rules.hasScopeFilter('Article', { unit: { OR: [{ path: subtreePaths('/1/8/') }] } })).toBe(false);
    expect(rules.hasScopeFilter('Article', { unit: { OR: [{ path: subtreePaths('/1/7/'), name: 'x' }] } })).toBe(false);
  });
});

describe('nested reads', () => {
  it('refuses an include chain that reaches unit-owned lists without the filter', () => {
    const chain = {
      include: { unit: { include: { parent: { include: { children: { include: { articles: true } } } } } } },
    };
    expect(() => rules.checkSelection('Article', chain, 'Article.findMany')).toThrow(/children/);
    expect(() => rules.checkSelection('User', { include: { grants: true } }, 'q')).toThrow(/grants/);
    expect(() => rules.checkSelection('Session', { include: { user: { include: { grants: true } } } }, 'q')).toThrow(
      /grants/,
    );
    expect(() => rules.checkSelection('Unit', { select: { _count: true } }, 'q')).toThrow(/_count/);
    expect(() => rules.checkSelection('User', { include: { _count: { select: { grants: true } } } }, 'q')).toThrow();
  });

  it('lets scoped lists and to-one relations through', () => {
    expect(() =>
      rules.checkSelection(
        'User',
        { include: { unit: { select: { name: true } }, grants: { where: own, include: { unit: true } } } },
        'q',
      ),
    ).not.toThrow();
    expect(() => rules.checkSelection('Article', { include: { author: { select: { id: true } } } }, 'q')).not.toThrow();
    expect(() =>
      rules.checkSelection('User', { include: { _count: { select: { grants: { where: own } } } } }, 'q'),
    ).not.toThrow();
  });
});

describe('relation filters', () => {
  it('refuse a filter through a unit-owned relation without the scope filter', () => {
    expect(() => rules.checkWhere('User', { grants: { some: { unitId: 9 } } }, 'q')).toThrow(/grants/);
    expect(() => rules.checkWhere('Article', { author: { username: 'x' } }, 'q')).toThrow(/author/);
    expect(() => rules.checkWhere('Article', { OR: [{ author: { is: { id: 1 } } }] }, 'q')).toThrow(/author/);
    expect(() => rules.checkWhere('Article', { unit: { OR: [{ path: subtreePaths('/') }] } }, 'q')).toThrow();
  });

  it('accept the scope filter itself and scoped relation filters', () => {
    expect(() => rules.checkWhere('Article', { id: 1, ...own }, 'q')).not.toThrow();
    expect(() => rules.checkWhere('User', { grants: { some: { role: 'x', ...own } } }, 'q')).not.toThrow();
  });
});

describe('nested writes', () => {
  it('are refused into unit-owned models, and allowed into others', () => {
    expect(() => rules.checkData('User', { grants: { create: { role: 'x', unitId: 1 } } }, 'q')).toThrow(/grants/);
    expect(() => rules.checkData('Article', { unit: { connect: { id: 1 } } }, 'q')).toThrow(/unit/);
    expect(() => rules.checkData('User', [{ name: 'a' }, { grants: { create: {} } }], 'q')).toThrow();
    expect(() => rules.checkData('User', { sessions: { deleteMany: {} } }, 'q')).not.toThrow();
    expect(() => rules.checkData('Article', { title: 'x', unitId: 9 }, 'q')).not.toThrow();
  });

  it('name the owner units a write gives rows to (the guard checks them against the scope)', () => {
    expect(rules.ownerIds('Article', [{ unitId: 3 }, { unitId: 4 }])).toEqual([3, 4]);
    expect(rules.ownerIds('Unit', { parentId: 7, name: 'x' })).toEqual([7]);
    expect(rules.withinScope('/1/7/9/')).toBe(true);
    expect(rules.withinScope('/1/8/')).toBe(false);
  });
});

describe('the scope filter, exactly as Scope makes it', () => {
  const unitFilter = (...or: unknown[]) => ({ unit: { OR: or } });
  const inScope = { path: subtreePaths('/1/7/') };

  it('is accepted in every subtree of a caller with several, and as a single AND', () => {
    const twoTownships = new ScopeRules(
      model,
      new Scope([
        { id: 1, role: 'township_admin', unitId: 7, unitPath: '/1/7/', unitName: 't' },
        { id: 2, role: 'township_admin', unitId: 8, unitPath: '/1/8/', unitName: 'u' },
      ]),
    );
    expect(twoTownships.withinScope('/1/8/3/')).toBe(true);
    expect(twoTownships.hasScopeFilter('Article', unitFilter({ path: subtreePaths('/1/8/') }))).toBe(true);
    expect(rules.hasScopeFilter('Article', { AND: own })).toBe(true);
    expect(rules.hasScopeFilter('Article', { AND: { id: 1 } })).toBe(false);
  });

  it('is refused when empty, partly foreign, or padded with conditions of other shapes', () => {
    expect(rules.hasScopeFilter('Article', null)).toBe(false);
    expect(rules.hasScopeFilter('Unit', { OR: [] })).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter())).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter(inScope, { id: 1 }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter(inScope, null))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter(inScope, 'x'))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ id: -1, path: { startsWith: '/' } }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: { startsWith: '/1/7/', endsWith: '/' } }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: { startsWith: 7 } }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: '/1/7/' }))).toBe(false);
    // The range must be exactly a subtree's: a wider end, a start that is not a unit path, or a foreign subtree.
    expect(rules.hasScopeFilter('Article', unitFilter({ path: { gte: '/1/7/', lt: '/1/8' } }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: { gte: '/1/7', lt: '/1/0' } }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: { ...subtreePaths('/1/7/'), not: 'x' } }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: subtreePaths('/1/8/') }))).toBe(false);
    expect(rules.hasScopeFilter('Article', unitFilter({ path: subtreePaths('/1/7/9/') }))).toBe(true);
  });
});

describe('relation filters, every way Prisma writes them', () => {
  it('AND, OR and NOT are walked, as lists or single filters', () => {
    const probe = { grants: { some: { unitId: 9 } } };
    expect(() => rules.checkWhere('User', { AND: [probe] }, 'q')).toThrow(/grants/);
    expect(() => rules.checkWhere('User', { AND: probe }, 'q')).toThrow(/grants/);
    expect(() => rules.checkWhere('User', { NOT: [probe] }, 'q')).toThrow(/grants/);
    expect(() => rules.checkWhere('User', { NOT: probe }, 'q')).toThrow(/grants/);
    expect(() => rules.checkWhere('User', { NOT: { grants: { some: own } } }, 'q')).not.toThrow();
  });

  it('some, every, none, is and isNot each take the scope filter', () => {
    for (const op of ['some', 'every', 'none']) {
      expect(() => rules.checkWhere('User', { grants: { [op]: { role: 'x', ...own } } }, 'q')).not.toThrow();
      expect(() => rules.checkWhere('User', { grants: { [op]: { role: 'x' } } }, 'q')).toThrow(/grants/);
    }
    for (const op of ['is', 'isNot']) {
      expect(() => rules.checkWhere('Article', { author: { [op]: own } }, 'q')).not.toThrow();
      expect(() => rules.checkWhere('Article', { author: { [op]: { id: 1 } } }, 'q')).toThrow(/author/);
    }
  });

  it('a relation to rows no unit owns needs no filter, but what it reaches does', () => {
    expect(() => rules.checkWhere('User', { sessions: { some: { userId: 1 } } }, 'q')).not.toThrow();
    expect(() =>
      rules.checkWhere('User', { sessions: { some: { user: { grants: { some: { unitId: 9 } } } } } }, 'q'),
    ).toThrow(ScopeGuardError);
    expect(() => rules.checkWhere('User', { sessions: null, id: 3 }, 'q')).not.toThrow();
  });
});

describe('counts and selections', () => {
  it('count only what is scoped, or what no unit owns', () => {
    const count = (select: unknown) => () => rules.checkSelection('User', { select: { _count: select } }, 'q');
    expect(count({ select: { sessions: true, grants: false, name: true } })).not.toThrow();
    expect(count({ select: { grants: { where: own } } })).not.toThrow();
    expect(count({ select: { unit: true } })).not.toThrow();
    expect(count({ select: { grants: true } })).toThrow(ScopeGuardError);
    expect(count({ select: { grants: { where: { id: 1 } } } })).toThrow(ScopeGuardError);
    expect(count({})).toThrow(ScopeGuardError);
    expect(() => rules.checkSelection('Session', { include: { _count: true } }, 'q')).not.toThrow();
  });

  it('nothing selected is nothing to check', () => {
    expect(() => rules.checkSelection('User', undefined, 'q')).not.toThrow();
    expect(() => rules.checkSelection('User', { include: { grants: false, unit: true } }, 'q')).not.toThrow();
  });
});

describe('rows a write names', () => {
  it('skip what is not a row, and name only numeric owner ids', () => {
    expect(() => rules.checkData('User', [null, 'x', { name: 'a' }], 'q')).not.toThrow();
    expect(rules.ownerIds('Article', [null, { title: 'x' }, { unitId: { set: 4 } }, { unitId: 3 }])).toEqual([3]);
    expect(rules.ownerIds('Unit', { unitId: 3 })).toEqual([]);
  });
});
