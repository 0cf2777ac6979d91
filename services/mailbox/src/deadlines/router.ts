// Deadlines per kind of letter: read by every handler, set at the top unit.
import { checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { deadlineSettings } from '../letters/letter-schemas';
import { readDeadlines, setDeadlines } from './letter-deadlines';

export const deadlinesRouter = router({
  get: permissionProcedure('mailbox.read')
    .input(z.void())
    .output(checked(deadlineSettings))
    .query(({ ctx }) => readDeadlines(ctx.db)),
  set: permissionProcedure('mailbox.manage')
    .input(deadlineSettings.strict())
    .output(checked(deadlineSettings))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => setDeadlines(tx, { scope: ctx.scope, actorId: ctx.session.user.id }, input)),
    ),
});
