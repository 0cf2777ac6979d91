// Letters: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { askExtension, decideExtension } from './extend-deadline';
import { getLetter } from './get-letter';
import { letterFilter, letterOutput, letterRow, stepInputs } from './letter-schemas';
import { listLetters } from './list-letters';
import { returnLetter } from './return-letter';
import { revealSubmitter } from './reveal-submitter';
import { addNote, takeStep } from './take-step';

const read = permissionProcedure('mailbox.read');
const handle = permissionProcedure('mailbox.handle');
const done = checked(z.object({ id: z.number().int() }));

export const lettersRouter = router({
  list: read
    .input(letterFilter)
    .output(checked(pageOf(letterRow)))
    .query(({ ctx, input }) => listLetters(ctx.db, { scope: ctx.scope, filter: input, now: ctx.now() })),

  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(letterOutput))
    .query(({ ctx, input }) => getLetter(ctx.db, { scope: ctx.scope, id: input.id, now: ctx.now() })),

  /** The submitter's name and phone in full, for a handler of the letter's unit; audited. */
  reveal: handle
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ name: z.string(), phone: z.string() })))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => revealSubmitter(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input.id)),
    ),

  accept: handle
    .input(stepInputs.accept)
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => takeStep(tx, actor(ctx), { step: 'accept', ...input })),
    ),
  reject: handle
    .input(stepInputs.reject)
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => takeStep(tx, actor(ctx), { step: 'reject', ...input })),
    ),
  assign: handle
    .input(stepInputs.assign)
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => takeStep(tx, actor(ctx), { step: 'assign', ...input })),
    ),
  handle: handle
    .input(stepInputs.handle)
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => takeStep(tx, actor(ctx), { step: 'handle', ...input })),
    ),
  reply: handle
    .input(stepInputs.reply)
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => takeStep(tx, actor(ctx), { step: 'reply', ...input })),
    ),
  close: handle
    .input(stepInputs.close)
    .output(done)
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => takeStep(tx, actor(ctx), { step: 'close', ...input })),
    ),
  /** Back to the unit that assigned it (outside the returning unit's scope, so through a named operation). */
  return: handle
    .input(stepInputs.return)
    .output(done)
    .mutation(({ ctx, input }) => returnLetter(ctx.db, { ...actor(ctx), system: ctx.system }, input)),
  note: handle
    .input(stepInputs.note)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => addNote(tx, actor(ctx), input))),
  askExtension: handle
    .input(stepInputs.askExtension)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => askExtension(tx, actor(ctx), input))),
  decideExtension: handle
    .input(stepInputs.decideExtension)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => decideExtension(tx, actor(ctx), input))),
});

type Ctx = { scope: import('@strata/api').Scope; session: { user: { id: number } }; now: () => Date };
const actor = (ctx: Ctx) => ({ scope: ctx.scope, actorId: ctx.session.user.id, now: ctx.now() });
