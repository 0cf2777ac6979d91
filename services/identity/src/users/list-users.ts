// The accounts a reader may see, searched, filtered and paged, with what only the whole database knows about
// each: whether it is locked, and how many of its grants lie outside the reader's scope (a count, never which).
import { pageArgs, type Scope, type SystemOperations, withinPath } from '@strata/api';
import { type Db, literalContains, type Prisma } from '@strata/db';
import { lockedNow, lockedUsernames } from '../auth/sign-in-counters';
import { toUserRow, type UserFilter, type UserStatus, userInclude } from './user-schemas';

type ListUsers = { scope: Scope; system: SystemOperations; filter: UserFilter };

/** The status filter as a condition on accounts; locked comes from the sign-in counters, not the account row. */
async function statusWhere(db: Db, status: UserStatus | undefined): Promise<Prisma.UserWhereInput> {
  if (status === undefined) return {};
  if (status === 'disabled') return { disabledAt: { not: null } };
  const locked = await lockedNow(db);
  return status === 'locked'
    ? { disabledAt: null, username: { in: locked } }
    : { disabledAt: null, username: { notIn: locked } };
}

/** The order of a page; accounts that never signed in come last either way, and the id breaks ties. */
function orderOf(filter: UserFilter): Prisma.UserOrderByWithRelationInput[] {
  const first =
    filter.sort === 'lastSignInAt'
      ? { lastSignInAt: { sort: filter.order, nulls: 'last' as const } }
      : { [filter.sort]: filter.order };
  return [first, { id: filter.order }];
}

export async function listUsers(db: Db, { scope, system, filter }: ListUsers) {
  const within = await withinPath(db, scope, 'user.read', filter.unitId);
  const search = filter.search ? literalContains(filter.search) : undefined;
  const where: Prisma.UserWhereInput = {
    ...scope.ownedWhere('user.read', within),
    ...(search ? { OR: [{ username: { contains: search } }, { displayName: { contains: search } }] } : {}),
    // A role counts where the reader can see it: a grant outside the scope neither matches nor shows.
    ...(filter.role ? { grants: { some: { role: filter.role, ...scope.ownedWhere('user.read') } } } : {}),
    ...(await statusWhere(db, filter.status)),
  };
  const [items, total] = await Promise.all([
    db.user.findMany({ where, include: userInclude(scope), orderBy: orderOf(filter), ...pageArgs(filter) }),
    db.user.count({ where }),
  ]);
  const [locked, grantTotals] = await Promise.all([
    lockedUsernames(
      db,
      items.map((u) => u.username),
    ),
    system.accounts.grantTotals(items.map((u) => u.id)),
  ]);
  const rows = items.map((u) =>
    toUserRow(u, { locked: locked.has(u.username), grantTotal: grantTotals.get(u.id) ?? 0 }),
  );
  return { items: rows, total };
}
