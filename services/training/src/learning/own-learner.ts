// The caller as a learner, found by their session's account (never by an id the browser sends): their name, and the
// unit their account belongs to, which decides the courses open to them and owns their enrolments.
import { AppError } from '@strata/api';
import type { Db, Tx } from '@strata/db';

export async function ownLearner(db: Db | Tx, accountId: number) {
  const user = await db.user.findUnique({
    where: { id: accountId },
    select: { id: true, displayName: true, unitId: true, unit: { select: { id: true, path: true } } },
  });
  // A live session always has its account: a missing one is a session that just ended.
  if (!user) throw new AppError('UNAUTHORIZED', 'unauthorized');
  return user;
}
