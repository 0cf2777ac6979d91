// A municipal admin enters a year's official schedule as shipped with @strata/calendar (the State Council's notice),
// for a year that has no entry yet: a year already entered is the admins' own, never overwritten.

import { AppError, recordAudit, type Scope } from '@strata/api';
import { officialSchedules } from '@strata/calendar';
import type { Tx } from '@strata/db';
import { identityMessage } from '../locales';
import { calendarRowsOf } from './calendar-days.sql';
import { calendarOwner } from './calendar-owner';
import { listCalendarDays } from './list-calendar-days';

type ImportOfficialCalendar = { scope: Scope; actorId: number; year: number };

export async function importOfficialCalendar(tx: Tx, { scope, actorId, year }: ImportOfficialCalendar) {
  const owner = await calendarOwner(tx, scope);
  const official = officialSchedules[year];
  if (!official) throw new AppError('BAD_REQUEST', identityMessage('calendarNoOfficialSchedule'), { year }, 'year');
  if ((await calendarRowsOf(tx, year)).length > 0)
    throw new AppError('CONFLICT', identityMessage('calendarYearEntered'), { year }, 'year');
  await tx.calendarDay.createMany({
    data: official.map((day) => ({ unitId: owner.id, date: day.date, kind: day.kind, name: day.name })),
  });
  await recordAudit(tx, {
    actorId,
    unitId: owner.id,
    action: 'calendar.importOfficial',
    entity: 'CalendarDay',
    entityId: year,
    label: String(year),
    after: { year, entries: official.length },
  });
  return listCalendarDays(tx, year);
}
