// Verifying books: each unit's chain recomputed from its first entry under the ledger's key and checked against its
// head; the first entry that does not hold is named with why. A unit, or every unit of its subtree (a township's
// branches), read unit by unit in sequence order.
import { checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { chainVerdict, verifyInput } from '../dues-schemas';
import { type ChainedEntry, chainStart, verifyChain } from './chain';
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
  let entries = 0;
  for (const unitId of ids.sort((a, b) => a - b)) {
    const rows = await db.duesEntry.findMany({
      where: { unitId, ...within },
      orderBy: { seq: 'asc' },
      select: {
        unitId: true,
        seq: true,
        kind: true,
        memberId: true,
        month: true,
        amountFen: true,
        on: true,
        reversesSeq: true,
        counterpartUnitId: true,
        receiptNo: true,
        actorId: true,
        note: true,
        at: true,
        prevHash: true,
        hash: true,
      },
    });
    const head = headOf.get(unitId) ?? { seq: 0, hash: chainStart };
    entries += rows.length;
    const verdict = verifyChain(key, rows as ChainedEntry[], head);
    if (!verdict.ok) broken.push({ unitId, unitName: names.get(unitId) ?? '', ...verdict });
  }
  return { units: ids.length, entries, broken, ms: clock() - started };
}
