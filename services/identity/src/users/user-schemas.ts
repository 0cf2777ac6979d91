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
  grants: z.array(grantOutput),
});

export const username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/);
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
  lockedUntil: Date | null;
  grants: { id: number; role: string; unitId: number; unit: { name: string } }[];
};

export const toUserRow = (u: UserWithRelations): z.infer<typeof userRow> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  unitId: u.unitId,
  unitName: u.unit.name,
  disabled: u.disabledAt !== null,
  locked: u.lockedUntil !== null && u.lockedUntil > new Date(),
  grants: u.grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitName: g.unit.name })),
});
