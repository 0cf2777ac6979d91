// A year's entries of the working-day calendar. The calendar is the municipality's (rows of the top unit) and every
// team counts with it, whoever asks, so it is read whole by a reviewed statement rather than through a caller's
// scope, as workingCalendar (@strata/api) reads it.
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Tx } from '@strata/db';

export type CalendarRow = { date: string; kind: string; name: string };

export function calendarRowsOf(db: Db | Tx, year: number): Promise<CalendarRow[]> {
  return queryReviewed<CalendarRow>(
    db,
    reviewedSql`SELECT c."date" AS "date", c."kind" AS "kind", c."name" AS "name" FROM "CalendarDay" c WHERE c."date" >= ${`${year}-01-01`} AND c."date" <= ${`${year}-12-31`} ORDER BY c."date"`,
  );
}
