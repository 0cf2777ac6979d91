// The recycle bin: what was deleted after it was public. Reviewers see and restore it (within the days it is
// kept); only admins (content.purge) remove it for good.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { articleOutput } from '../articles/article-schemas';
import { listRecycleBin } from './list-recycle-bin';
import { purgeArticle } from './purge-article';
import { purgeExpired } from './purge-expired';
import { recycleBinFilter, recycleBinPage } from './recycle-bin-schemas';
import { restoreArticle } from './restore-article';

const review = permissionProcedure('content.review');
const purge = permissionProcedure('content.purge');

export const recycleBinRouter = router({
  list: review
    .input(recycleBinFilter)
    .output(checked(recycleBinPage))
    .query(({ ctx, input }) => listRecycleBin(ctx.db, { scope: ctx.scope, filter: input, now: ctx.now() })),

  restore: review
    .input(z.strictObject({ id: idInput }))
    .output(checked(articleOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        restoreArticle(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id, now: ctx.now() }),
      ),
    ),

  purge: purge
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(async ({ ctx, input }) => {
      await runTransaction(ctx.db, (tx) =>
        purgeArticle(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      );
      return { ok: true as const };
    }),

  purgeExpired: purge
    .input(z.strictObject({ unitId: idInput }))
    .output(checked(z.object({ purged: z.number().int() })))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        purgeExpired(tx, { scope: ctx.scope, actorId: ctx.session.user.id, unitId: input.unitId, now: ctx.now() }),
      ),
    ),
});
