// The working-day calendar as the municipality keeps it: one entry per day that differs from a plain
// Monday-to-Friday week (a holiday, or a weekend day worked, 调休上班). The rules are WorkingCalendar's
// (@strata/calendar), checked here as field errors so the form can mark the field.

import { type DayOverride, isIsoDate, WorkingCalendar } from '@strata/calendar';
import { z } from 'zod';
import { identityMessage } from '../locales';

/** Years the calendar is kept for. */
export const calendarYear = z.number().int().min(2000).max(2100);

/** A day that exists, YYYY-MM-DD. */
export const calendarDate = z.string().refine(isIsoDate, { params: { key: identityMessage('dateInvalid') } });

export const dayKinds = ['holiday', 'workday'] as const satisfies readonly DayOverride['kind'][];
export const dayKind = z.enum(dayKinds);

export const dayNameMax = 50;
/** '春节', '春节调休上班'. */
export const dayName = z.string().trim().min(1).max(dayNameMax);

/** The calendar with no entries: what a plain week is, by WorkingCalendar's reckoning. */
const plainWeek = new WorkingCalendar([]);

/** WorkingCalendar's rule for an entry: a make-up working day ('workday') falls on a Saturday or a Sunday. */
export const isMakeUpDayOnWeekend = (day: Pick<DayOverride, 'date' | 'kind'>) =>
  day.kind !== 'workday' || plainWeek.kindOf(day.date) === 'weekend';

export const setCalendarDayInput = z
  .strictObject({ date: calendarDate, kind: dayKind, name: dayName })
  .superRefine((day, ctx) => {
    if (isIsoDate(day.date) && !isMakeUpDayOnWeekend(day))
      ctx.addIssue({ code: 'custom', path: ['date'], params: { key: identityMessage('makeUpDayNotWeekend') } });
  });
export type SetCalendarDay = z.output<typeof setCalendarDayInput>;

export const calendarDayOutput = z.object({ date: z.string(), kind: dayKind, name: z.string() });
export type CalendarDayOutput = z.infer<typeof calendarDayOutput>;

export const calendarYearOutput = z.object({
  year: z.number().int(),
  /** Whether the year has any entry (its schedule was entered); a year without is counted as plain weeks. */
  covered: z.boolean(),
  /** Working days in the year, by the calendar in force. */
  workingDays: z.number().int(),
  /** Every entry of the year, by date. */
  days: z.array(calendarDayOutput),
});
export type CalendarYearOutput = z.infer<typeof calendarYearOutput>;

export const toCalendarDay = (row: { date: string; kind: string; name: string }): CalendarDayOutput => ({
  date: row.date,
  kind: row.kind as DayOverride['kind'],
  name: row.name,
});
