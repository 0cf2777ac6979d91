// Taking the year's annual statistics: once the year is over (31 December has passed in Asia/Shanghai), once per year,
// for the whole organisation, by whoever holds members.snapshot at the top unit. Its rows are written in one statement
// and never changed afterwards: later edits to members do not move the year's tables.
import { conflict, fieldError, recordAudit, type Scope } from '@strata/api';
import { isUniqueViolation, type Tx } from '@strata/db';
import { calendarDay, startOfCalendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import { insertSnapshotRows } from './annual-snapshot.sql';
import { snapshotOwner } from './snapshot-owner';
import type { TakeSnapshotOutput } from './stats-schemas';

type TakeSnapshot = { scope: Scope; actorId: number; year: number; now: Date };

const taken = () => conflict(membersMessage('snapshotTaken'), 'year');

export async function takeSnapshot(tx: Tx, { scope, actorId, year, now }: TakeSnapshot): Promise<TakeSnapshotOutput> {
  const owner = await snapshotOwner(tx, scope);
  const asOf = `${year}-12-31`;
  if (calendarDay(now) <= asOf) throw fieldError('year', membersMessage('snapshotYearOpen'), { year });
  if (await tx.annualSnapshot.findUnique({ where: { year }, select: { id: true } })) throw taken();
  // A take racing this one inserts the same year: the unique year lets one of them through, the other is told so.
  const snapshot = await tx.annualSnapshot
    .create({ data: { year, asOf, takenAt: now, takenById: actorId } })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
  const rows = await insertSnapshotRows(tx, {
    snapshotId: snapshot.id,
    first: `${year}-01-01`,
    day: asOf,
    after: startOfCalendarDay(`${year + 1}-01-01`),
  });
  await recordAudit(tx, {
    actorId,
    unitId: owner.id,
    action: 'snapshot.take',
    entity: 'AnnualSnapshot',
    entityId: snapshot.id,
    label: String(year),
    after: { year, rows },
  });
  return { year, asOf, takenAt: snapshot.takenAt.toISOString(), rows };
}
