// Receipt numbers per unit and year: printed with six digits at least, read back into their parts, anything else none.
import { expect, it } from 'vitest';
import { readReceiptNo, receiptNo } from './receipts';

it('numbers a unit’s payments of a year and reads the number back', () => {
  expect(receiptNo('chengguan-1', 2026, 12)).toBe('R-chengguan-1-2026-000012');
  expect(receiptNo('u7', 2026, 1_234_567)).toBe('R-u7-2026-1234567');
  expect(readReceiptNo(' R-chengguan-1-2026-000012 ')).toEqual({ unitCode: 'chengguan-1', year: 2026, seq: 12 });
  for (const seq of [1, 999_999, 1_000_000]) {
    const no = receiptNo('cg', 2025, seq);
    expect(readReceiptNo(no)).toEqual({ unitCode: 'cg', year: 2025, seq });
  }
});

it('refuses a code, year or sequence it cannot print, and reads nothing from another text', () => {
  expect(() => receiptNo('城关', 2026, 1)).toThrow(RangeError);
  expect(() => receiptNo('cg', 26, 1)).toThrow(RangeError);
  expect(() => receiptNo('cg', 2026, 0)).toThrow(RangeError);
  expect(() => receiptNo('cg', 2026, 1.5)).toThrow(RangeError);
  for (const text of ['', 'R-cg-2026-12', 'R-CG-2026-000012', 'X-cg-2026-000012', 'R-cg-2026-000012x'])
    expect(readReceiptNo(text)).toBeNull();
});
