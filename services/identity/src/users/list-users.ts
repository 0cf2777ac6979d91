// The accounts a reader may see, searched and paged, with what only the whole database knows about each:
// whether it is locked, and how many of its grants lie outside the reader's scope (a count, never which).
import { pageArgs, type Scope, type SystemOperations, withinPath } from '@strata/api';
import { type Db, literalContains } from '@strata/db';
import { lockedUsernames } from '../auth/sign-in-counters';
import { toUserRow, type UserFilter, userInclude } from './user-schemas';

type ListUsers = { scope: Scope; system: SystemOperations; filter: UserFilter };

export async function listUsers(db: Db, { scope, system, filter }: ListUsers) {
  const within = await withinPath(db, scope, 'user.read', filter.unitId);
  const search = filter.search ? literalContains(filter.search) : undefined;
  const where = {
    ...scope.ownedWhere('user.read', within),
    ...(search ? { OR: [{ username: { contains: search } }, { displayName: { contains: search } }] } : {}),
  };
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      include: userInclude(scope),
      // The id breaks ties, so pages neither repeat nor skip rows with equal sort keys.
      orderBy: [{ [filter.sort]: filter.order }, { id: filter.order }],
      ...pageArgs(filter),
    }),
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
