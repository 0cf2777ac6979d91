// When codes are shown and taken, pure: the screen gives codes from 30 minutes before the start to 2 hours after the
// end; a volunteer checks in from 30 minutes before the start until the end, and out until 2 hours after the end.
import type { CodeVerdict } from '@strata/checkin';

const minute = 60_000;
export const opensBeforeStartMs = 30 * minute;
export const closesAfterEndMs = 120 * minute;

type Times = { startsAt: Date; endsAt: Date };
const within = (now: Date, from: number, to: number) => now.getTime() >= from && now.getTime() < to;

/** Whether the screen may show codes now. */
export const screenOpen = (a: Times, now: Date) =>
  within(now, a.startsAt.getTime() - opensBeforeStartMs, a.endsAt.getTime() + closesAfterEndMs);

/** Whether a volunteer may check in (`in`) or out (`out`) now. */
export function checkinOpen(a: Times, purpose: 'in' | 'out', now: Date) {
  const from = a.startsAt.getTime() - opensBeforeStartMs;
  return within(now, from, purpose === 'in' ? a.endsAt.getTime() : a.endsAt.getTime() + closesAfterEndMs);
}

/** The message of a refused code, by what it answered and what the volunteer was doing. */
export function codeRefusal(verdict: Exclude<CodeVerdict, 'ok'>, purpose: 'in' | 'out') {
  switch (verdict) {
    case 'unknown':
      return 'codeUnknown' as const;
    case 'expired':
      return 'codeExpired' as const;
    case 'used':
      return 'codeUsed' as const;
    case 'otherSubject':
      return 'codeOtherActivity' as const;
    case 'wrongPurpose':
      return purpose === 'in' ? ('codeIsCheckOut' as const) : ('codeIsCheckIn' as const);
  }
}

/** The console page where a volunteer confirms a code the screen shows. */
export const checkinPath = '/volunteers/checkin/:subject';
