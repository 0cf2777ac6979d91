// What the header's search finds of the identity team: units by name (unit.read), and accounts by sign-in or display
// name (user.read), each read in the caller's scope. A unit opens the organisation page at it; an account opens the
// users list searched for its sign-in name (the list has no page per account).
import { type AuthedContext, defineSearch, type FoundByKind } from '@strata/api';
import { pathAt, searchLimits } from '@strata/contract';
import { listUsers } from '../users/list-users';

const take = searchLimits.perKind + 1;

async function units(ctx: AuthedContext, q: string) {
  if (!ctx.scope.has('unit.read')) return [];
  const rows = await ctx.db.unit.findMany({
    where: { AND: [ctx.scope.unitWhere('unit.read'), { name: { contains: q } }, { archivedAt: null }] },
    // The highest first: a township before the branches named after it.
    orderBy: [{ depth: 'asc' }, { sort: 'asc' }, { id: 'asc' }],
    take,
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  return rows.map((u) => ({
    kind: 'unit',
    id: u.id,
    title: u.name,
    detail: '',
    // Where it sits: the unit above it (none for the top).
    unitName: u.parent?.name ?? '',
    path: pathAt('/units', u.id),
  }));
}

async function users(ctx: AuthedContext, q: string) {
  if (!ctx.scope.has('user.read')) return [];
  const page = await listUsers(ctx.db, {
    scope: ctx.scope,
    filter: { search: q, sort: 'username', order: 'asc', page: 1, pageSize: take },
    now: ctx.now(),
  });
  return page.items.map((u) => ({
    kind: 'user',
    id: u.id,
    title: u.displayName,
    detail: u.username,
    unitName: u.unitName,
    path: `/users?search=${encodeURIComponent(u.username)}`,
  }));
}

export const identitySearch = defineSearch({
  // Every role reads units; accounts only with user.read (asked inside).
  permission: 'unit.read',
  kinds: {
    'zh-CN': { unit: '单位', user: '用户' },
    'en-US': { unit: 'Units', user: 'Users' },
  },
  find: async (ctx, q): Promise<FoundByKind> => {
    const [unit, user] = await Promise.all([units(ctx, q), users(ctx, q)]);
    return { unit, user };
  },
});
