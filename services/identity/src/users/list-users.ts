// The accounts a reader may see, searched, filtered and paged, with what only the whole database knows about
// each: whether it is locked, and how many of its grants lie outside the reader's scope (a count, never which),
// read in the page's own statement (userRows).
import { mapPage, pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { lockedNow } from '../auth/sign-in-counters';
import { accounts, userRows } from './user-page.sql';
import { toUserRow, type UserFilter } from './user-schemas';

type ListUsers = { scope: Scope; filter: UserFilter; now?: Date };

export async function listUsers(db: Db, { scope, filter, now = new Date() }: ListUsers) {
  const within = await withinPath(db, scope, 'user.read', filter.unitId);
  // Every account locked now (few at any time) is what a status filter narrows to, or leaves out.
  const locked = filter.status && filter.status !== 'disabled' ? await lockedNow(db, now) : [];
  const page = await scopedPage(db, {
    scope,
    permission: 'user.read',
    within,
    source: accounts(scope, filter, locked),
    ...pageArgs(filter),
    rows: userRows(scope, now),
  });
  return mapPage(page, (u) => toUserRow(u, u));
}
