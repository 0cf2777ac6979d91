// The network: an article placed on more sites (shared down, recommended up, reposted), and taken off them.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { decidePlacement, recommendArticle, removePlacement, repostArticle, shareArticle } from './place-article';
import {
  decideInput,
  placementsOfArticle,
  queueInput,
  queueRow,
  recommendInput,
  repostInput,
  shareInput,
} from './placement-schemas';
import { placementQueue, placementsOf } from './read-placements';

const read = permissionProcedure('content.read');
const review = permissionProcedure('content.review');
const done = z.object({ id: z.number().int() });

export const placementsRouter = router({
  ofArticle: read
    .input(z.strictObject({ articleId: idInput }))
    .output(checked(placementsOfArticle))
    .query(({ ctx, input }) =>
      placementsOf(ctx.db, { scope: ctx.scope, system: ctx.system, articleId: input.articleId }),
    ),

  queue: review
    .input(queueInput)
    .output(checked(pageOf(queueRow)))
    .query(({ ctx, input }) => placementQueue(ctx.db, { scope: ctx.scope, input })),

  share: review
    .input(shareInput)
    .output(checked(z.object({ placed: z.number().int() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => shareArticle(tx, acting(ctx), input))),

  recommend: review
    .input(recommendInput)
    .output(checked(done))
    .mutation(({ ctx, input }) => recommendArticle(ctx.db, acting(ctx), input)),

  repost: review
    .input(repostInput)
    .output(checked(done))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => repostArticle(tx, acting(ctx), input))),

  decide: review
    .input(decideInput)
    .output(checked(done))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => decidePlacement(tx, acting(ctx), input))),

  remove: review
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(({ ctx, input }) => removePlacement(ctx.db, acting(ctx), input.id)),
});

type Ctx = Parameters<Parameters<typeof review.query>[0]>[0]['ctx'];
const acting = (ctx: Ctx) => ({ scope: ctx.scope, system: ctx.system, actorId: ctx.session.user.id, now: ctx.now() });
