import { describe, expect, it } from 'vitest';
import { lastTwelveMonths } from './remote-manifest';

describe('lastTwelveMonths', () => {
  it('runs back from today’s month, oldest first, across the year’s turn', () => {
    expect(lastTwelveMonths('2026-12-04')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(lastTwelveMonths('2027-01-31')).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(lastTwelveMonths('2026-03-01').slice(0, 2)).toEqual(['2025-04', '2025-05']);
  });
});
