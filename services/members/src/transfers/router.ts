// Transfer letters: each procedure parses its input, holds its permission and hands the work to a domain function.
// Issuing and cancelling need members.transfer at the sending unit, confirming and returning at the receiving unit
// (checked against the letter, not the procedure's permission alone); reading, members.read on either side. The
// destinations a letter or an attachment may name lie anywhere in the organisation: offered to whoever transfers
// members somewhere, each unit by its id, name and township alone.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { actorOf } from '../lifecycle/lifecycle-member';
import { cancelTransfer, confirmTransfer, returnTransfer } from './decide-transfer';
import { openDestinations } from './destinations.sql';
import { getTransfer } from './get-transfer';
import { issueTransfer } from './issue-transfer';
import { listTransfers } from './list-transfers';
import {
  cancelInput,
  confirmInput,
  destinationRow,
  destinationsInput,
  issueInput,
  returnInput,
  transferFilter,
  transferOutput,
  transferPage,
} from './transfer-schemas';

const read = permissionProcedure('members.read');
const transfer = permissionProcedure('members.transfer');
const done = checked(z.object({ id: z.number().int() }));

export const transfersRouter = router({
  list: read
    .input(transferFilter)
    .output(checked(transferPage))
    .query(({ ctx, input }) => listTransfers(ctx.db, { scope: ctx.scope, filter: input, now: ctx.now() })),
  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(transferOutput))
    .query(({ ctx, input }) => getTransfer(ctx.db, { scope: ctx.scope, id: input.id, now: ctx.now() })),
  destinations: transfer
    .input(destinationsInput)
    .output(checked(z.array(destinationRow)))
    .query(({ ctx, input }) => openDestinations(ctx.db, input)),
  issue: transfer
    .input(issueInput)
    .output(checked(z.object({ id: z.number().int(), letterNo: z.string() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => issueTransfer(tx, actorOf(ctx), input))),
  confirm: transfer
    .input(confirmInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => confirmTransfer(tx, actorOf(ctx), input))),
  return: transfer
    .input(returnInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => returnTransfer(tx, actorOf(ctx), input))),
  cancel: transfer
    .input(cancelInput)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => cancelTransfer(tx, actorOf(ctx), input))),
});
