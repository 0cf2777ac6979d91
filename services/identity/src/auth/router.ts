import {
  AppError,
  authedProcedure,
  openSession,
  publicProcedure,
  recordAudit,
  resolveSession,
  router,
} from '@strata/api';
import { hashPassword, verifyPassword } from '@strata/db';
import { locales } from '@strata/i18n';
import { z } from 'zod';
import { newPassword } from '../users/user-schemas';
import { meOutput, toMe } from './me';
import { signIn } from './sign-in';

const ok = z.object({ ok: z.literal(true) });

export const authRouter = router({
  me: publicProcedure
    .meta({ beforePasswordChange: true })
    .input(z.void())
    .output(meOutput.nullable())
    .query(({ ctx }) => (ctx.session ? toMe(ctx.session.user, ctx.scope) : null)),

  login: publicProcedure
    .input(z.strictObject({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }))
    .output(meOutput)
    .mutation(async ({ ctx, input }) => {
      const userId = await signIn(ctx.unscoped, ctx.config, { ...input, ip: ctx.ip });
      const session = await openSession(ctx.unscoped, userId, ctx.config.sessionTtlMs);
      ctx.cookies.setSession(session.token, session.csrfToken, session.expiresAt);
      const resolved = await resolveSession(ctx.unscoped, session.token);
      if (!resolved) throw new AppError('INTERNAL_SERVER_ERROR', 'internal');
      return toMe(resolved.session.user, resolved.scope);
    }),

  logout: authedProcedure
    .meta({ beforePasswordChange: true })
    .input(z.void())
    .output(ok)
    .mutation(async ({ ctx }) => {
      const user = await ctx.unscoped.user.findUniqueOrThrow({ where: { id: ctx.session.user.id } });
      await ctx.unscoped.$transaction(async (tx) => {
        await tx.session.deleteMany({ where: { id: ctx.session.id } });
        await recordAudit(tx, {
          actorId: user.id,
          unitId: user.unitId,
          action: 'auth.logout',
          entity: 'User',
          entityId: user.id,
        });
      });
      ctx.cookies.clearSession();
      return { ok: true as const };
    }),

  changePassword: authedProcedure
    .meta({ beforePasswordChange: true })
    .input(z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.unscoped.user.findUniqueOrThrow({ where: { id: ctx.session.user.id } });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
        throw new AppError('BAD_REQUEST', 'wrongCurrentPassword', {}, 'currentPassword');
      const passwordHash = await hashPassword(input.newPassword);
      await ctx.unscoped.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: user.id },
          data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false },
        });
        // Every other session of this account ends; this one stays.
        await tx.session.deleteMany({ where: { userId: user.id, id: { not: ctx.session.id } } });
        await recordAudit(tx, {
          actorId: user.id,
          unitId: user.unitId,
          action: 'auth.changePassword',
          entity: 'User',
          entityId: user.id,
        });
      });
      return { ok: true as const };
    }),

  setLocale: authedProcedure
    .input(z.strictObject({ locale: z.enum(locales) }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await ctx.unscoped.$transaction(async (tx) => {
        const before = await tx.user.findUniqueOrThrow({ where: { id: ctx.session.user.id } });
        await tx.user.update({ where: { id: before.id }, data: { locale: input.locale } });
        await recordAudit(tx, {
          actorId: before.id,
          unitId: before.unitId,
          action: 'user.setLocale',
          entity: 'User',
          entityId: before.id,
          before: { locale: before.locale },
          after: { locale: input.locale },
        });
      });
      return { ok: true as const };
    }),
});
