import { describe, expect, it } from 'vitest';
import { isNotFound, lastTwelveMonths } from './remote-manifest';

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

describe('isNotFound', () => {
  it('knows the service’s not found as the browser’s client and the server throw it, and nothing else', () => {
    expect(isNotFound(Object.assign(new Error('x'), { data: { code: 'NOT_FOUND', httpStatus: 404 } }))).toBe(true);
    expect(isNotFound(Object.assign(new Error('x'), { code: 'NOT_FOUND' }))).toBe(true);
    expect(isNotFound(Object.assign(new Error('x'), { data: { code: 'FORBIDDEN' } }))).toBe(false);
    expect(isNotFound(Object.assign(new Error('x'), { data: null, code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
    expect(isNotFound(new Error('NOT_FOUND'))).toBe(false);
    expect(isNotFound(null)).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});
