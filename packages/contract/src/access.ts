// The one rule of who may do what where, shared by the server (its Scope builds database filters from it)
// and the browser (which hides or disables what the server would refuse). A grant (role, unit) gives the
// role's permissions over the unit's subtree; a unit is named here by its path ("/1/5/"), never shown.

export type AccessGrant = { role: string; unitPath: string };

/** What a session's access is made of: its grants and the role catalog in force (role -> permissions). */
export type AccessSnapshot = {
  grants: AccessGrant[];
  roles: Record<string, readonly string[]>;
  /** Roles held only at the top of the tree. */
  rootOnlyRoles: readonly string[];
};

export class Access {
  readonly #paths = new Map<string, string[]>();

  constructor(readonly snapshot: AccessSnapshot) {
    const roles = new Map(Object.entries(snapshot.roles));
    for (const grant of snapshot.grants) {
      for (const permission of roles.get(grant.role) ?? []) {
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

  /** Subtree roots (unit paths) where the permission holds. */
  paths(permission: string): string[] {
    return this.#paths.get(permission) ?? [];
  }

  /** Whether the permission holds anywhere. */
  has(permission: string): boolean {
    return this.paths(permission).length > 0;
  }

  permissions(): string[] {
    return [...this.#paths.keys()];
  }

  /** Whether a unit (by its path) lies in a subtree where the permission holds. */
  covers(permission: string, unitPath: string): boolean {
    return this.paths(permission).some((root) => unitPath.startsWith(root));
  }

  /**
   * Whether the caller may hand out `role` at `unit`: they hold every permission of the role there, and a
   * root-only role goes nowhere but the root. The same rule decides who may manage an account (they must be
   * able to grant every grant it holds), since an account's power comes from its grants.
   */
  mayGrant(role: string, unit: { path: string; depth: number }): boolean {
    if (!Object.hasOwn(this.snapshot.roles, role)) return false;
    return (
      (this.snapshot.roles[role] ?? []).every((p) => this.covers(p, unit.path)) &&
      (!this.snapshot.rootOnlyRoles.includes(role) || unit.depth === 0)
    );
  }
}
