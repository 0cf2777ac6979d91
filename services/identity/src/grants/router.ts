import {
  AppError,
  assertActiveUnit,
  fieldError,
  idInput,
  isRole,
  permissionProcedure,
  recordAudit,
  rolePermissions,
  roles,
  router,
  unitInScope,
} from '@strata/api';
import { z } from 'zod';

const id = idInput;
const manage = permissionProcedure('user.manage');

export const grantsRouter = router({
  roles: permissionProcedure('user.read')
    .input(z.void())
    .output(z.array(z.object({ role: z.string(), permissions: z.array(z.string()) })))
    .query(() => roles.map((role) => ({ role, permissions: [...rolePermissions[role]] }))),

  add: manage
    .input(z.strictObject({ userId: id, role: z.string().refine(isRole), unitId: id }))
    .output(z.object({ id: z.number().int(), role: z.string(), unitId: z.number().int(), unitName: z.string() }))
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const user = await tx.user.findFirst({ where: { id: input.userId, ...ctx.scope.ownedWhere('user.manage') } });
        if (!user) throw new AppError('NOT_FOUND', 'notFound');
        const unit = await unitInScope(tx, ctx.scope, 'user.manage', input.unitId);
        assertActiveUnit(unit, 'unitId');
        const role = input.role as keyof typeof rolePermissions;
        // Nobody hands out more than they hold: every permission of the role must be theirs at that unit.
        if (!ctx.scope.mayGrant(role, unit)) throw fieldError('role', 'roleNotGrantable');
        const grant = await tx.grant.upsert({
          where: {
            userId_role_unitId: { userId: user.id, role, unitId: unit.id },
            ...ctx.scope.ownedWhere('user.manage'),
          },
          create: { userId: user.id, role, unitId: unit.id },
          update: {},
        });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: unit.id,
          action: 'grant.add',
          entity: 'Grant',
          entityId: grant.id,
          after: { userId: user.id, role, unitId: unit.id },
        });
        return { id: grant.id, role: grant.role, unitId: unit.id, unitName: unit.name };
      }),
    ),

  remove: manage
    .input(z.strictObject({ id }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const grant = await tx.grant.findFirst({ where: { id: input.id, ...ctx.scope.ownedWhere('user.manage') } });
        if (!grant) throw new AppError('NOT_FOUND', 'notFound');
        if (grant.userId === ctx.session.user.id) {
          const adminGrants = ctx.scope.grants.filter((g) =>
            (rolePermissions[g.role] as readonly string[]).includes('user.manage'),
          );
          if (adminGrants.length <= 1 && adminGrants[0]?.id === grant.id)
            throw new AppError('BAD_REQUEST', 'lastGrant');
        }
        await tx.grant.delete({ where: { id: grant.id, ...ctx.scope.ownedWhere('user.manage') } });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: grant.unitId,
          action: 'grant.remove',
          entity: 'Grant',
          entityId: grant.id,
          before: { userId: grant.userId, role: grant.role, unitId: grant.unitId },
        });
        return { ok: true as const };
      }),
    ),
});
