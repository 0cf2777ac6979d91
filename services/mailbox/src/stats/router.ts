// Statistics: the letters and the members' boards of a unit's subtree over a period, for anyone who reads its letters.
import { checked, permissionProcedure, router } from '@strata/api';
import { letterStats } from './letter-stats';
import { statsInput, statsOutput } from './stats-schemas';

export const statsRouter = router({
  letters: permissionProcedure('mailbox.read')
    .input(statsInput)
    .output(checked(statsOutput))
    .query(({ ctx, input }) => letterStats(ctx.db, { scope: ctx.scope, input, now: ctx.now() })),
});
