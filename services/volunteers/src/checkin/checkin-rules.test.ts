import { describe, expect, it } from 'vitest';
import { checkinOpen, codeRefusal, screenOpen } from './checkin-rules';

const at = (hhmm: string) => new Date(`2026-03-14T${hhmm}:00+08:00`);
const slot = { startsAt: at('09:00'), endsAt: at('12:00') };

describe('windows', () => {
  it('shows codes from 30 minutes before the start to 2 hours after the end', () => {
    expect(screenOpen(slot, at('08:29'))).toBe(false);
    expect(screenOpen(slot, at('08:30'))).toBe(true);
    expect(screenOpen(slot, at('13:59'))).toBe(true);
    expect(screenOpen(slot, at('14:00'))).toBe(false);
  });
  it('checks in from 30 minutes before the start until the end, out until 2 hours after it', () => {
    expect(checkinOpen(slot, 'in', at('08:29'))).toBe(false);
    expect(checkinOpen(slot, 'in', at('08:30'))).toBe(true);
    expect(checkinOpen(slot, 'in', at('12:00'))).toBe(false);
    expect(checkinOpen(slot, 'out', at('12:00'))).toBe(true);
    expect(checkinOpen(slot, 'out', at('14:00'))).toBe(false);
  });
});

describe('codeRefusal', () => {
  it('names each refusal, and the other purpose by what was tried', () => {
    expect(codeRefusal('unknown', 'in')).toBe('codeUnknown');
    expect(codeRefusal('expired', 'in')).toBe('codeExpired');
    expect(codeRefusal('used', 'out')).toBe('codeUsed');
    expect(codeRefusal('otherSubject', 'in')).toBe('codeOtherActivity');
    expect(codeRefusal('wrongPurpose', 'in')).toBe('codeIsCheckOut');
    expect(codeRefusal('wrongPurpose', 'out')).toBe('codeIsCheckIn');
  });
});
