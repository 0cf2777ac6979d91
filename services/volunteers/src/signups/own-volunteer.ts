// The caller's own volunteer profile, read by their account's link (`Volunteer.accountId`), never by an id the browser
// sends. An account without one is told to register first.
import { AppError } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { volunteersMessage } from '../locales';

export async function ownVolunteer(db: Db | Tx, accountId: number) {
  const volunteer = await db.volunteer.findUnique({
    where: { accountId },
    select: { id: true, unitId: true, name: true, status: true, skills: true },
  });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('notAVolunteer'));
  return volunteer;
}
