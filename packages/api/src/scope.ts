// The one scope mechanism: a session's grants become, per permission, the set of subtrees (unit paths)
// the caller may touch. Every query on unit-owned data takes its filter from here.
import { Access } from '@strata/contract';
import type { Prisma } from '@strata/db';
import { type Permission, type Role, type RoleCatalog, roleCatalog } from './roles';

export type GrantInScope = { id: number; role: Role; unitId: number; unitPath: string; unitName: string };

export class Scope {
  /** The shared rule (`@strata/contract`), the same the browser applies to hide what would be refused. */
  readonly access: Access;

  /** `roles`: the catalog that says what each role permits; the one in force unless a test brings its own. */
  constructor(
    readonly grants: GrantInScope[],
    readonly roles: RoleCatalog = roleCatalog(),
  ) {
    this.access = new Access({ grants: grants.map(({ role, unitPath }) => ({ role, unitPath })), ...roles.table });
  }

  static readonly empty = new Scope([]);

  /** Subtree roots (unit paths) where the permission holds. */
  paths(permission: Permission): string[] {
    return this.access.paths(permission);
  }

  has(permission: Permission): boolean {
    return this.access.has(permission);
  }

  permissions(): Permission[] {
    return this.access.permissions() as Permission[];
  }

  /** Whether a unit (by its path) lies in a subtree where the permission holds. */
  covers(permission: Permission, unitPath: string): boolean {
    return this.access.covers(permission, unitPath);
  }

  /** Whether the caller may hand out `role` at `unit` (see `Access.mayGrant`); also who may manage an account. */
  mayGrant(role: string, unit: { path: string; depth: number }): boolean {
    return this.access.mayGrant(role, unit);
  }

  /** The subtree roots (unit paths) a query for the permission may reach, optionally narrowed to `within`. */
  roots(permission: Permission, within?: string): string[] {
    return reachableRoots(this.paths(permission), within);
  }

  /** Filter on the Unit model itself. Optionally narrowed to the subtree of `within` (a unit path). */
  unitWhere(permission: Permission, within?: string): { OR: Prisma.UnitWhereInput[] } {
    return { OR: pathConditions(this.paths(permission), within) };
  }

  /** Filter for any model that carries `unit` (the owning unit). */
  ownedWhere(permission: Permission, within?: string): { unit: { OR: Prisma.UnitWhereInput[] } } {
    return { unit: this.unitWhere(permission, within) };
  }

  /**
   * Filter for rows a unit-owned model shares with another unit through a second relation to Unit (an enrolment's
   * `courseUnit`: the unit running the course its learner, of any unit, takes). The permission is asked of that
   * unit, not of the row's owner: a trainer of a course sees its learners across units, and nothing else of them.
   */
  sharedWhere<R extends string>(
    relation: R,
    permission: Permission,
    within?: string,
  ): { [K in R]: { OR: Prisma.UnitWhereInput[] } } {
    return { [relation]: this.unitWhere(permission, within) } as { [K in R]: { OR: Prisma.UnitWhereInput[] } };
  }
}

/**
 * The paths of a subtree as a range, `[path, end)`: a unit path is ids and slashes ending in "/", and "/" sorts
 * just below "0", so every path that starts with `path` sorts below the same path ending in "0" instead. A range
 * is what an index on the path serves on both databases (SQLite's LIKE, with its escaping like(), never can).
 */
export const subtreePaths = (path: string) => ({ gte: path, lt: `${path.slice(0, -1)}0` });

/**
 * The subtrees a query may reach: the scope's roots for the permission, intersected with an optional narrower
 * subtree `within` (a unit path). Empty when nothing is reachable.
 */
export function reachableRoots(roots: string[], within?: string): string[] {
  if (!within) return roots;
  // Narrowing to `within`: allowed only when some root covers it, or for roots inside it.
  if (roots.some((root) => within.startsWith(root))) return [within];
  return roots.filter((root) => root.startsWith(within));
}

/** Subtree conditions for the scope's roots, intersected with an optional narrower subtree. */
function pathConditions(roots: string[], within?: string): Prisma.UnitWhereInput[] {
  const reachable = reachableRoots(roots, within);
  return reachable.length ? reachable.map((root) => ({ path: subtreePaths(root) })) : [{ id: -1 }];
}
