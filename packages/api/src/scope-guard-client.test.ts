// The guard as a procedure's client sees it, without a database: withScopeGuard over a stand-in client that
// records what reaches the database. Each rule is checked both ways: the scoped query runs, the other is
// refused before it runs.
import type { Db } from '@strata/db';
import { describe, expect, it } from 'vitest';
import { Scope } from './scope';
import { ScopeGuardError, withScopeGuard } from './scope-guard';
import type { DataModel } from './unit-owned-models';

const scalar = (name: string) => ({ name, kind: 'scalar', type: 'Int' });
const relation = (name: string, type: string) => ({ name, kind: 'object', type });
const model: DataModel = {
  models: {
    Unit: { fields: [scalar('id'), scalar('parentId'), relation('parent', 'Unit'), relation('articles', 'Article')] },
    Article: { fields: [scalar('id'), scalar('unitId'), relation('unit', 'Unit')] },
    AuditLog: { fields: [scalar('id'), scalar('unitId'), relation('unit', 'Unit')] },
    Session: { fields: [scalar('id')] },
    // Owned by the learner's unit, shared with the unit running the course.
    Enrolment: {
      fields: [
        scalar('id'),
        scalar('unitId'),
        relation('unit', 'Unit'),
        scalar('courseUnitId'),
        relation('courseUnit', 'Unit'),
      ],
    },
  },
};

// The caller administers the township /1/7/; /1/8/ is another township.
const units = [
  { id: 1, path: '/1/' },
  { id: 7, path: '/1/7/' },
  { id: 9, path: '/1/7/9/' },
  { id: 8, path: '/1/8/' },
];
const township = new Scope([{ id: 1, role: 'township_admin', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
const own = township.ownedWhere('content.read');
const ownUnits = township.unitWhere('unit.read');

type Args = { model: string; operation: string; args: unknown; query: (a: unknown) => Promise<unknown> };
type Extension = { query: { $allModels: { $allOperations: (a: Args) => Promise<unknown> } } };

/** A guarded client over a stand-in: `lookups` are the guard's own unit lookups, `ran` the queries let through. */
function guarded(scope = township) {
  const lookups: unknown[] = [];
  const ran: { model: string; operation: string; args: unknown }[] = [];
  const raw = {
    _runtimeDataModel: model,
    unit: {
      findMany: async (args: { where?: { id?: { in?: number[] } }; select?: Record<string, boolean> }) => {
        lookups.push(args);
        const ids = args.where?.id?.in;
        return units
          .filter((u) => !ids || ids.includes(u.id))
          .map((u) =>
            args.select ? Object.fromEntries(Object.entries(u).filter(([k]) => args.select?.[k] === true)) : u,
          );
      },
    },
    $extends: (extension: Extension) => extension,
  };
  const extension = withScopeGuard(raw as unknown as Db, scope) as unknown as Extension;
  const call = (name: string, operation: string, args?: unknown, result: unknown = []) =>
    extension.query.$allModels.$allOperations({
      model: name,
      operation,
      args,
      query: async (a) => {
        ran.push({ model: name, operation, args: a });
        return result;
      },
    });
  return { call, lookups, ran };
}

const refused = (message?: RegExp) =>
  expect.objectContaining({ name: 'ScopeGuardError', ...(message ? { message: expect.stringMatching(message) } : {}) });

describe('queries on unit-owned models', () => {
  const filtered = [
    'findMany',
    'findFirst',
    'findFirstOrThrow',
    'findUnique',
    'findUniqueOrThrow',
    'count',
    'aggregate',
    'groupBy',
    'update',
    'updateMany',
    'updateManyAndReturn',
    'upsert',
    'delete',
    'deleteMany',
  ];

  it.each(filtered)('%s needs the scope filter, and runs with it', async (operation) => {
    const { call, ran } = guarded();
    await expect(call('Article', operation, { where: { id: 3 } })).rejects.toEqual(refused(/without a scope filter/));
    await expect(call('Article', operation)).rejects.toBeInstanceOf(ScopeGuardError);
    expect(ran).toEqual([]);
    const args = { where: { id: 3, ...own }, ...(operation === 'upsert' ? { create: { unitId: 9 }, update: {} } : {}) };
    await expect(call('Article', operation, args, 'rows')).resolves.toBe('rows');
    expect(ran).toEqual([{ model: 'Article', operation, args }]);
  });

  it('Unit itself takes the unit filter', async () => {
    const { call, ran } = guarded();
    await expect(call('Unit', 'findMany', { where: { kind: 'branch' } })).rejects.toBeInstanceOf(ScopeGuardError);
    await call('Unit', 'findMany', { where: { kind: 'branch', ...ownUnits } });
    expect(ran).toHaveLength(1);
  });

  it('models no unit owns are left alone', async () => {
    const { call, ran } = guarded();
    await call('Session', 'findMany', { where: { id: 'x' } });
    await call('Session', 'deleteMany', {});
    expect(ran.map((r) => r.operation)).toEqual(['findMany', 'deleteMany']);
  });
});

describe('the audit log', () => {
  it.each(['update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany'])(
    'refuses %s even with the scope filter',
    async (operation) => {
      const { call, ran } = guarded();
      const args = { where: own, data: {}, create: { unitId: 9 }, update: {} };
      await expect(call('AuditLog', operation, args)).rejects.toEqual(refused(/append-only/));
      expect(ran).toEqual([]);
    },
  );

  it('takes new entries in the scope and is read through the filter', async () => {
    const { call, ran } = guarded();
    await call('AuditLog', 'create', { data: { unitId: 9, action: 'x' } });
    await call('AuditLog', 'findMany', { where: own });
    expect(ran.map((r) => r.operation)).toEqual(['create', 'findMany']);
  });

  it('the same operations on other models are not append-only refusals', async () => {
    const { call } = guarded();
    await expect(call('Article', 'deleteMany', { where: own })).resolves.toEqual([]);
    await expect(call('Article', 'update', { where: own, data: { title: 'x' } })).resolves.toEqual([]);
  });
});

describe('writes that give rows to a unit', () => {
  it.each(['create', 'createMany', 'createManyAndReturn'])('%s into the own township runs', async (operation) => {
    const { call, ran } = guarded();
    await call('Article', operation, { data: operation === 'create' ? { unitId: 9 } : [{ unitId: 9 }, { unitId: 7 }] });
    expect(ran).toHaveLength(1);
  });

  it.each(['create', 'createMany', 'createManyAndReturn'])('%s into another township is refused', async (operation) => {
    const { call, ran } = guarded();
    const data = operation === 'create' ? { unitId: 8 } : [{ unitId: 9 }, { unitId: 8 }];
    await expect(call('Article', operation, { data })).rejects.toEqual(refused(/outside the caller's scope/));
    expect(ran).toEqual([]);
  });

  it('upsert checks the unit of the row it may create', async () => {
    const { call, ran } = guarded();
    const where = { id: 3, ...own };
    await expect(call('Article', 'upsert', { where, create: { unitId: 8 }, update: {} })).rejects.toBeInstanceOf(
      ScopeGuardError,
    );
    await call('Article', 'upsert', { where, create: { unitId: 9 }, update: {} });
    expect(ran).toHaveLength(1);
  });

  it('a row without its owning unit is refused, naming the field', async () => {
    const { call } = guarded();
    await expect(call('Article', 'create', { data: { title: 'x' } })).rejects.toEqual(refused(/\(unitId\)/));
    await expect(call('Article', 'createMany', { data: [{ unitId: 9 }, { title: 'x' }] })).rejects.toEqual(
      refused(/\(unitId\)/),
    );
    await expect(call('Unit', 'create', { data: { name: 'x' } })).rejects.toEqual(refused(/\(parentId\)/));
  });

  it('a unit that does not exist is not in scope', async () => {
    const { call } = guarded();
    await expect(call('Article', 'create', { data: { unitId: 404 } })).rejects.toBeInstanceOf(ScopeGuardError);
  });

  it('a unit is created under a parent in scope only', async () => {
    const { call } = guarded();
    await expect(call('Unit', 'create', { data: { parentId: 1, name: 'x' } })).rejects.toBeInstanceOf(ScopeGuardError);
    await expect(call('Unit', 'create', { data: { parentId: 7, name: 'x' } }, { id: 50 })).resolves.toEqual({
      id: 50,
    });
  });

  it('looks up each unknown owner unit once, and a known one not again', async () => {
    const { call, lookups } = guarded();
    await call('Article', 'createMany', { data: [{ unitId: 9 }, { unitId: 9 }, { unitId: 7 }] });
    expect(lookups).toEqual([{ where: { id: { in: [9, 7] } }, select: { id: true, path: true } }]);
    await call('Article', 'create', { data: { unitId: 7 } });
    expect(lookups).toHaveLength(1);
  });

  it('knows the units its own queries returned, before any other connection can see them', async () => {
    const { call, lookups } = guarded();
    // A unit created (or moved) in this request's open transaction: the raw client cannot see it yet.
    await call('Unit', 'create', { data: { parentId: 7 } }, { id: 60, path: '/1/7/60/' });
    await call('Unit', 'findMany', { where: ownUnits }, [{ id: 61, path: '/1/7/61/' }, 'not a row']);
    lookups.length = 0;
    await call('Article', 'createMany', { data: [{ unitId: 60 }, { unitId: 61 }] });
    expect(lookups).toEqual([]);
    // A unit moved out of the scope in this request is no longer a place to write to.
    await call('Unit', 'update', { where: { id: 60, ...ownUnits }, data: {} }, { id: 60, path: '/1/8/60/' });
    await expect(call('Article', 'create', { data: { unitId: 60 } })).rejects.toBeInstanceOf(ScopeGuardError);
  });

  it('a unit query that finds nothing answers nothing', async () => {
    const { call } = guarded();
    await expect(call('Unit', 'findFirst', { where: { id: 404, ...ownUnits } }, null)).resolves.toBeNull();
  });

  it('remembers only rows that carry both id and path', async () => {
    const { call, lookups } = guarded();
    await call('Unit', 'findMany', { where: ownUnits }, [{ id: 9 }, { id: '7', path: '/1/7/' }, { id: 1, path: 1 }]);
    await call('Article', 'createMany', { data: [{ unitId: 9 }, { unitId: 7 }] });
    expect(lookups).toEqual([expect.objectContaining({ where: { id: { in: [9, 7] } } })]);
    await expect(call('Article', 'create', { data: { unitId: 1 } })).rejects.toBeInstanceOf(ScopeGuardError);
  });
});

describe('writes that move rows to another unit', () => {
  it.each(['update', 'updateMany', 'updateManyAndReturn'])('%s into another township is refused', async (operation) => {
    const { call, ran } = guarded();
    await expect(call('Article', operation, { where: own, data: { unitId: 8 } })).rejects.toBeInstanceOf(
      ScopeGuardError,
    );
    await call('Article', operation, { where: own, data: { unitId: 9 } });
    expect(ran).toHaveLength(1);
  });

  it('upsert checks the unit its update names', async () => {
    const { call, ran } = guarded();
    const where = { id: 3, ...own };
    await expect(call('Article', 'upsert', { where, create: { unitId: 9 }, update: { unitId: 8 } })).rejects.toEqual(
      refused(),
    );
    await call('Article', 'upsert', { where, create: { unitId: 9 }, update: { unitId: 7 } });
    expect(ran).toHaveLength(1);
  });

  it('a change that names no unit needs no lookup', async () => {
    const { call, lookups, ran } = guarded();
    await call('Article', 'update', { where: own, data: { title: 'x' } });
    await call('Article', 'deleteMany', { where: own });
    expect(lookups).toEqual([]);
    expect(ran).toHaveLength(2);
  });
});

describe('nested parts of a query', () => {
  it('relation filters, reads and nested writes are checked on every operation', async () => {
    const { call, ran } = guarded();
    await expect(call('Unit', 'findMany', { where: { ...ownUnits, articles: { some: { id: 1 } } } })).rejects.toEqual(
      refused(/articles/),
    );
    await expect(call('Unit', 'findMany', { where: ownUnits, include: { articles: true } })).rejects.toEqual(
      refused(/articles/),
    );
    await expect(call('Unit', 'update', { where: ownUnits, data: { articles: { create: {} } } })).rejects.toEqual(
      refused(/nested write/),
    );
    await expect(
      call('Article', 'upsert', { where: own, create: { unitId: 9, unit: { connect: { id: 8 } } }, update: {} }),
    ).rejects.toEqual(refused(/nested write/));
    await expect(
      call('Article', 'upsert', { where: own, create: { unitId: 9 }, update: { unit: { connect: { id: 8 } } } }),
    ).rejects.toEqual(refused(/nested write/));
    expect(ran).toEqual([]);
  });
});

describe('one guarded client for every caller', () => {
  /** A stand-in whose extension is recorded, so a test can reach it without going through a caller's view. */
  function shared() {
    const built: Extension[] = [];
    const raw = {
      _runtimeDataModel: model,
      $extends: (extension: Extension) => {
        built.push(extension);
        return extension;
      },
    } as unknown as Db;
    return { raw, built };
  }
  const query = async () => [];

  it('is built once per raw client, and each caller reaches it with their own scope', async () => {
    const { raw, built } = shared();
    const mine = withScopeGuard(raw, township) as unknown as Extension;
    const theirs = withScopeGuard(raw, new Scope([])) as unknown as Extension;
    expect(built).toHaveLength(1);
    const args = { model: 'Unit', operation: 'findMany', args: { where: ownUnits }, query };
    await expect(mine.query.$allModels.$allOperations(args)).resolves.toEqual([]);
    await expect(theirs.query.$allModels.$allOperations(args)).rejects.toEqual(refused(/scope filter/));
  });

  it('refuses any query that reaches it outside a caller', async () => {
    const { raw, built } = shared();
    withScopeGuard(raw, township);
    const args = { model: 'Session', operation: 'findMany', args: {}, query };
    await expect(built[0]?.query.$allModels.$allOperations(args)).rejects.toEqual(refused(/outside a caller/));
  });
});

describe('rows shared with a second unit', () => {
  // A trainer at the township /1/7/; the learner's unit may lie anywhere (/1/8/ another township).
  const trainer = new Scope([{ id: 2, role: 'trainer', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
  const taught = trainer.sharedWhere('courseUnit', 'training.teach');

  it('are read through the filter on either unit, or both in an OR', async () => {
    const { call, ran } = guarded(trainer);
    await call('Enrolment', 'findMany', { where: taught });
    await call('Enrolment', 'count', { where: { OR: [trainer.ownedWhere('training.read'), taught] } });
    await call('Enrolment', 'findMany', { where: trainer.ownedWhere('training.read') });
    expect(ran).toHaveLength(3);
  });

  it('are refused with neither filter, a foreign one, or an OR with one unscoped branch', async () => {
    const { call, ran } = guarded(trainer);
    await expect(call('Enrolment', 'findMany', { where: { courseUnitId: 7 } })).rejects.toEqual(refused());
    const foreign = { courseUnit: { OR: [{ path: { gte: '/1/8/', lt: '/1/80' } }] } };
    await expect(call('Enrolment', 'findMany', { where: foreign })).rejects.toEqual(refused());
    await expect(call('Enrolment', 'findMany', { where: { OR: [taught, { id: 1 }] } })).rejects.toEqual(refused());
    await expect(call('Article', 'findMany', { where: { OR: [] } })).rejects.toEqual(refused());
    // Only a relation to Unit shares: an article's own `unit` filter under another name is nothing.
    await expect(call('Article', 'findMany', { where: { courseUnit: taught.courseUnit } })).rejects.toEqual(refused());
    expect(ran).toEqual([]);
  });

  it('are created from either side: the owner or the shared unit in scope, never neither', async () => {
    const { call, ran } = guarded(trainer);
    await call('Enrolment', 'create', { data: { unitId: 8, courseUnitId: 9 } });
    await call('Enrolment', 'create', { data: { unitId: 9, courseUnitId: 1 } });
    await expect(call('Enrolment', 'create', { data: { unitId: 8, courseUnitId: 1 } })).rejects.toEqual(
      refused(/outside the caller's scope/),
    );
    await expect(call('Enrolment', 'create', { data: { courseUnitId: 7 } })).rejects.toEqual(refused(/unitId/));
    await expect(
      call('Enrolment', 'createMany', {
        data: [
          { unitId: 8, courseUnitId: 7 },
          { unitId: 8, courseUnitId: 8 },
        ],
      }),
    ).rejects.toEqual(refused());
    expect(ran).toHaveLength(2);
  });

  it('are moved only to units in scope, on either side', async () => {
    const { call, ran } = guarded(trainer);
    await expect(call('Enrolment', 'update', { where: taught, data: { courseUnitId: 8 } })).rejects.toEqual(
      refused(/moved to a unit outside/),
    );
    await expect(call('Enrolment', 'update', { where: taught, data: { unitId: 8 } })).rejects.toEqual(refused());
    await call('Enrolment', 'update', { where: taught, data: { courseUnitId: 9, progress: 1 } });
    expect(ran).toHaveLength(1);
  });
});
