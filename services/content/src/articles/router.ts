// Articles: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import {
  articleChanges,
  articleFilter,
  articleOutput,
  articleRow,
  articleStatus,
  myArticlesOutput,
  newArticle,
} from './article-schemas';
import { reviewDecisions } from './article-workflow';
import { countArticlesByStatus } from './count-articles-by-status';
import { createArticle } from './create-article';
import { deleteArticle } from './delete-article';
import { getArticle } from './get-article';
import { listArticles } from './list-articles';
import { myArticles } from './my-articles';
import { reviewArticle } from './review-article';
import { updateArticle } from './update-article';
import { withdrawArticle } from './withdraw-article';

const id = idInput;
const read = permissionProcedure('content.read');
const write = permissionProcedure('content.write');
const review = permissionProcedure('content.review');

export const articlesRouter = router({
  list: read
    .input(articleFilter)
    .output(checked(pageOf(articleRow)))
    .query(({ ctx, input }) => listArticles(ctx.db, { scope: ctx.scope, filter: input, now: ctx.now() })),

  countByStatus: read
    .input(z.strictObject({ unitId: id.optional() }))
    .output(checked(z.record(articleStatus, z.object({ total: z.number().int(), totalIsBound: z.boolean() }))))
    .query(({ ctx, input }) => countArticlesByStatus(ctx.db, { scope: ctx.scope, unitId: input.unitId })),

  /**
   * The caller's own drafts (those returned to them marked) and articles in review at a subtree, and the few drafts
   * to open first: the session's account is the author, the subtree is where the caller writes.
   */
  mine: write
    .input(z.strictObject({ unitId: id.optional() }))
    .output(checked(myArticlesOutput))
    .query(({ ctx, input }) =>
      myArticles(ctx.db, { scope: ctx.scope, authorId: ctx.session.user.id, unitId: input.unitId }),
    ),

  get: read
    .input(z.strictObject({ id }))
    .output(checked(articleOutput))
    .query(({ ctx, input }) =>
      getArticle(ctx.db, { scope: ctx.scope, system: ctx.system, id: input.id, now: ctx.now() }),
    ),

  create: write
    .input(newArticle)
    .output(checked(articleOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        createArticle(tx, {
          scope: ctx.scope,
          system: ctx.system,
          actorId: ctx.session.user.id,
          input,
          now: ctx.now(),
        }),
      ),
    ),

  update: write
    .input(articleChanges)
    .output(checked(articleOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        updateArticle(tx, {
          scope: ctx.scope,
          system: ctx.system,
          actorId: ctx.session.user.id,
          input,
          now: ctx.now(),
        }),
      ),
    ),

  withdraw: review
    .input(z.strictObject({ id }))
    .output(checked(articleOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        withdrawArticle(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id, now: ctx.now() }),
      ),
    ),

  /** Approve (publish) or return to draft with a comment for the author: only an article in review. */
  review: review
    .input(z.strictObject({ id, decision: z.enum(reviewDecisions), comment: z.string().trim().max(500).default('') }))
    .output(checked(articleOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        reviewArticle(tx, {
          scope: ctx.scope,
          system: ctx.system,
          actorId: ctx.session.user.id,
          input,
          now: ctx.now(),
        }),
      ),
    ),

  /** A never-public draft is deleted outright; anything that was public goes to the recycle bin. */
  delete: write
    .input(z.strictObject({ id }))
    .output(checked(z.object({ deletion: z.enum(['outright', 'recycleBin']) })))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        deleteArticle(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      ),
    ),
});
