// A township's reconciliation: per branch what it sent the township and what the township recorded from it, the
// differences named, totals to the fen; remittances to or from other units are not counted.
import { expect, it } from 'vitest';
import { reconcile } from './reconcile';

it('sets each branch’s remittances beside what the township received, naming the ones that differ', () => {
  const township = 2;
  const result = reconcile(
    township,
    [7, 8, 9],
    [
      { unitId: 7, counterpartUnitId: township, amountFen: 12_000 },
      { unitId: 7, counterpartUnitId: township, amountFen: 3_000 },
      { unitId: 8, counterpartUnitId: township, amountFen: 9_050 },
      // Sent elsewhere (another township): not this reconciliation's.
      { unitId: 9, counterpartUnitId: 3, amountFen: 4_000 },
      // Not a child of this township.
      { unitId: 30, counterpartUnitId: township, amountFen: 1_000 },
    ],
    [
      { unitId: township, counterpartUnitId: 7, amountFen: 15_000 },
      { unitId: township, counterpartUnitId: 8, amountFen: 9_000 },
      { unitId: township, counterpartUnitId: 9, amountFen: 200 },
      // Another unit's receipt.
      { unitId: 3, counterpartUnitId: 9, amountFen: 4_000 },
    ],
  );
  expect(result.rows).toEqual([
    { childId: 7, sentFen: 15_000, receivedFen: 15_000, differenceFen: 0 },
    { childId: 8, sentFen: 9_050, receivedFen: 9_000, differenceFen: -50 },
    { childId: 9, sentFen: 0, receivedFen: 200, differenceFen: 200 },
  ]);
  expect([result.sentFen, result.receivedFen]).toEqual([24_050, 24_200]);
  expect(result.differing).toEqual([8, 9]);
  expect(reconcile(township, [], [], [])).toEqual({ rows: [], sentFen: 0, receivedFen: 0, differing: [] });
});
