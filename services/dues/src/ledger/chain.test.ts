// The ledger's chain: a unit's entries chained under the key verify whole, and in a randomised run every single
// tamper is found and the entry named: a field of one entry changed, its hash or link changed, an entry removed
// (the last one too), two entries swapped; a chain made under another key does not verify.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChainedEntry, type ChainHead, chainNext, chainStart, type EntryContent, verifyChain } from './chain';

const key = Buffer.alloc(32, 7);

const anyContent: fc.Arbitrary<Omit<EntryContent, 'seq' | 'unitId'>> = fc.record({
  kind: fc.constantFrom('assessment', 'payment', 'reduction', 'remittanceOut', 'extra'),
  memberId: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
  month: fc.constantFrom('2025-11', '2025-12', '2026-01'),
  amountFen: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  on: fc.constantFrom('2025-11-30', '2026-01-05'),
  reversesSeq: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  counterpartUnitId: fc.option(fc.integer({ min: 1, max: 2_000 }), { nil: null }),
  receiptNo: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }),
  actorId: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }),
  note: fc.string({ maxLength: 20 }),
  at: fc.constantFrom('2025-11-30T02:00:00.000Z', '2026-01-05T03:30:00.000Z'),
});

/** A unit's chain of the given contents, and its head. */
function chainOf(contents: readonly Omit<EntryContent, 'seq' | 'unitId'>[], chainKey = key) {
  let head: ChainHead = { seq: 0, hash: chainStart };
  const entries: ChainedEntry[] = [];
  for (const content of contents) {
    const entry = chainNext(chainKey, head, { ...content, unitId: 7 });
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, head };
}

describe('a unit’s chain', () => {
  it('verifies whole, from an empty one to many entries', () => {
    fc.assert(
      fc.property(fc.array(anyContent, { maxLength: 30 }), (contents) => {
        const { entries, head } = chainOf(contents);
        expect(verifyChain(key, entries, head)).toEqual({ ok: true, entries: contents.length });
        expect(entries.map((e) => e.seq)).toEqual(contents.map((_, i) => i + 1));
      }),
    );
  });

  const assessed = {
    kind: 'assessment',
    memberId: 3,
    month: '2026-01',
    amountFen: 1500,
    on: '2026-01-01',
    reversesSeq: null,
    counterpartUnitId: null,
    receiptNo: null,
    actorId: null,
    note: '',
    at: '2026-01-01T02:00:00.000Z',
  };
  const paid = {
    ...assessed,
    kind: 'payment',
    on: '2026-01-05',
    receiptNo: 'R1',
    actorId: 2,
    at: '2026-01-05T03:30:00.000Z',
  };

  it('does not verify against a head that names another end: another hash, fewer or more entries', () => {
    const { entries, head } = chainOf([assessed, paid]);
    const end = { ok: false, seq: 2, reason: 'end' };
    const otherHash = `${head.hash[0] === 'a' ? 'b' : 'a'}${head.hash.slice(1)}`;
    expect(verifyChain(key, entries, { ...head, hash: otherHash })).toEqual(end);
    expect(verifyChain(key, entries, { seq: 1, hash: entries[0]?.hash ?? '' })).toEqual(end);
    expect(verifyChain(key, entries, { ...head, seq: 3 })).toEqual({ ok: false, seq: 3, reason: 'end' });
  });

  it('does not verify under another key', () => {
    const { entries, head } = chainOf([paid]);
    expect(verifyChain(Buffer.alloc(32, 8), entries, head)).toEqual({ ok: false, seq: 1, reason: 'content' });
  });
});

type Tamper =
  | { kind: 'field'; at: number; field: keyof ChainedEntry }
  | { kind: 'remove'; at: number }
  | { kind: 'swap'; at: number; with: number };

/** One entry's field changed as a write to the database would change it: a number by one, text by a character. */
function changed(entry: ChainedEntry, field: keyof ChainedEntry): ChainedEntry {
  const value = entry[field];
  const next =
    typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}x` : field === 'memberId' ? 1 : 'x';
  return { ...entry, [field]: next } as ChainedEntry;
}

describe('tampering', () => {
  const fields: (keyof ChainedEntry)[] = [
    'unitId',
    'seq',
    'kind',
    'memberId',
    'month',
    'amountFen',
    'on',
    'reversesSeq',
    'counterpartUnitId',
    'receiptNo',
    'actorId',
    'note',
    'at',
    'prevHash',
    'hash',
  ];
  const anyTamper = (length: number): fc.Arbitrary<Tamper> =>
    fc.oneof(
      fc.record({
        kind: fc.constant('field' as const),
        at: fc.integer({ min: 0, max: length - 1 }),
        field: fc.constantFrom(...fields),
      }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.integer({ min: 0, max: length - 1 }) }),
      fc
        .record({
          kind: fc.constant('swap' as const),
          at: fc.integer({ min: 0, max: length - 1 }),
          with: fc.integer({ min: 0, max: length - 1 }),
        })
        .filter((t) => t.at !== t.with),
    );

  it('finds every single change, removal and reordering, and names the first entry that does not hold', () => {
    const run = fc
      .array(anyContent, { minLength: 2, maxLength: 25 })
      .chain((contents) => fc.tuple(fc.constant(contents), anyTamper(contents.length)));
    fc.assert(
      fc.property(run, ([contents, tamper]) => {
        const { entries, head } = chainOf(contents);
        const stored = [...entries];
        if (tamper.kind === 'field') stored[tamper.at] = changed(stored[tamper.at] as ChainedEntry, tamper.field);
        if (tamper.kind === 'remove') stored.splice(tamper.at, 1);
        if (tamper.kind === 'swap')
          [stored[tamper.at], stored[tamper.with]] = [
            stored[tamper.with] as ChainedEntry,
            stored[tamper.at] as ChainedEntry,
          ];
        const verdict = verifyChain(key, stored, head);
        expect(verdict.ok).toBe(false);
        if (verdict.ok) return;
        // The entry named is the one changed, or the first out of place after a removal or a swap.
        const first = tamper.kind === 'swap' ? Math.min(tamper.at, tamper.with) : tamper.at;
        if (tamper.kind === 'remove' && tamper.at === contents.length - 1)
          expect(verdict).toEqual({ ok: false, seq: contents.length, reason: 'end' });
        else if (tamper.kind === 'field' && tamper.field === 'hash' && tamper.at === contents.length - 1)
          expect(verdict).toEqual({ ok: false, seq: tamper.at + 1, reason: 'content' });
        else expect(verdict.seq).toBe(tamper.kind === 'remove' ? tamper.at + 2 : (stored[first] as ChainedEntry).seq);
      }),
      { numRuns: 500 },
    );
  });
});
