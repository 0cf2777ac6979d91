import { describe, expect, it } from 'vitest';
import { calendarYear, isMakeUpDayOnWeekend, setCalendarDayInput } from './calendar-schemas';

/** The message keys of a failed parse, by field. */
const problems = (input: unknown) => {
  const result = setCalendarDayInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [
      issue.path.join('.'),
      issue.code === 'custom' ? (issue as { params?: { key?: string } }).params?.key : issue.code,
    ]),
  );
};

describe('a calendar day as entered', () => {
  it('is a holiday on any day, or a make-up working day on a Saturday or Sunday', () => {
    expect(problems({ date: '2026-10-01', kind: 'holiday', name: '国庆节' })).toEqual({}); // Thursday
    expect(problems({ date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' })).toEqual({}); // Saturday
    expect(problems({ date: '2026-09-20', kind: 'workday', name: '国庆节调休上班' })).toEqual({}); // Sunday
    expect(setCalendarDayInput.parse({ date: '2026-10-01', kind: 'holiday', name: ' 国庆节 ' }).name).toBe('国庆节');
  });

  it('refuses a make-up working day on a weekday, on the date', () => {
    expect(problems({ date: '2026-10-13', kind: 'workday', name: '调休' })).toEqual({
      date: 'identity.makeUpDayNotWeekend',
    });
    expect(isMakeUpDayOnWeekend({ date: '2026-10-12', kind: 'workday' })).toBe(false); // Monday
    expect(isMakeUpDayOnWeekend({ date: '2026-10-12', kind: 'holiday' })).toBe(true);
  });

  it('refuses dates that do not exist, unknown kinds and empty names', () => {
    expect(problems({ date: '2026-02-29', kind: 'holiday', name: 'x' })).toEqual({ date: 'identity.dateInvalid' });
    expect(problems({ date: '2026-2-1', kind: 'holiday', name: 'x' })).toEqual({ date: 'identity.dateInvalid' });
    expect(problems({ date: '2026-10-01', kind: 'rest', name: ' ' })).toMatchObject({
      kind: 'invalid_value',
      name: 'too_small',
    });
    expect(problems({ date: '2026-10-01', kind: 'holiday', name: 'x', unitId: 1 })).toEqual({
      '': 'unrecognized_keys',
    });
  });

  it('is kept for the years 2000 to 2100', () => {
    expect(calendarYear.safeParse(2026).success).toBe(true);
    for (const year of [1999, 2101, 2026.5]) expect(calendarYear.safeParse(year).success).toBe(false);
  });
});
