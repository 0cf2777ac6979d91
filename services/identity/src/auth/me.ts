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
  /** The grants with their units' paths and the role catalog: the browser applies the server's rule to them. */
  access: z.object({
    grants: z.array(z.object({ role: z.string(), unitPath: z.string() })),
    roles: z.record(z.string(), z.array(z.string())),
    rootOnlyRoles: z.array(z.string()),
  }),
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
  access: {
    grants: scope.access.snapshot.grants,
    roles: Object.fromEntries(Object.entries(scope.access.snapshot.roles).map(([role, list]) => [role, [...list]])),
    rootOnlyRoles: [...scope.access.snapshot.rootOnlyRoles],
  },
});
