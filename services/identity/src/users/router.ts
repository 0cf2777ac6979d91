// Accounts: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { hashPassword } from '@strata/db';
import { z } from 'zod';
import { createUser } from './create-user';
import { importInput, importResult } from './import-schemas';
import { checkImport, importUsers } from './import-users';
import { listUsers } from './list-users';
import { resetPassword } from './reset-password';
import { unlockUser } from './unlock-user';
import { updateUser } from './update-user';
import { newPassword, newUser, userChanges, userFilter, userRow } from './user-schemas';

const manage = permissionProcedure('user.manage');

export const usersRouter = router({
  list: permissionProcedure('user.read')
    .input(userFilter)
    .output(checked(pageOf(userRow)))
    .query(({ ctx, input }) => listUsers(ctx.db, { scope: ctx.scope, filter: input })),

  create: manage
    .input(newUser)
    .output(checked(userRow))
    .mutation(async ({ ctx, input: { password, ...account } }) => {
      // Hashing is slow and needs no database: once, before the transaction (which may run again).
      const passwordHash = await hashPassword(password);
      return runTransaction(ctx.db, (tx) =>
        createUser(tx, {
          scope: ctx.scope,
          system: ctx.system,
          actorId: ctx.session.user.id,
          account: { ...account, passwordHash },
        }),
      );
    }),

  update: manage
    .input(userChanges)
    .output(checked(userRow))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        updateUser(tx, { scope: ctx.scope, system: ctx.system, actorId: ctx.session.user.id, input }),
      ),
    ),

  resetPassword: manage
    .input(z.strictObject({ id: idInput, newPassword }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.newPassword);
      await runTransaction(ctx.db, (tx) =>
        resetPassword(tx, {
          scope: ctx.scope,
          system: ctx.system,
          actorId: ctx.session.user.id,
          userId: input.id,
          passwordHash,
        }),
      );
      return { ok: true as const };
    }),

  unlock: manage
    .input(z.strictObject({ id: idInput }))
    .output(checked(userRow))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        unlockUser(tx, { scope: ctx.scope, system: ctx.system, actorId: ctx.session.user.id, userId: input.id }),
      ),
    ),

  import: manage
    .input(importInput)
    .output(checked(importResult))
    .mutation(async ({ ctx, input }) => {
      const check = { scope: ctx.scope, system: ctx.system, ...input };
      // A file with problems is answered before any password is hashed (the slow part).
      const { errors, accounts } = await checkImport(ctx.db, check);
      if (errors.length) return { imported: 0, errors };
      const passwords = [...new Set(accounts.map((a) => a.password))];
      const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
      const passwordHashes = new Map(passwords.map((p, i) => [p, hashes[i] as string]));
      return runTransaction(ctx.db, (tx) =>
        importUsers(tx, { ...check, actorId: ctx.session.user.id, passwordHashes }),
      );
    }),
});
