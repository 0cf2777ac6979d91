import { type Instant, idInput, isoDate, pageInput, type Scope, toIso } from '@strata/api';
import { displayNameMax, usernameRule } from '@strata/contract';
import { isStrongPassword } from '@strata/db';
import { z } from 'zod';

export const grantOutput = z.object({
  id: z.number().int(),
  role: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
});

export const userRow = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  disabled: z.boolean(),
  locked: z.boolean(),
  /** The last successful sign-in (ISO), null for an account that never signed in. */
  lastSignInAt: isoDate.nullable(),
  /** Grants in the caller's scope, with their units. */
  grants: z.array(grantOutput),
  /** How many more grants the account holds outside the caller's scope ("a role outside your scope"): never which. */
  grantsOutsideScope: z.number().int(),
});

/** Sign-in names are not case-sensitive: stored and compared in lower case. */
export const username = z
  .string()
  .trim()
  .min(usernameRule.min)
  .max(usernameRule.max)
  .regex(usernameRule.pattern)
  .toLowerCase();
export const displayName = z.string().trim().min(1).max(displayNameMax);
/** Strength is checked here so a weak password is a field error, in the caller's language. */
export const newPassword = z
  .string()
  .max(200)
  .refine(isStrongPassword, { params: { key: 'passwordTooWeak' } });

/** An account's state as the list shows it: disabled wins over locked (a disabled account cannot sign in anyway). */
export const userStatus = z.enum(['active', 'disabled', 'locked']);
export type UserStatus = z.output<typeof userStatus>;

/** What a list of accounts may be narrowed to and ordered by. */
export const userFilter = pageInput.extend({
  unitId: idInput.optional(),
  search: z.string().trim().max(50).optional(),
  /** Accounts holding this role at a unit the reader can see. */
  role: z.string().trim().min(1).max(50).optional(),
  status: userStatus.optional(),
  sort: z.enum(['username', 'displayName', 'createdAt', 'lastSignInAt']).default('username'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type UserFilter = z.output<typeof userFilter>;

export const newUser = z.strictObject({ username, displayName, unitId: idInput, password: newPassword });
export type NewUser = z.output<typeof newUser>;

export const userChanges = z.strictObject({ id: idInput, displayName, disabled: z.boolean() });
export type UserChanges = z.output<typeof userChanges>;

export type UserWithRelations = {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unit: { name: string };
  disabledAt: Instant | null;
  lastSignInAt: Instant | null;
  grants: { id: number; role: string; unitId: number; unit: { name: string } }[];
};

/** What a user row is built from: its unit and the grants the caller may read. */
export const userInclude = (scope: Scope) => ({
  unit: { select: { name: true } },
  grants: { where: scope.ownedWhere('user.read'), include: { unit: { select: { name: true } } } },
});

/** Facts about an account that come from outside the caller's scope: lock state, and the number of grants in all. */
export type AccountFacts = { locked?: boolean; grantTotal?: number };

/** A user row; lock state comes from the sign-in counters, the grant total from all grants (see the users router). */
export const toUserRow = (u: UserWithRelations, facts: AccountFacts = {}): z.infer<typeof userRow> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  unitId: u.unitId,
  unitName: u.unit.name,
  disabled: u.disabledAt !== null,
  locked: facts.locked ?? false,
  lastSignInAt: toIso(u.lastSignInAt),
  grants: u.grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitName: g.unit.name })),
  grantsOutsideScope: Math.max(0, (facts.grantTotal ?? u.grants.length) - u.grants.length),
});
