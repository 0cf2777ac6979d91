// The system's working-day calendar as the database keeps it (CalendarDay rows, kept by the municipality's admins):
// every team counts deadlines with it, whoever asks, so it is read whole here rather than through a caller's scope.
// Kept while the data stays the same: a deadline is counted on every letter received.
import { type DayOverride, officialSchedules, WorkingCalendar } from '@strata/calendar';
import { type Db, type Tx, whileUnchanged } from '@strata/db';
import { queryReviewed, reviewedSql } from './reviewed-sql';

type Row = { date: string; kind: string; name: string };

/** The calendar with every holiday and make-up working day entered, in the organisation's time zone. */
export function workingCalendar(db: Db | Tx): Promise<WorkingCalendar> {
  return whileUnchanged(
    db,
    'workingCalendar',
    async () => {
      const rows = await queryReviewed<Row>(
        db,
        reviewedSql`SELECT "date" AS "date", "kind" AS "kind", "name" AS "name" FROM "CalendarDay" ORDER BY "date"`,
      );
      return new WorkingCalendar(rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name }) as DayOverride));
    },
    { reads: ['CalendarDay'] },
  );
}

/**
 * At start: each year of the official schedules shipped with @strata/calendar that has no entry yet gets them, owned
 * by the top unit (whose admins keep the calendar from then on). Idempotent; a year with any entry is left alone.
 */
export async function ensureOfficialCalendar(db: Db) {
  const top = await db.unit.findFirst({ where: { parentId: null }, orderBy: { id: 'asc' }, select: { id: true } });
  if (!top) return;
  for (const [year, days] of Object.entries(officialSchedules)) {
    const entered = await db.calendarDay.count({ where: { date: { startsWith: `${year}-` } } });
    if (entered > 0) continue;
    await db.calendarDay.createMany({
      data: days.map((d) => ({ unitId: top.id, date: d.date, kind: d.kind, name: d.name })),
    });
  }
}
