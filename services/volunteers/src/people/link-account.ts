// Linking a volunteer to their own console account, so that their own pages (sign-ups, check-ins, hours) read their
// profile: the coordinator names the account by its username. The account must be of a unit where the coordinator
// manages volunteers: any other username is answered as one that does not exist. An account names at most one
// volunteer (another holding it, perhaps outside the caller's scope, is not named). Unlinking names no username.
import { fieldError, recordAudit } from '@strata/api';
import { isUniqueViolation, type Tx } from '@strata/db';
import { volunteerInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import type { Writer } from './create-volunteer';
import type { VolunteerAccountLink } from './people-schemas';

export async function linkVolunteerAccount(
  tx: Tx,
  { scope, actorId }: Pick<Writer, 'scope' | 'actorId'>,
  input: VolunteerAccountLink,
) {
  const volunteer = await volunteerInScope(tx, scope, 'volunteers.manage', input.id);
  const { username } = input;
  const account =
    username === null
      ? null
      : await tx.user.findFirst({
          where: { username: username.toLowerCase(), ...scope.ownedWhere('volunteers.manage') },
          select: { id: true },
        });
  if (username !== null && !account) throw fieldError('username', volunteersMessage('volunteerAccountNotFound'));
  const accountId = account?.id ?? null;
  if (volunteer.accountId === accountId) return { id: volunteer.id };
  try {
    await tx.volunteer.updateMany({
      where: { id: volunteer.id, ...scope.ownedWhere('volunteers.manage') },
      data: { accountId },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('username', volunteersMessage('volunteerAccountTaken'));
    throw error;
  }
  await recordAudit(tx, {
    actorId,
    unitId: volunteer.unitId,
    action: 'volunteer.account',
    entity: 'Volunteer',
    entityId: volunteer.id,
    label: volunteer.name,
    before: { accountId: volunteer.accountId },
    after: { accountId, username },
  });
  return { id: volunteer.id };
}
