import {
  assertActiveUnit,
  conflict,
  idInput,
  pageArgs,
  pageInput,
  pageOf,
  permissionProcedure,
  recordAudit,
  router,
  unitInScope,
  withinPath,
} from '@strata/api';
import { hashPassword, literalContains } from '@strata/db';
import { z } from 'zod';
import { clearAccount, lockedUsernames } from '../auth/sign-in-counters';
import { manageableAccount } from './manageable-account';
import { displayName, newPassword, toUserRow, userInclude, username, userRow } from './user-schemas';

const id = idInput;
const read = permissionProcedure('user.read');
const manage = permissionProcedure('user.manage');

export const usersRouter = router({
  list: read
    .input(
      pageInput.extend({
        unitId: id.optional(),
        search: z.string().trim().max(50).optional(),
        sort: z.enum(['username', 'displayName', 'createdAt']).default('username'),
        order: z.enum(['asc', 'desc']).default('asc'),
      }),
    )
    .output(pageOf(userRow))
    .query(async ({ ctx, input }) => {
      const within = await withinPath(ctx.db, ctx.scope, 'user.read', input.unitId);
      const where = {
        ...ctx.scope.ownedWhere('user.read', within),
        ...(input.search
          ? {
              OR: [
                { username: { contains: literalContains(input.search) } },
                { displayName: { contains: literalContains(input.search) } },
              ],
            }
          : {}),
      };
      const [items, total] = await Promise.all([
        ctx.db.user.findMany({
          where,
          include: userInclude(ctx.scope),
          orderBy: [{ [input.sort]: input.order }, { id: input.order }],
          ...pageArgs(input),
        }),
        ctx.db.user.count({ where }),
      ]);
      const [locked, grantTotals] = await Promise.all([
        lockedUsernames(
          ctx.db,
          items.map((u) => u.username),
        ),
        ctx.system.accounts.grantTotals(items.map((u) => u.id)),
      ]);
      const rows = items.map((u) =>
        toUserRow(u, { locked: locked.has(u.username), grantTotal: grantTotals.get(u.id) ?? 0 }),
      );
      return { items: rows, total };
    }),

  create: manage
    .input(z.strictObject({ username, displayName, unitId: id, password: newPassword }))
    .output(userRow)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      return ctx.db.$transaction(async (tx) => {
        assertActiveUnit(await unitInScope(tx, ctx.scope, 'user.manage', input.unitId), 'unitId');
        if (await ctx.system.accounts.usernameTaken(input.username)) throw conflict('usernameTaken', 'username');
        const user = await tx.user.create({
          data: {
            username: input.username,
            displayName: input.displayName,
            unitId: input.unitId,
            passwordHash,
            mustChangePassword: true,
          },
          include: userInclude(ctx.scope),
        });
        const row = toUserRow(user);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: user.unitId,
          action: 'user.create',
          entity: 'User',
          entityId: user.id,
          after: row,
        });
        return row;
      });
    }),

  update: manage
    .input(z.strictObject({ id, displayName, disabled: z.boolean() }))
    .output(userRow)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const include = userInclude(ctx.scope);
        await manageableAccount(tx, ctx.system, ctx.scope, input.id);
        const before = await tx.user.findFirstOrThrow({
          where: { id: input.id, ...ctx.scope.ownedWhere('user.manage') },
          include,
        });
        const user = await tx.user.update({
          where: { id: input.id, ...ctx.scope.ownedWhere('user.manage') },
          data: {
            displayName: input.displayName,
            disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null,
          },
          include,
        });
        if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: user.unitId,
          action: 'user.update',
          entity: 'User',
          entityId: user.id,
          before: toUserRow(before),
          after: toUserRow(user),
        });
        return toUserRow(user);
      }),
    ),

  resetPassword: manage
    .input(z.strictObject({ id, newPassword }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.newPassword);
      return ctx.db.$transaction(async (tx) => {
        await manageableAccount(tx, ctx.system, ctx.scope, input.id);
        const user = await tx.user.update({
          where: { id: input.id, ...ctx.scope.ownedWhere('user.manage') },
          data: {
            passwordHash,
            passwordChangedAt: new Date(),
            mustChangePassword: true,
          },
        });
        await tx.session.deleteMany({ where: { userId: user.id } });
        await clearAccount(tx, user.username);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: user.unitId,
          action: 'user.resetPassword',
          entity: 'User',
          entityId: user.id,
        });
        return { ok: true as const };
      });
    }),
});
