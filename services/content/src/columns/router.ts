// A unit's columns: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { columnChanges, columnOrder, columnOutput, newColumn } from './column-schemas';
import { createColumn } from './create-column';
import { deleteColumn } from './delete-column';
import { listColumns } from './list-columns';
import { reorderColumns } from './reorder-columns';
import { updateColumn } from './update-column';

const manage = permissionProcedure('content.manage');

export const columnsRouter = router({
  list: permissionProcedure('content.read')
    .input(z.strictObject({ unitId: idInput }))
    .output(checked(z.array(columnOutput)))
    .query(({ ctx, input }) => listColumns(ctx.db, { scope: ctx.scope, unitId: input.unitId })),

  create: manage
    .input(newColumn)
    .output(checked(columnOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => createColumn(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  update: manage
    .input(columnChanges)
    .output(checked(columnOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => updateColumn(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  /** Only an empty column: one holding articles (the recycle bin's too) is hidden instead. */
  delete: manage
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(async ({ ctx, input }) => {
      await runTransaction(ctx.db, (tx) =>
        deleteColumn(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      );
      return { ok: true as const };
    }),

  reorder: manage
    .input(columnOrder)
    .output(checked(z.array(columnOutput)))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => reorderColumns(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),
});
