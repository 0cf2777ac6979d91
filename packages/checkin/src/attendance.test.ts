import { describe, expect, it } from 'vitest';
import { attendanceFlags, attendedMinutes, meetsAttendance, scheduledMinutes } from './attendance';

const at = (hhmm: string) => new Date(`2026-03-14T${hhmm}:00+08:00`);
const slot = { startsAt: at('09:00'), endsAt: at('12:00') };

describe('attendanceFlags', () => {
  it('flags a check-in after start + 10 minutes as late, not at 10 minutes', () => {
    expect(attendanceFlags({ ...slot, checkedInAt: at('09:10'), checkedOutAt: null })).toEqual({
      late: false,
      early: false,
    });
    expect(attendanceFlags({ ...slot, checkedInAt: at('09:11'), checkedOutAt: null }).late).toBe(true);
  });
  it('flags a check-out before end - 10 minutes as early, not at 10 minutes', () => {
    expect(attendanceFlags({ ...slot, checkedInAt: at('08:50'), checkedOutAt: at('11:50') }).early).toBe(false);
    expect(attendanceFlags({ ...slot, checkedInAt: at('08:50'), checkedOutAt: at('11:49') }).early).toBe(true);
  });
  it('takes another grace', () => {
    expect(attendanceFlags({ ...slot, checkedInAt: at('09:01'), checkedOutAt: at('11:59'), graceMs: 0 })).toEqual({
      late: true,
      early: true,
    });
  });
});

describe('attendedMinutes', () => {
  it('counts the overlap with the scheduled time only', () => {
    expect(attendedMinutes({ ...slot, checkedInAt: at('08:30'), checkedOutAt: at('12:30') })).toBe(180);
    expect(attendedMinutes({ ...slot, checkedInAt: at('10:00'), checkedOutAt: at('11:00') })).toBe(60);
  });
  it('rounds down to whole minutes', () => {
    const checkedOutAt = new Date(at('10:00').getTime() + 59_999);
    expect(attendedMinutes({ ...slot, checkedInAt: at('10:00'), checkedOutAt })).toBe(0);
    expect(
      attendedMinutes({ ...slot, checkedInAt: at('10:00'), checkedOutAt: new Date(checkedOutAt.getTime() + 1) }),
    ).toBe(1);
  });
  it('earns nothing without a check-out, or outside the time', () => {
    expect(attendedMinutes({ ...slot, checkedInAt: at('09:00'), checkedOutAt: null })).toBe(0);
    expect(attendedMinutes({ ...slot, checkedInAt: at('12:10'), checkedOutAt: at('13:00') })).toBe(0);
  });
});

describe('meetsAttendance', () => {
  it('needs the percent of the scheduled minutes, reached exactly', () => {
    const minutes = scheduledMinutes(slot);
    expect(minutes).toBe(180);
    expect(meetsAttendance(108, minutes, 60)).toBe(true);
    expect(meetsAttendance(107, minutes, 60)).toBe(false);
    expect(meetsAttendance(180, minutes, 100)).toBe(true);
  });
  it('never counts nothing attended', () => {
    expect(meetsAttendance(0, 0, 60)).toBe(false);
  });
});
