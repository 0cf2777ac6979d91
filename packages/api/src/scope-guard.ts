// A Prisma extension that refuses any read or write of unit-owned data whose `where` lacks the scope
// filter from Scope. It makes a forgotten filter fail loudly (in tests and in production alike).
import type { Db } from '@strata/db';

/** Models whose rows belong to a unit, and the relation that names it. */
export const unitOwnedModels = new Set(['Unit', 'User', 'Grant', 'AuditLog', 'Column', 'Article']);

const guardedOperations = new Set([
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

/** The audit log is append-only: nothing may change or remove an entry. */
const appendOnlyModels = new Set(['AuditLog']);
const changingOperations = new Set(['update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);

export class ScopeGuardError extends Error {
  override name = 'ScopeGuardError';
}

type Where = Record<string, unknown> | undefined;

function conjuncts(where: Where): Record<string, unknown>[] {
  if (!where) return [];
  const and = where.AND;
  const nested = Array.isArray(and) ? and : and ? [and] : [];
  return [where, ...nested.flatMap((w) => conjuncts(w as Where))];
}

function isPathCondition(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (typeof v.path === 'object' && v.path !== null && 'startsWith' in v.path) || v.id === -1;
}

function isUnitScopeFilter(value: unknown): boolean {
  const or = (value as Record<string, unknown> | undefined)?.OR;
  return Array.isArray(or) && or.length > 0 && or.every(isPathCondition);
}

/** True when the where holds Scope's filter: `OR: [path prefixes]` on Unit, `unit: {...}` elsewhere. */
export function hasScopeFilter(model: string, where: Where): boolean {
  return conjuncts(where).some((w) => (model === 'Unit' ? isUnitScopeFilter(w) : isUnitScopeFilter(w.unit)));
}

export function withScopeGuard(db: Db): Db {
  return db.$extends({
    name: 'scope-guard',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (appendOnlyModels.has(model) && changingOperations.has(operation)) {
            throw new ScopeGuardError(`${model} is append-only: ${operation} is not allowed`);
          }
          if (unitOwnedModels.has(model) && guardedOperations.has(operation)) {
            const where = (args as { where?: Where }).where;
            if (!hasScopeFilter(model, where)) {
              throw new ScopeGuardError(
                `${model}.${operation} without a scope filter: use ctx.scope.ownedWhere()/unitWhere()`,
              );
            }
          }
          return query(args);
        },
      },
    },
  }) as unknown as Db;
}
