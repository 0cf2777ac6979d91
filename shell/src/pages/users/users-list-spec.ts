import { type FilterShape, idParam, type ListQuerySpec, oneOfParam, textParam } from '@strata/ui/list-page';

/** The users list's state in the URL: what the server filters and sorts by (bad values read as unset). */
export const usersListSpec = {
  filters: {
    search: textParam({ max: 50 }),
    unitId: idParam,
    role: textParam({ min: 1, max: 50 }),
    status: oneOfParam(['active', 'disabled', 'locked']),
  },
  sorts: ['username', 'displayName', 'lastSignInAt'],
} satisfies ListQuerySpec<FilterShape, 'username' | 'displayName' | 'lastSignInAt'>;
