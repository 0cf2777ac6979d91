// The bell's read marks (each team lists its own notices in `<team>.notices.list`; reading them is the caller's).
import { authedProcedure, checked, noticeKeys, router } from '@strata/api';
import { z } from 'zod';

export const noticesRouter = router({
  markRead: authedProcedure
    .input(z.strictObject({ keys: noticeKeys }))
    .output(checked(z.object({ marked: z.number().int() })))
    .mutation(async ({ ctx, input }) => ({
      marked: await ctx.system.notices.markRead(ctx.session.user.id, input.keys, ctx.now()),
    })),
});
