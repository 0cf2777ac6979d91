// Reply templates: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { letterLimits } from '@strata/contract';
import { z } from 'zod';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from './reply-templates';

const template = {
  title: z.string().trim().min(1).max(letterLimits.templateTitleMax),
  body: z.string().trim().min(1).max(letterLimits.replyMax),
};
const done = checked(z.object({ id: z.number().int() }));

export const templatesRouter = router({
  list: permissionProcedure('mailbox.read')
    .input(z.strictObject({ unitId: idInput }))
    .output(
      checked(
        z.array(
          z.object({
            id: z.number().int(),
            unitId: z.number().int(),
            unitName: z.string(),
            title: z.string(),
            body: z.string(),
            updatedAt: z.string(),
          }),
        ),
      ),
    )
    .query(({ ctx, input }) => listTemplates(ctx.db, ctx.scope, input.unitId)),
  create: permissionProcedure('mailbox.handle')
    .input(z.strictObject({ unitId: idInput, ...template }))
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => createTemplate(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input)),
    ),
  update: permissionProcedure('mailbox.handle')
    .input(z.strictObject({ id: idInput, ...template }))
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => updateTemplate(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input)),
    ),
  delete: permissionProcedure('mailbox.handle')
    .input(z.strictObject({ id: idInput }))
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => deleteTemplate(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input.id)),
    ),
});
