// The caller's own volunteer profile, found by their account's link (`Volunteer.accountId`), never by an id the
// browser sends, for every area's own procedures (sign-ups, check-in, hours, record, certificates). An account without
// one is told to register first.
import { AppError } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { volunteersMessage } from '../locales';

export async function ownVolunteer(db: Db | Tx, accountId: number) {
  const volunteer = await db.volunteer.findUnique({ where: { accountId } });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('notAVolunteer'));
  return volunteer;
}
