import type { Scope } from '@strata/api';
import { z } from 'zod';

export const meOutput = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  locale: z.string(),
  mustChangePassword: z.boolean(),
  grants: z.array(z.object({ id: z.number().int(), role: z.string(), unitId: z.number().int(), unitName: z.string() })),
  permissions: z.array(z.string()),
});

type MeUser = { id: number; username: string; displayName: string; locale: string; mustChangePassword: boolean };

export const toMe = (user: MeUser, scope: Scope): z.infer<typeof meOutput> => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  locale: user.locale,
  mustChangePassword: user.mustChangePassword,
  grants: scope.grants.map(({ id, role, unitId, unitName }) => ({ id, role, unitId, unitName })),
  permissions: scope.permissions(),
});
