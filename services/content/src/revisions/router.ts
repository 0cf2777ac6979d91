// Revisions: every save of an article keeps one; readers compare two, writers restore one.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { articleOutput } from '../articles/article-schemas';
import { compareRevisions } from './compare-revisions';
import { listRevisions } from './list-revisions';
import { restoreRevision } from './restore-revision';
import { compareInput, comparison, restoreInput, revisionRow } from './revision-schemas';

export const revisionsRouter = router({
  list: permissionProcedure('content.read')
    .input(z.strictObject({ articleId: idInput }))
    .output(checked(z.array(revisionRow)))
    .query(({ ctx, input }) => listRevisions(ctx.db, { scope: ctx.scope, articleId: input.articleId })),

  compare: permissionProcedure('content.read')
    .input(compareInput)
    .output(checked(comparison))
    .query(({ ctx, input }) => compareRevisions(ctx.db, { scope: ctx.scope, ...input })),

  restore: permissionProcedure('content.write')
    .input(restoreInput)
    .output(checked(articleOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        restoreRevision(tx, {
          scope: ctx.scope,
          system: ctx.system,
          actorId: ctx.session.user.id,
          ...input,
          now: ctx.now(),
        }),
      ),
    ),
});
