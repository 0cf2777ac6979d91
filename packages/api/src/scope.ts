// The one scope mechanism: a session's grants become, per permission, the set of subtrees (unit paths)
// the caller may touch. Every query on unit-owned data takes its filter from here.
import type { Prisma } from '@strata/db';
import { type Permission, type Role, type RoleCatalog, roleCatalog } from './roles';

export type GrantInScope = { id: number; role: Role; unitId: number; unitPath: string; unitName: string };

export class Scope {
  readonly #paths = new Map<Permission, string[]>();

  /** `roles`: the catalog that says what each role permits; the one in force unless a test brings its own. */
  constructor(
    readonly grants: GrantInScope[],
    readonly roles: RoleCatalog = roleCatalog(),
  ) {
    for (const grant of grants) {
      for (const permission of roles.permissionsOf(grant.role)) {
        const list = this.#paths.get(permission) ?? [];
        list.push(grant.unitPath);
        this.#paths.set(permission, list);
      }
    }
    // Drop paths covered by another: "/1/" makes "/1/5/" redundant.
    for (const [permission, list] of this.#paths) {
      const unique = [...new Set(list)].sort();
      this.#paths.set(
        permission,
        unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(q))),
      );
    }
  }

  static readonly empty = new Scope([]);

  /** Subtree roots (unit paths) where the permission holds. */
  paths(permission: Permission): string[] {
    return this.#paths.get(permission) ?? [];
  }

  has(permission: Permission): boolean {
    return this.paths(permission).length > 0;
  }

  permissions(): Permission[] {
    return [...this.#paths.keys()];
  }

  /** Whether a unit (by its path) lies in a subtree where the permission holds. */
  covers(permission: Permission, unitPath: string): boolean {
    return this.paths(permission).some((root) => unitPath.startsWith(root));
  }

  /**
   * Whether the caller may hand out `role` at `unit`: they hold every permission of the role there, and a
   * root-only role goes nowhere but the root. The same rule decides who may manage an account (they must be
   * able to grant every grant it holds), since an account's power comes from its grants.
   */
  mayGrant(role: string, unit: { path: string; depth: number }): boolean {
    if (!this.roles.isRole(role)) return false;
    return (
      this.roles.permissionsOf(role).every((p) => this.covers(p, unit.path)) &&
      (!this.roles.isRootOnly(role) || unit.depth === 0)
    );
  }

  /** Filter on the Unit model itself. Optionally narrowed to the subtree of `within` (a unit path). */
  unitWhere(permission: Permission, within?: string): { OR: Prisma.UnitWhereInput[] } {
    return { OR: pathConditions(this.paths(permission), within) };
  }

  /** Filter for any model that carries `unit` (the owning unit). */
  ownedWhere(permission: Permission, within?: string): { unit: { OR: Prisma.UnitWhereInput[] } } {
    return { unit: this.unitWhere(permission, within) };
  }
}

/** Prefix conditions for the scope's roots, intersected with an optional narrower subtree. */
function pathConditions(roots: string[], within?: string): Prisma.UnitWhereInput[] {
  if (!within) return roots.length ? roots.map((root) => ({ path: { startsWith: root } })) : [{ id: -1 }];
  // Narrowing to `within`: allowed only when some root covers it, or for roots inside it.
  if (roots.some((root) => within.startsWith(root))) return [{ path: { startsWith: within } }];
  const inner = roots.filter((root) => root.startsWith(within));
  return inner.length ? inner.map((root) => ({ path: { startsWith: root } })) : [{ id: -1 }];
}
