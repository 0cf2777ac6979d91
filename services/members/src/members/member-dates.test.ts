// Ages and the end of probation on calendar days: birthdays count from their own day, 29 February included, and a
// year of probation ends on the same day a year later or on the month's last day.
import { describe, expect, it } from 'vitest';
import { ageOn, probationEndOf } from './member-dates';

describe('ageOn', () => {
  it('counts whole years, a year more from the birthday itself', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2000-06-15', '2018-12-31')).toBe(18);
    expect(ageOn('2000-06-15', '2000-06-15')).toBe(0);
  });

  it('makes someone born on 29 February a year older on 1 March of a common year', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });
});

describe('probationEndOf', () => {
  it('is the same day a year later, or that month’s last day', () => {
    expect(probationEndOf('2025-07-01')).toBe('2026-07-01');
    expect(probationEndOf('2024-02-29')).toBe('2025-02-28');
    expect(probationEndOf('2025-12-31')).toBe('2026-12-31');
  });
});
