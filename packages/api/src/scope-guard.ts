// A Prisma extension, seen by each request through its caller's scope, that refuses any query on unit-owned data
// not confined to that scope. It walks the whole query, not just its top: a forgotten filter, a relation
// read or filter that escapes it, a nested write, a create in a foreign unit, or raw SQL that nobody reviewed
// fails loudly, in tests and in production alike.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '@strata/db';
import { isReviewedSql } from './reviewed-sql';
import { type Scope, subtreePaths } from './scope';
import { type DataModel, isUnitOwned, relationsOf, sharedRelationsOf } from './unit-owned-models';

export class ScopeGuardError extends Error {
  override name = 'ScopeGuardError';
}

/** The audit log is append-only: nothing may change or remove an entry. */
const appendOnlyModels = new Set(['AuditLog']);
const changingOperations = new Set(['update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);
const creatingOperations = new Set(['create', 'createMany', 'createManyAndReturn', 'upsert']);
/** Operations whose `where` must carry the scope filter when the model is unit-owned. */
const filteredOperations = new Set([
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
]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const refuse = (why: string): never => {
  throw new ScopeGuardError(why);
};

/** The checks for one caller: every path a filter names must lie inside one of the caller's subtrees. */
export class ScopeRules {
  readonly #roots: string[];
  constructor(
    private readonly model: DataModel,
    scope: Scope,
  ) {
    this.#roots = scope.grants.map((g) => g.unitPath);
  }

  withinScope(path: string): boolean {
    return this.#roots.some((root) => path.startsWith(root));
  }

  /**
   * A Unit filter made by Scope: `OR: [{ path: subtreePaths(root) }...]` (whole subtrees inside the caller's),
   * or the empty one.
   */
  #isUnitFilter(where: unknown): boolean {
    const or = isObj(where) ? where.OR : undefined;
    if (!Array.isArray(or) || or.length === 0) return false;
    return or.every((c) => {
      if (!isObj(c)) return false;
      if (c.id === -1 && Object.keys(c).length === 1) return true;
      const path = c.path;
      if (Object.keys(c).length !== 1 || !isObj(path) || Object.keys(path).length !== 2) return false;
      const { gte, lt } = path;
      // Exactly a subtree's range: a wider `lt` (or a start that is not a unit path) would reach beyond it.
      return typeof gte === 'string' && gte.endsWith('/') && lt === subtreePaths(gte).lt && this.withinScope(gte);
    });
  }

  /**
   * Whether a where carries the scope filter for `model` in a conjunct (top level or AND): on its owner `unit`, on a
   * unit the row is shared with (`sharedRelationsOf`), or in every branch of an OR.
   */
  hasScopeFilter(model: string, where: unknown): boolean {
    if (!isObj(where)) return false;
    if (model === 'Unit') {
      if (this.#isUnitFilter(where)) return true;
    } else if (['unit', ...sharedRelationsOf(this.model, model)].some((r) => this.#isUnitFilter(where[r]))) return true;
    const { AND: and, OR: or } = where;
    if (Array.isArray(or) && or.length > 0 && or.every((w) => this.hasScopeFilter(model, w))) return true;
    return (Array.isArray(and) ? and : and ? [and] : []).some((w) => this.hasScopeFilter(model, w));
  }

  #requireScoped(model: string, where: unknown, at: string) {
    if (!this.hasScopeFilter(model, where))
      refuse(`${at}: ${model} without a scope filter (use ctx.scope.ownedWhere()/unitWhere() or checkedSubtree())`);
  }

  /** Relation filters inside a where must stay in scope too (`some`, `every`, `none`, `is`, `isNot`, or direct). */
  checkWhere(model: string, where: unknown, at: string) {
    if (!isObj(where)) return;
    const relations = relationsOf(this.model, model);
    for (const [key, value] of Object.entries(where)) {
      if (key === 'AND' || key === 'OR' || key === 'NOT') {
        for (const w of Array.isArray(value) ? value : [value]) this.checkWhere(model, w, at);
        continue;
      }
      const relation = relations.get(key);
      if (!relation || !isObj(value)) continue;
      const inner = ['some', 'every', 'none', 'is', 'isNot'].filter((k) => k in value).map((k) => value[k]);
      for (const w of inner.length ? inner : [value]) {
        if (isUnitOwned(this.model, relation.target)) this.#requireScoped(relation.target, w, `${at}.${key}`);
        this.checkWhere(relation.target, w, `${at}.${key}`);
      }
    }
  }

  /** Relation reads in include/select: lists of unit-owned rows need the scope filter; nothing is counted unfiltered. */
  checkSelection(model: string, args: unknown, at: string) {
    if (!isObj(args)) return;
    const relations = relationsOf(this.model, model);
    for (const part of ['include', 'select'] as const) {
      const selection = args[part];
      if (!isObj(selection)) continue;
      for (const [key, value] of Object.entries(selection)) {
        if (key === '_count') {
          this.#checkCount(model, value, `${at}.${part}._count`);
          continue;
        }
        const relation = relations.get(key);
        if (!relation || !value) continue;
        const here = `${at}.${part}.${key}`;
        if (relation.list && isUnitOwned(this.model, relation.target))
          this.#requireScoped(relation.target, isObj(value) ? value.where : undefined, here);
        if (isObj(value)) {
          this.checkWhere(relation.target, value.where, here);
          this.checkSelection(relation.target, value, here);
        }
      }
    }
  }

  #checkCount(model: string, value: unknown, at: string) {
    const relations = relationsOf(this.model, model);
    const counted =
      isObj(value) && isObj(value.select) ? Object.entries(value.select) : [...relations.keys()].map((k) => [k, true]);
    for (const [key, spec] of counted) {
      const relation = relations.get(key as string);
      if (!relation?.list || !isUnitOwned(this.model, relation.target) || !spec) continue;
      this.#requireScoped(relation.target, isObj(spec) ? spec.where : undefined, `${at}.${key}`);
    }
  }

  /** Writes name no relation to unit-owned rows (write each through its own scoped call). */
  checkData(model: string, data: unknown, at: string) {
    const relations = relationsOf(this.model, model);
    for (const row of Array.isArray(data) ? data : [data]) {
      if (!isObj(row)) continue;
      for (const key of Object.keys(row)) {
        const relation = relations.get(key);
        if (relation && isUnitOwned(this.model, relation.target))
          refuse(`${at}.${key}: nested write to ${relation.target} (write it through its own scoped call)`);
      }
    }
  }

  /** The unit ids a write names for its rows (owner and shared alike): each must lie in the caller's scope. */
  ownerIds(model: string, data: unknown): number[] {
    const keys = this.#unitKeys(model);
    return (Array.isArray(data) ? data : [data])
      .filter(isObj)
      .flatMap((row) => keys.map((key) => row[key]))
      .filter((id): id is number => typeof id === 'number');
  }

  /**
   * Per row a create makes: its owner unit id first (null when it names none), then the units it is shared with.
   * A row lands in scope when its owner or one of them lies in the caller's scope.
   */
  ownerChoices(model: string, data: unknown): { owner: number | null; shared: number[] }[] {
    const [ownerKey, ...sharedKeys] = this.#unitKeys(model);
    return (Array.isArray(data) ? data : [data]).filter(isObj).map((row) => ({
      owner: typeof row[ownerKey as string] === 'number' ? (row[ownerKey as string] as number) : null,
      shared: sharedKeys.map((key) => row[key]).filter((id): id is number => typeof id === 'number'),
    }));
  }

  #unitKeys(model: string): string[] {
    return model === 'Unit' ? ['parentId'] : ['unitId', ...sharedRelationsOf(this.model, model).map((r) => `${r}Id`)];
  }
}

type QueryArgs = { model?: string; operation: string; args: unknown; query: (args: unknown) => Promise<unknown> };

/**
 * One caller's guard: the rules of their scope, and the units their queries returned (or created) in this
 * request, with their current paths: a unit made or moved inside an open transaction is known here before the
 * raw client (another connection) can see it.
 */
type GuardState = { rules: ScopeRules; known: Map<number, string> };

// The guarded client is built once per raw client: building a Prisma extension, and the first query through a
// new one, cost about half a millisecond, which per request was a tenth of a list call. Each caller reaches it
// through a view (asCaller) that runs every call in the caller's state; a query that reaches it with no
// caller's state (none can, but through a view) is refused.
const callerState = new AsyncLocalStorage<GuardState>();
const guardedClients = new WeakMap<Db, Db>();

/** The guarded client for one caller. `raw` is the unguarded client, used only to look up owner units. */
export function withScopeGuard(raw: Db, scope: Scope): Db {
  const model = (raw as unknown as { _runtimeDataModel: DataModel })._runtimeDataModel;
  let guarded = guardedClients.get(raw);
  if (!guarded) {
    guarded = guardedClient(raw, model);
    guardedClients.set(raw, guarded);
  }
  return asCaller(guarded, { rules: new ScopeRules(model, scope), known: new Map() }, new WeakMap());
}

/**
 * The shared guarded client as one caller sees it: every function reached through it (a model's query, a
 * transaction, raw SQL) runs in the caller's state, and a query it returns is started there (Prisma's queries
 * start when first awaited, which would be outside it).
 */
function asCaller<T extends object>(target: T, state: GuardState, views: WeakMap<object, object>): T {
  const seen = views.get(target);
  if (seen) return seen as T;
  const view = new Proxy(target, {
    get(t, key) {
      const value = Reflect.get(t, key);
      if (typeof value === 'function')
        return (...args: unknown[]) => callerState.run(state, () => started(value.apply(t, args)));
      return typeof value === 'object' && value !== null ? asCaller(value, state, views) : value;
    },
  });
  views.set(target, view);
  return view;
}

const started = (result: unknown) =>
  typeof (result as PromiseLike<unknown> | null)?.then === 'function'
    ? (result as PromiseLike<unknown>).then((value) => value)
    : result;

function stateOfCaller(): GuardState {
  return callerState.getStore() ?? refuse('the guarded client was used outside a caller (use withScopeGuard)');
}

function guardedClient(raw: Db, model: DataModel): Db {
  const remember = (known: GuardState['known'], rows: unknown) => {
    for (const row of Array.isArray(rows) ? rows : [rows])
      if (isObj(row) && typeof row.id === 'number' && typeof row.path === 'string') known.set(row.id, row.path);
  };
  const assertOwnersInScope = async ({ rules, known }: GuardState, owned: string, data: unknown, at: string) => {
    const rows = rules.ownerChoices(owned, data);
    if (rows.length !== (Array.isArray(data) ? data.length : 1) || rows.some((row) => row.owner === null))
      refuse(`${at}: ${owned} written without its owning unit (${owned === 'Unit' ? 'parentId' : 'unitId'})`);
    await learnPaths(
      known,
      rows.flatMap((row) => [row.owner as number, ...row.shared]),
    );
    const inScope = (id: number) => known.has(id) && rules.withinScope(known.get(id) as string);
    // A shared row (an enrolment) may be made from either side: its owner's or the unit it is shared with.
    if (!rows.every((row) => [row.owner as number, ...row.shared].some(inScope)))
      refuse(`${at}: ${owned} written into a unit outside the caller's scope`);
  };
  const assertChangedInScope = async ({ rules, known }: GuardState, owned: string, ids: number[], at: string) => {
    await learnPaths(known, ids);
    if (!ids.every((id) => known.has(id) && rules.withinScope(known.get(id) as string)))
      refuse(`${at}: ${owned} moved to a unit outside the caller's scope`);
  };
  const learnPaths = async (known: GuardState['known'], ids: number[]) => {
    const unknown = [...new Set(ids.filter((id) => !known.has(id)))];
    if (unknown.length)
      remember(known, await raw.unit.findMany({ where: { id: { in: unknown } }, select: { id: true, path: true } }));
  };

  return raw.$extends({
    name: 'scope-guard',
    query: {
      $allModels: {
        async $allOperations({ model: name, operation, args, query }: QueryArgs) {
          const state = stateOfCaller();
          const { rules } = state;
          const m = name as string;
          const at = `${m}.${operation}`;
          const a = (args ?? {}) as Obj;
          if (appendOnlyModels.has(m) && changingOperations.has(operation))
            refuse(`${m} is append-only: ${operation} is not allowed`);
          const owned = isUnitOwned(model, m);
          if (owned && filteredOperations.has(operation) && !rules.hasScopeFilter(m, a.where))
            refuse(`${at} without a scope filter: use ctx.scope.ownedWhere()/unitWhere()`);
          rules.checkWhere(m, a.where, at);
          rules.checkSelection(m, a, at);
          for (const data of [a.data, a.create, a.update]) if (data !== undefined) rules.checkData(m, data, at);
          if (owned) {
            if (creatingOperations.has(operation))
              await assertOwnersInScope(state, m, operation === 'upsert' ? a.create : a.data, at);
            const changed = operation === 'upsert' ? a.update : changingOperations.has(operation) ? a.data : undefined;
            const movedTo = changed ? rules.ownerIds(m, changed) : [];
            if (movedTo.length) await assertChangedInScope(state, m, movedTo, at);
          }
          const result = await query(args);
          if (m === 'Unit') remember(state.known, result);
          return result;
        },
      },
      async $queryRaw({ args, query }: { args: unknown; query: (a: unknown) => Promise<unknown> }) {
        stateOfCaller();
        if (!isReviewedSql(args)) refuse('$queryRaw outside a reviewed statement (see reviewed-sql.ts)');
        return query(args);
      },
      async $executeRaw({ args, query }: { args: unknown; query: (a: unknown) => Promise<unknown> }) {
        stateOfCaller();
        if (!isReviewedSql(args)) refuse('$executeRaw outside a reviewed statement (see reviewed-sql.ts)');
        return query(args);
      },
      async $queryRawUnsafe() {
        return refuse('$queryRawUnsafe is not available to procedures');
      },
      async $executeRawUnsafe() {
        return refuse('$executeRawUnsafe is not available to procedures');
      },
    },
  }) as unknown as Db;
}
