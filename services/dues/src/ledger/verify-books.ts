// Verifying books: each unit's chain recomputed from its first entry under the ledger's key and checked against its
// head; the first entry that does not hold is named with why. A unit, or every unit of its subtree (a township's
// branches), read unit by unit in sequence order.
import { checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { chainVerdict, verifyInput } from '../dues-schemas';
import { totalSteps, unsettledSteps } from './append-entries';
import { chainStart, verifyChain } from './chain';
import { chainOf } from './ledger.sql';
import { ledgerKey } from './ledger-key';

export async function verifyBooks(db: Db, scope: Scope, input: z.output<typeof verifyInput>, clock = () => Date.now()) {
  const started = clock();
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const within = { unit: checkedSubtree(unit) };
  // Every unit with books: those with a head, and any whose entries lost theirs.
  const [heads, withEntries] = await Promise.all([
    db.duesChainHead.findMany({
      where: input.subtree ? within : { unitId: unit.id, ...within },
      select: { unitId: true, seq: true, hash: true },
    }),
    db.duesEntry.groupBy({ by: ['unitId'], where: input.subtree ? within : { unitId: unit.id, ...within } }),
  ]);
  const headOf = new Map(heads.map((h) => [h.unitId, { seq: h.seq, hash: h.hash }]));
  const ids = [...new Set([...headOf.keys(), ...withEntries.map((g) => g.unitId)])];
  const names = new Map(
    (
      await db.unit.findMany({ where: { id: { in: ids }, ...checkedSubtree(unit) }, select: { id: true, name: true } })
    ).map((u) => [u.id, u.name]),
  );
  const key = ledgerKey();
  const broken: z.output<typeof chainVerdict>[] = [];
  const totalsOff: { unitId: number; unitName: string }[] = [];
  let entries = 0;
  for (const unitId of ids.sort((a, b) => a - b)) {
    // The unit lies in the checked subtree: its id came from the heads and entries read within it.
    const rows = await chainOf(db, { id: unitId });
    const head = headOf.get(unitId) ?? { seq: 0, hash: chainStart };
    entries += rows.length;
    const verdict = verifyChain(key, rows, head);
    if (!verdict.ok) broken.push({ unitId, unitName: names.get(unitId) ?? '', ...verdict });
    if (!(await totalsHold(db, unitId, within, rows))) totalsOff.push({ unitId, unitName: names.get(unitId) ?? '' });
  }
  return { units: ids.length, entries, broken, totalsOff, ms: clock() - started };
}

/** Whether the unit's running totals and its members' unsettled months are what its entries say. */
async function totalsHold(
  db: Db,
  unitId: number,
  within: { unit: ReturnType<typeof checkedSubtree> },
  rows: readonly (Parameters<typeof totalSteps>[0][number] & Parameters<typeof unsettledSteps>[0][number])[],
) {
  const [stored, unsettled] = await Promise.all([
    db.duesTotal.findMany({ where: { unitId, ...within } }),
    db.duesUnsettledMonth.findMany({ where: { unitId, ...within } }),
  ]);
  const key = (t: { kind: string; month: string; booked: string }) => `${t.kind}|${t.month}|${t.booked}`;
  const want = new Map(totalSteps(rows).map((t) => [key(t), `${t.amountFen}/${t.entries}`]));
  const monthKey = (m: { memberId: number; month: string }) => `${m.memberId}|${m.month}`;
  const wantLeft = new Map(unsettledSteps(rows).map((m) => [monthKey(m), m.leftFen]));
  return (
    stored.length === want.size &&
    stored.every((t) => want.get(key(t)) === `${t.amountFen}/${t.entries}`) &&
    unsettled.length === wantLeft.size &&
    unsettled.every((m) => wantLeft.get(monthKey(m)) === m.leftFen)
  );
}
