import { AppError, authedProcedure, checked, publicProcedure, router } from '@strata/api';
import { locales } from '@strata/i18n';
import { z } from 'zod';
import { newPassword } from '../users/user-schemas';
import { meOutput, toMe } from './me';

const ok = z.object({ ok: z.literal(true) });
const own = (session: { id: string; user: { id: number } }) => ({ userId: session.user.id, sessionId: session.id });

export const authRouter = router({
  // Public, so reachable before a password change too (only authedProcedure reads beforePasswordChange).
  me: publicProcedure
    .input(z.void())
    .output(checked(meOutput.nullable()))
    .query(({ ctx }) => (ctx.session ? toMe(ctx.session.user, ctx.scope) : null)),

  login: publicProcedure
    .input(z.strictObject({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }))
    .output(checked(meOutput))
    .mutation(async ({ ctx, input }) => {
      const { accounts } = ctx.system;
      const userId = await accounts.signIn(ctx.config, { ...input, ip: ctx.ip });
      const session = await accounts.openSession(userId, ctx.config.sessionTtlMs);
      ctx.cookies.setSession(session.token, session.csrfToken, session.expiresAt);
      const resolved = await accounts.resolveSession(session.token);
      if (!resolved) throw new AppError('INTERNAL_SERVER_ERROR', 'internal');
      return toMe(resolved.session.user, resolved.scope);
    }),

  logout: authedProcedure
    .meta({ beforePasswordChange: true })
    .input(z.void())
    .output(checked(ok))
    .mutation(async ({ ctx }) => {
      await ctx.system.accounts.signOut(own(ctx.session));
      ctx.cookies.clearSession();
      return { ok: true as const };
    }),

  changePassword: authedProcedure
    .meta({ beforePasswordChange: true })
    .input(z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword }))
    .output(checked(ok))
    .mutation(async ({ ctx, input }) => {
      await ctx.system.accounts.changePassword(own(ctx.session), input.currentPassword, input.newPassword);
      return { ok: true as const };
    }),

  setLocale: authedProcedure
    .input(z.strictObject({ locale: z.enum(locales) }))
    .output(checked(ok))
    .mutation(async ({ ctx, input }) => {
      await ctx.system.accounts.setLocale(own(ctx.session), input.locale);
      return { ok: true as const };
    }),
});
