// Opening an account in an active unit of the caller's scope. Its first password is the creator's choice,
// so the account must change it at first sign-in.
import { assertActiveUnit, conflict, recordAudit, type Scope, type SystemOperations, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type NewUser, toUserRow, userInclude } from './user-schemas';

/** The new account as stored: its password already hashed (slow work, kept out of the transaction). */
export type NewAccount = Omit<NewUser, 'password'> & { passwordHash: string };

type CreateUser = { scope: Scope; system: SystemOperations; actorId: number; account: NewAccount };

export async function createUser(tx: Tx, { scope, system, actorId, account }: CreateUser) {
  assertActiveUnit(await unitInScope(tx, scope, 'user.manage', account.unitId), 'unitId');
  // Usernames are sign-in names for the whole organisation: taken anywhere is taken.
  if (await system.accounts.usernameTaken(account.username)) throw conflict('usernameTaken', 'username');
  const user = await tx.user.create({
    data: {
      username: account.username,
      displayName: account.displayName,
      unitId: account.unitId,
      passwordHash: account.passwordHash,
      mustChangePassword: true,
    },
    include: userInclude(scope),
  });
  const row = toUserRow(user);
  await recordAudit(tx, {
    actorId,
    unitId: user.unitId,
    action: 'user.create',
    entity: 'User',
    entityId: user.id,
    label: user.displayName,
    after: row,
  });
  return row;
}
