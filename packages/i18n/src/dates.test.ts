import { describe, expect, it } from 'vitest';
import { calendarDay, fileStamp, formatCalendarDay, formatDateTime } from './dates';

describe('dates in the organisation time zone', () => {
  it('shows 18:02 UTC as 02:02 the next day in Shanghai, whatever the machine zone', () => {
    expect(formatDateTime('2026-11-28T18:02:00Z', 'zh-CN')).toBe('2026/11/29 02:02');
    expect(formatDateTime('2026-11-28T18:02:00Z', 'en-US')).toMatch(/^11\/29\/26, 2:02\sAM$/);
    expect(formatDateTime(null, 'zh-CN')).toBe('');
  });
  it('stamps file names in the same zone', () => {
    expect(fileStamp(new Date('2026-11-28T18:02:00Z'))).toBe('20261129-0202');
  });
});

describe('calendar days (date-only values)', () => {
  it('takes "today" in Shanghai: 17:00 UTC is already the next day there', () => {
    expect(calendarDay(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
    expect(calendarDay(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
  });
  it('shows a day as that day in every language, never shifted by a zone', () => {
    expect(formatCalendarDay('2001-07-01', 'zh-CN')).toBe('2001年7月1日');
    expect(formatCalendarDay('2001-07-01', 'en-US')).toBe('Jul 1, 2001');
    expect(formatCalendarDay(null, 'en-US')).toBe('');
  });
});
