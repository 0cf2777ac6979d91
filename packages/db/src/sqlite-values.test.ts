// Values as Prisma's SQLite adapter binds them: the fast Date text is the adapter's own format for every instant.
import { describe, expect, it } from 'vitest';
import { sqliteDateText, sqliteValue } from './sqlite-values';

const adapterText = (d: Date) => d.toISOString().replace('Z', '+00:00');

describe('sqlite values', () => {
  it('writes every instant as the adapter does, either side of 1970, a day and a year', () => {
    const edges = [
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2024-02-29T23:59:59.999Z',
      '2026-12-07T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ].map((t) => new Date(t));
    // A day's text kept for one instant serves every other instant of that day.
    const spread = Array.from({ length: 2_000 }, (_, i) => new Date(Date.UTC(2025, 0, 1) + i * 7_919_113));
    for (const d of [...edges, ...spread]) expect(sqliteDateText(d)).toBe(adapterText(d));
  });

  it('refuses an invalid Date as toISOString does, and binds booleans as numbers', () => {
    expect(() => sqliteDateText(new Date(Number.NaN))).toThrow(RangeError);
    expect([true, false, 'x', 3, null].map(sqliteValue)).toEqual([1, 0, 'x', 3, null]);
  });
});
