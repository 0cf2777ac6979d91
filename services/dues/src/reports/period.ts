// A report's period: whole months from `from` to `to`, at most three years, and the months of it that have ended.
import { fieldError } from '@strata/api';
import { duesMessage } from '../locales';
import { monthNumber, monthText } from '../rules/member-month';

export const periodMonthsMax = 36;

export function checkPeriod(from: string, to: string) {
  const span = monthNumber(to) - monthNumber(from) + 1;
  if (span < 1 || span > periodMonthsMax) throw fieldError('to', duesMessage('periodOrder'));
}

/** The months of the period before `current` (YYYY-MM), in order. */
export function endedMonths(from: string, to: string, current: string): string[] {
  return periodMonths(from, monthText(Math.min(monthNumber(to), monthNumber(current) - 1)));
}

/** Every month of the period (YYYY-MM), in order; none when `to` comes before `from`. */
export function periodMonths(from: string, to: string): string[] {
  const span = Math.max(0, monthNumber(to) - monthNumber(from) + 1);
  return Array.from({ length: span }, (_, i) => monthText(monthNumber(from) + i));
}
