// Floating members: each procedure parses its input, holds its permission and hands the work to a domain function.
// Starting and ending an attachment need members.transfer at the member's own unit; the lists, members.read on
// either side.
import { checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { actorOf } from '../lifecycle/lifecycle-member';
import { endFloating } from './end-floating';
import { listFloating } from './list-floating';
import { startFloating } from './start-floating';
import { floatingEndInput, floatingFilter, floatingPage, floatingStartInput } from './transfer-schemas';

const read = permissionProcedure('members.read');
const transfer = permissionProcedure('members.transfer');
const done = checked(z.object({ id: z.number().int() }));

export const floatingRouter = router({
  list: read
    .input(floatingFilter)
    .output(checked(floatingPage))
    .query(({ ctx, input }) => listFloating(ctx.db, { scope: ctx.scope, filter: input })),
  start: transfer
    .input(floatingStartInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => startFloating(tx, actorOf(ctx), input))),
  end: transfer
    .input(floatingEndInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => endFloating(tx, actorOf(ctx), input))),
});
