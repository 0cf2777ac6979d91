// Linking a member to their own console account, so that their own pages (their dues statement) read their record:
// the officer names the account by its username. The account must be of a unit where the officer keeps the registry
// (members.edit): any other username is answered as one that does not exist. An account names at most one member; a
// member who left keeps their link (their statement stays theirs to read). Unlinking names no username.
import { fieldError, recordAudit } from '@strata/api';
import { isUniqueViolation, type Tx } from '@strata/db';
import { membersMessage } from '../locales';
import type { Writer } from './create-member';
import { memberInScope } from './get-member';
import type { AccountLink } from './registry-schemas';

export async function linkMemberAccount(
  tx: Tx,
  { scope, actorId }: Pick<Writer, 'scope' | 'actorId'>,
  input: AccountLink,
) {
  const member = await memberInScope(tx, scope, 'members.edit', input.id);
  const { username } = input;
  const account =
    username === null
      ? null
      : await tx.user.findFirst({ where: { username, ...scope.ownedWhere('members.edit') }, select: { id: true } });
  if (username !== null && !account) throw fieldError('username', membersMessage('accountNotFound'));
  const accountId = account?.id ?? null;
  if (member.accountId === accountId) return { id: member.id };
  // Another member holding the account is found by the unique index (that member may be outside the officer's scope,
  // and is not named).
  try {
    await tx.member.updateMany({ where: { id: member.id, ...scope.ownedWhere('members.edit') }, data: { accountId } });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('username', membersMessage('accountTaken'));
    throw error;
  }
  await recordAudit(tx, {
    actorId,
    unitId: member.unitId,
    action: 'member.account',
    entity: 'Member',
    entityId: member.id,
    label: member.name,
    before: { accountId: member.accountId },
    after: { accountId, username },
  });
  return { id: member.id };
}
