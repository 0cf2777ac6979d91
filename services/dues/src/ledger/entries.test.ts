// The rules a new ledger entry meets: its month open, its amount whole fen with its kind's sign, a correction
// reversing one entry of its own unit, once; and a correction's content: the opposite amount, naming what it reverses,
// in an open month, so the two together sum to nothing.
import { describe, expect, it } from 'vitest';
import type { EntryContent } from './chain';
import { entryProblem, isClosed, reversalOf } from './entries';

const payment: EntryContent = {
  unitId: 7,
  seq: 12,
  kind: 'payment',
  memberId: 3,
  month: '2026-01',
  amountFen: 1_500,
  on: '2026-01-05',
  reversesSeq: null,
  counterpartUnitId: null,
  receiptNo: 'R-7-000012',
  actorId: 2,
  note: '',
  at: '2026-01-05T03:30:00.000Z',
};
const open = { closedThrough: '2025-12' };
/** When and by whom a correction is written: on a day of February, an open month. */
const fixing = { on: '2026-02-03', at: '2026-02-03T01:00:00.000Z', actorId: 5 };
const original = { ...payment, reversed: false };

describe('a new entry', () => {
  it('is taken when booked in an open month with a positive whole amount', () => {
    expect(entryProblem(payment, open)).toBeNull();
    expect(entryProblem(payment, { closedThrough: null })).toBeNull();
    // Arrears of a closed month are paid in the month they are paid in.
    expect(entryProblem({ ...payment, month: '2025-10' }, open)).toBeNull();
  });

  it('is refused when booked in a closed month, with a fraction of a fen, or not positive', () => {
    expect(entryProblem(payment, { closedThrough: '2026-01' })).toBe('monthClosed');
    expect(entryProblem({ ...payment, month: '2026-03' }, { closedThrough: '2026-01' })).toBe('monthClosed');
    expect(entryProblem({ ...payment, amountFen: 1_500.5 }, open)).toBe('amountNotWhole');
    expect(entryProblem({ ...payment, amountFen: 0 }, open)).toBe('amountSign');
    expect(entryProblem({ ...payment, kind: 'assessment', amountFen: -10 }, open)).toBe('amountSign');
    expect(entryProblem({ ...payment, reversesSeq: 4 }, open)).toBe('reversesNothing');
  });

  it('corrects one entry of its own unit, once, booked in an open month, with its exact opposite', () => {
    const correction = reversalOf(payment, { ...fixing, note: '记错了金额' });
    expect(entryProblem(correction, { closedThrough: '2026-01', reversed: original })).toBeNull();
    expect(entryProblem(correction, { closedThrough: '2026-02', reversed: original })).toBe('monthClosed');
    expect(entryProblem(correction, { closedThrough: '2026-01' })).toBe('reversesNothing');
    const closed = { closedThrough: '2026-01' };
    expect(entryProblem(correction, { ...closed, reversed: { ...original, unitId: 8 } })).toBe('reversesAcrossUnits');
    expect(entryProblem(correction, { ...closed, reversed: { ...original, reversed: true } })).toBe('reversedAlready');
    for (const other of [{ kind: 'assessment' }, { month: '2026-02' }, { memberId: 4 }, { amountFen: 1_400 }])
      expect(entryProblem(correction, { ...closed, reversed: { ...original, ...other } })).toBe('reversesAnother');
  });
});

describe('a correction', () => {
  it('keeps the kind, member and dues month, carries the opposite amount and names the entry', () => {
    const correction = reversalOf(payment, { ...fixing, note: '重复录入' });
    expect(correction).toEqual({
      unitId: 7,
      kind: 'payment',
      memberId: 3,
      month: '2026-01',
      amountFen: -1_500,
      on: '2026-02-03',
      reversesSeq: 12,
      counterpartUnitId: null,
      receiptNo: 'R-7-000012',
      actorId: 5,
      note: '重复录入',
      at: '2026-02-03T01:00:00.000Z',
    });
    expect(payment.amountFen + correction.amountFen).toBe(0);
  });

  it('knows a closed month', () => {
    expect([isClosed('2025-12', '2025-12'), isClosed('2026-01', '2025-12'), isClosed('2020-01', null)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
