import type { ListQuerySpec } from '@strata/ui/list-page';
import { z } from 'zod/mini';

/** The users list's state in the URL: what the server filters and sorts by (bad values read as unset). */
export const usersListSpec = {
  filters: {
    search: z.string().check(z.trim(), z.maxLength(50)),
    unitId: z.coerce.number().check(z.int(), z.positive()),
    role: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
    status: z.enum(['active', 'disabled', 'locked']),
  },
  sorts: ['username', 'displayName', 'lastSignInAt'],
} satisfies ListQuerySpec<Record<string, z.core.$ZodType>, 'username' | 'displayName' | 'lastSignInAt'>;
