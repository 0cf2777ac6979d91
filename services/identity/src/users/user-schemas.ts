import type { Scope } from '@strata/api';
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
  /** Grants in the caller's scope, with their units. */
  grants: z.array(grantOutput),
  /** How many more grants the account holds outside the caller's scope ("a role outside your scope"): never which. */
  grantsOutsideScope: z.number().int(),
});

/** Sign-in names are not case-sensitive: stored and compared in lower case. */
export const username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/)
  .toLowerCase();
export const displayName = z.string().trim().min(1).max(50);
/** Strength is checked here so a weak password is a field error, in the caller's language. */
export const newPassword = z
  .string()
  .max(200)
  .refine(isStrongPassword, { params: { key: 'passwordTooWeak' } });

type UserWithRelations = {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unit: { name: string };
  disabledAt: Date | null;
  grants: { id: number; role: string; unitId: number; unit: { name: string } }[];
  _count: { grants: number };
};

/** What a user row is built from: the grants the caller may read, and a count of all of them. */
export const userInclude = (scope: Scope) => ({
  unit: { select: { name: true } },
  grants: { where: scope.ownedWhere('user.read'), include: { unit: { select: { name: true } } } },
  _count: { select: { grants: true } },
});

/** A user row; `locked` comes from the sign-in counters (see lockedUsernames). */
export const toUserRow = (u: UserWithRelations, locked = false): z.infer<typeof userRow> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  unitId: u.unitId,
  unitName: u.unit.name,
  disabled: u.disabledAt !== null,
  locked,
  grants: u.grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitName: g.unit.name })),
  grantsOutsideScope: u._count.grants - u.grants.length,
});
