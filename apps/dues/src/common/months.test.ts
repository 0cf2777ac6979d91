import { describe, expect, it } from 'vitest';
import { addMonths, lastEndedMonth, monthsBetween, paymentWindow, yearToDate } from './months';

describe('months', () => {
  it('moves across years both ways', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
    expect(() => addMonths('2026-13', 1)).toThrow(RangeError);
  });

  it("offers six months back to two ahead of the payment day's month", () => {
    expect(paymentWindow('2026-02-28')).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(paymentWindow('')).toEqual([]);
  });

  it('counts the months of a span, both ends included', () => {
    expect(monthsBetween('2026-01', '2026-12')).toBe(12);
    expect(monthsBetween('2025-11', '2026-10')).toBe(12);
    expect(monthsBetween('2025-11', '2026-11')).toBe(13);
    expect(monthsBetween('2026-03', '2026-03')).toBe(1);
    expect(monthsBetween('2026-04', '2026-03')).toBe(0);
  });

  it('reports this year to the last ended month by default, last year in January', () => {
    expect(lastEndedMonth('2026-11-20')).toBe('2026-10');
    expect(yearToDate('2026-11-20')).toEqual({ from: '2026-01', to: '2026-10' });
    expect(yearToDate('2027-01-05')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(yearToDate('2026-02-01')).toEqual({ from: '2026-01', to: '2026-01' });
  });
});
