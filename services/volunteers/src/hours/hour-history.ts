// An hour entry's trail (volunteers.read at the entry's unit): every decision taken on it, oldest first, with the
// reason or appeal written and the name of the account that took it.
import { AppError, type Scope, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import { volunteersMessage } from '../locales';
import { decisionsOf } from './hour-totals.sql';
import type { hourDecisionActions } from './hours-schemas';

export async function hourHistory(db: Db, scope: Scope, id: number) {
  const entry = await db.hourEntry.findFirst({
    where: { id, ...scope.ownedWhere('volunteers.read') },
    select: { id: true },
  });
  if (!entry) throw new AppError('NOT_FOUND', volunteersMessage('hourNotFound'));
  const steps = await decisionsOf(db, entry.id);
  return steps.map((s) => ({
    action: s.action as (typeof hourDecisionActions)[number],
    reason: s.reason,
    actorName: s.actorName,
    at: toIso(s.at),
  }));
}
