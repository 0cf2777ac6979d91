// Grants (a role at a unit): each procedure parses its input, holds its permission and hands the work to a
// domain function.
import { checked, idInput, permissionProcedure, roleCatalog, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { grantOutput } from '../users/user-schemas';
import { addGrant } from './add-grant';
import { newGrant } from './grant-schemas';
import { removeGrant } from './remove-grant';

const manage = permissionProcedure('user.manage');

export const grantsRouter = router({
  // The roles the teams compose and what each permits: no data, nothing to scope.
  roles: permissionProcedure('user.read')
    .input(z.void())
    .output(checked(z.array(z.object({ role: z.string(), permissions: z.array(z.string()) }))))
    .query(() => {
      const catalog = roleCatalog();
      return catalog.roles().map((role) => ({ role, permissions: [...catalog.permissionsOf(role)] }));
    }),

  add: manage
    .input(newGrant)
    .output(checked(grantOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => addGrant(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  remove: manage
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(async ({ ctx, input }) => {
      await runTransaction(ctx.db, (tx) =>
        removeGrant(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      );
      return { ok: true as const };
    }),
});
