// A payment over months: the oldest unpaid first when none are named, each month at most what is left, the last in
// part, the rest answered as over; named months (a quarter ahead, arrears made up) in their order; a month outside the
// window refused by name; and, over any owed months and amount, the lines never exceed what was paid or what was owed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayment, type OwedMonth } from './allocate';

const owed: OwedMonth[] = [
  { month: '2025-12', leftFen: 1_500 },
  { month: '2025-10', leftFen: 500 },
  { month: '2026-01', leftFen: 1_500 },
  { month: '2026-02', leftFen: 1_500 },
];

describe('a payment', () => {
  it('pays the oldest months first, the last in part', () => {
    expect(allocatePayment(2_600, owed, '2026-02')).toEqual({
      ok: true,
      lines: [
        { month: '2025-10', fen: 500 },
        { month: '2025-12', fen: 1_500 },
        { month: '2026-01', fen: 600 },
      ],
      overFen: 0,
    });
  });

  it('answers what is over once every month is paid', () => {
    const all = allocatePayment(6_000, owed, '2026-02');
    expect(all.ok && all.lines.map((l) => l.fen)).toEqual([500, 1_500, 1_500, 1_500]);
    expect(all.ok && all.overFen).toBe(1_000);
  });

  it('pays the months named, a quarter ahead included, and nothing else', () => {
    const quarter = [...owed, { month: '2026-03', leftFen: 1_500 }, { month: '2026-04', leftFen: 1_500 }];
    expect(allocatePayment(4_500, quarter, '2026-02', ['2026-04', '2026-02', '2026-03'])).toEqual({
      ok: true,
      lines: [
        { month: '2026-02', fen: 1_500 },
        { month: '2026-03', fen: 1_500 },
        { month: '2026-04', fen: 1_500 },
      ],
      overFen: 0,
    });
  });

  it('refuses months beyond six back or the quarter ahead, naming them, and leaves old months to be named', () => {
    expect(allocatePayment(1_500, owed, '2026-06', ['2025-11', '2026-09', '2025-12'])).toEqual({
      ok: false,
      outsideWindow: ['2025-11', '2026-09'],
    });
    // Unnamed, a month out of the window is not paid: 2025-10 is seven months back in 2026-05.
    const may = allocatePayment(500, owed, '2026-05');
    expect(may.ok && may.lines).toEqual([{ month: '2025-12', fen: 500 }]);
  });

  it('takes only a positive whole number of fen', () => {
    for (const amount of [0, -100, 10.5]) expect(() => allocatePayment(amount, owed, '2026-02')).toThrow(RangeError);
  });

  it('never pays a month more than is left of it, and pays out exactly what came in', () => {
    const months = fc.uniqueArray(
      fc.record({
        month: fc.constantFrom('2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'),
        leftFen: fc.integer({ min: 0, max: 50_000 }),
      }),
      { selector: (o) => o.month },
    );
    fc.assert(
      fc.property(months, fc.integer({ min: 1, max: 200_000 }), (list, amount) => {
        const result = allocatePayment(amount, list, '2026-02');
        if (!result.ok) return false;
        const left = new Map<string, number>(list.map((o) => [o.month, o.leftFen]));
        const paid = result.lines.reduce((n, l) => n + l.fen, 0);
        return (
          paid + result.overFen === amount &&
          result.lines.every((l) => l.fen > 0 && l.fen <= (left.get(l.month) ?? 0)) &&
          result.overFen >= 0
        );
      }),
    );
  });
});
