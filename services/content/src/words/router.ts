// Sensitive words: a unit's managers keep its list; anyone writing checks a text before submitting it.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { wordHits } from './check-words';
import { addWord, listWords, removeWord } from './word-lists';
import { checkInput, fieldHit, newWord, wordRow } from './word-schemas';

const manage = permissionProcedure('content.manage');

export const wordsRouter = router({
  list: permissionProcedure('content.read')
    .input(z.strictObject({ unitId: idInput }))
    .output(checked(z.array(wordRow)))
    .query(({ ctx, input }) => listWords(ctx.db, ctx.system, { scope: ctx.scope, unitId: input.unitId })),

  add: manage
    .input(newWord)
    .output(checked(wordRow))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        addWord(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input, system: ctx.system }),
      ),
    ),

  remove: manage
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => removeWord(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id })),
    ),

  /** The hits in a text about to go into a column, before it is submitted: for the editor to see and fix. */
  check: permissionProcedure('content.write')
    .input(checkInput)
    .output(checked(z.object({ hits: z.array(fieldHit) })))
    .query(async ({ ctx, input }) => {
      const column = await ctx.db.column.findFirstOrThrow({
        where: { id: input.columnId, ...ctx.scope.ownedWhere('content.write') },
        select: { unit: { select: { id: true, path: true } } },
      });
      const { columnId: _, ...text } = input;
      return { hits: await wordHits(ctx.db, ctx.system, ctx.scope, column.unit, text) };
    }),
});
