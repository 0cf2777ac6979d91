// The calendar of a year as everyone reads it: its entries, whether it has any, and how many working days it has.
import { workingCalendar } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { calendarRowsOf } from './calendar-days.sql';
import { type CalendarYearOutput, toCalendarDay } from './calendar-schemas';

export async function listCalendarDays(db: Db | Tx, year: number): Promise<CalendarYearOutput> {
  const rows = await calendarRowsOf(db, year);
  const calendar = await workingCalendar(db);
  // The working days after the last day of the year before, up to and including the year's last.
  const workingDays = calendar.workingDaysBetween(
    calendar.startOfDay(`${year - 1}-12-31`),
    calendar.startOfDay(`${year}-12-31`),
  );
  return { year, covered: rows.length > 0, workingDays, days: rows.map(toCalendarDay) };
}
