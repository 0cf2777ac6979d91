import type { AccessSnapshot } from '@strata/contract';

// Roles and what they permit. A grant (role, unit) gives the role's permissions over the unit's subtree.
// The spine defines the core permissions and roles; each team's registration adds its permissions, its own
// roles and what existing roles gain (see team.ts). The gateway composes them into one catalog at start-up.

/** `<area>.<verb>`: the area is the core's (unit, user, audit, calendar) or the team's name. */
export type Permission = `${string}.${string}`;

export const corePermissions = [
  'unit.read',
  'unit.manage',
  'user.read',
  'user.manage',
  'audit.read',
  // The working-day calendar (holidays, make-up working days), kept at the top unit; reading it needs unit.read.
  'calendar.manage',
] as const;

export type RoleDefinition = {
  /** `'all'`: every permission of the catalog, whichever teams add them. */
  permissions: 'all' | readonly Permission[];
  /** Held only at the top of the tree. */
  rootOnly?: boolean;
};

export const coreRoles = {
  municipal_admin: { permissions: 'all', rootOnly: true },
  township_admin: { permissions: 'all' },
  branch_secretary: { permissions: ['unit.read', 'user.read', 'audit.read'] },
  member: { permissions: ['unit.read'] },
} as const satisfies Record<string, RoleDefinition>;

/** A role's name; which names exist is the catalog's to say (`roleCatalog().isRole`). */
export type Role = string;

/** What the catalog is built from: the core plus, per team, its permissions and role contributions. */
export type RoleContribution = {
  permissions?: readonly Permission[];
  /** Role -> permissions it gains; a role the core does not define is the team's own new role. */
  roles?: Readonly<Record<string, readonly Permission[]>>;
};

export class RoleCatalog {
  readonly permissions: readonly Permission[];
  readonly #roles = new Map<string, { permissions: readonly Permission[]; rootOnly: boolean }>();

  constructor(contributions: readonly RoleContribution[] = []) {
    const permissions = new Set<Permission>(corePermissions);
    for (const c of contributions) for (const p of c.permissions ?? []) permissions.add(p);
    this.permissions = [...permissions];

    const gained = new Map<string, Set<Permission>>();
    for (const [role, def] of Object.entries<RoleDefinition>(coreRoles))
      gained.set(role, new Set(def.permissions === 'all' ? this.permissions : def.permissions));
    for (const c of contributions)
      for (const [role, list] of Object.entries(c.roles ?? {})) {
        const set = gained.get(role) ?? new Set<Permission>();
        for (const p of list) {
          if (!permissions.has(p)) throw new Error(`role ${role} gains ${p}, which no team declares`);
          set.add(p);
        }
        gained.set(role, set);
      }
    for (const [role, set] of gained)
      this.#roles.set(role, {
        permissions: this.permissions.filter((p) => set.has(p)),
        rootOnly: (coreRoles as Record<string, RoleDefinition>)[role]?.rootOnly === true,
      });
  }

  /** Own names only: "constructor" or "__proto__" are keys of every object, not roles. */
  isRole(value: string): value is Role {
    return this.#roles.has(value);
  }

  roles(): Role[] {
    return [...this.#roles.keys()];
  }

  permissionsOf(role: string): readonly Permission[] {
    return this.#roles.get(role)?.permissions ?? [];
  }

  isRootOnly(role: string): boolean {
    return this.#roles.get(role)?.rootOnly === true;
  }

  /** The catalog as the shared access rule reads it (role -> permissions, and the root-only roles). */
  get table(): Pick<AccessSnapshot, 'roles' | 'rootOnlyRoles'> {
    this.#table ??= {
      roles: Object.fromEntries([...this.#roles].map(([role, def]) => [role, def.permissions])),
      rootOnlyRoles: [...this.#roles].filter(([, def]) => def.rootOnly).map(([role]) => role),
    };
    return this.#table;
  }

  #table: Pick<AccessSnapshot, 'roles' | 'rootOnlyRoles'> | undefined;

  isPermission(value: string): value is Permission {
    return this.permissions.includes(value as Permission);
  }
}

// The catalog in force: the core's until the gateway installs the composed one (see team.ts).
let current = new RoleCatalog();

export const roleCatalog = () => current;

export function installRoleCatalog(catalog: RoleCatalog) {
  current = catalog;
}

/** Whether a name is a role of the catalog in force. */
export const isRole = (value: string): value is Role => current.isRole(value);
