// The caller's own volunteer profile, found by their account's link (`Volunteer.accountId`), never by an id the
// browser sends. For the areas' system operations (a volunteer's own hours, record and certificates).
import { AppError } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { volunteersMessage } from '../locales';

export async function ownVolunteer(db: Db | Tx, accountId: number) {
  const volunteer = await db.volunteer.findUnique({ where: { accountId } });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('notAVolunteer'));
  return volunteer;
}
