import { describe, expect, it } from 'vitest';
import { beforeStart, checkinOpen, codeRefusal, markOpen, placesLeft, sessionProblem } from './session-rules';

const at = (hhmm: string) => new Date(`2026-03-14T${hhmm}:00+08:00`);
const slot = { startsAt: at('09:00'), endsAt: at('12:00') };

describe('sessionProblem', () => {
  const fine = { now: at('08:00'), startChanged: true, booked: 0 };
  it('takes a session that starts ahead and ends after its start, within 12 hours', () => {
    expect(sessionProblem({ ...slot, capacity: 5 }, fine)).toBeNull();
    expect(sessionProblem({ startsAt: at('10:00'), endsAt: at('10:30'), capacity: 1 }, fine)).toBeNull();
  });
  it('refuses an end at or before the start, on the end', () => {
    expect(sessionProblem({ startsAt: at('09:00'), endsAt: at('09:00'), capacity: 5 }, fine)).toEqual({
      field: 'endsAt',
      key: 'sessionEndsBeforeStart',
    });
  });
  it('refuses a session longer than 12 hours, not one of exactly 12', () => {
    const start = at('07:00');
    const twelve = new Date(start.getTime() + 12 * 3_600_000);
    const now = at('06:00');
    expect(sessionProblem({ startsAt: start, endsAt: twelve, capacity: 5 }, { ...fine, now })).toBeNull();
    expect(
      sessionProblem({ startsAt: start, endsAt: new Date(twelve.getTime() + 1), capacity: 5 }, { ...fine, now }),
    ).toEqual({ field: 'endsAt', key: 'sessionTooLong', vars: { hours: 12 } });
  });
  it('refuses a start that is not ahead only when it is new or moved', () => {
    expect(sessionProblem({ ...slot, capacity: 5 }, { ...fine, now: at('09:00') })).toEqual({
      field: 'startsAt',
      key: 'sessionStartsInPast',
    });
    expect(sessionProblem({ ...slot, capacity: 5 }, { ...fine, now: at('09:30'), startChanged: false })).toBeNull();
  });
  it('keeps the places at or above the seats booked', () => {
    expect(sessionProblem({ ...slot, capacity: 3 }, { ...fine, booked: 3 })).toBeNull();
    expect(sessionProblem({ ...slot, capacity: 2 }, { ...fine, booked: 3 })).toEqual({
      field: 'capacity',
      key: 'sessionCapacityBelowBooked',
      vars: { booked: 3 },
    });
  });
});

describe('windows', () => {
  it('checks in (and shows codes) from 30 minutes before the start until the end', () => {
    expect(checkinOpen(slot, at('08:29'))).toBe(false);
    expect(checkinOpen(slot, at('08:30'))).toBe(true);
    expect(checkinOpen(slot, at('11:59'))).toBe(true);
    expect(checkinOpen(slot, at('12:00'))).toBe(false);
  });
  it('takes attendance by hand from 30 minutes before the start, and after the end too', () => {
    expect(markOpen(slot, at('08:29'))).toBe(false);
    expect(markOpen(slot, at('08:30'))).toBe(true);
    expect(markOpen(slot, at('18:00'))).toBe(true);
  });
  it('books and gives seats back until the start', () => {
    expect(beforeStart(slot, at('08:59'))).toBe(true);
    expect(beforeStart(slot, at('09:00'))).toBe(false);
  });
});

describe('codeRefusal', () => {
  it('names each refusal; a code of the other purpose is not a session code at all', () => {
    expect(codeRefusal('unknown')).toBe('sessionCodeUnknown');
    expect(codeRefusal('expired')).toBe('sessionCodeExpired');
    expect(codeRefusal('used')).toBe('sessionCodeUsed');
    expect(codeRefusal('otherSubject')).toBe('sessionCodeOtherSession');
    expect(codeRefusal('wrongPurpose')).toBe('sessionCodeUnknown');
  });
});

describe('placesLeft', () => {
  it('is capacity less the booked, never below zero', () => {
    expect(placesLeft({ capacity: 5, booked: 2 })).toBe(3);
    expect(placesLeft({ capacity: 5, booked: 5 })).toBe(0);
    expect(placesLeft({ capacity: 3, booked: 5 })).toBe(0);
  });
});
