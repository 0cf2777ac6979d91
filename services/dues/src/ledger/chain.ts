// The ledger's tamper evidence: each unit's entries form a chain. An entry's hash is a keyed hash (HMAC-SHA-256 under
// the ledger's key, kept outside the database) of the previous entry's hash and the entry's own content, written in
// one canonical form; the unit's head (its last sequence number and hash, written with each entry) closes the chain.
// `verifyChain` recomputes a unit's chain from its first entry and names the first one that does not hold: content
// changed (its hash differs), an entry missing or moved (a sequence number skipped or out of place, a link to a hash
// that is not the one before), or the end cut off (the head names more than is there). Without the key, someone who
// can write to the database cannot make a changed entry's hash, nor any after it, agree again.
import { createHmac, type KeyObject } from 'node:crypto';

/** What an entry says, as hashed: every field but its own hash. Amounts in fen, signed (a reversal negates). */
export type EntryContent = {
  unitId: number;
  /** 1, 2, 3… within the unit, without gaps. */
  seq: number;
  kind: string;
  memberId: number | null;
  /** The month it belongs to, YYYY-MM. */
  month: string;
  amountFen: number;
  /** The day it was recorded for, YYYY-MM-DD. */
  on: string;
  /** The entry it reverses (a correction), by its sequence number in the same unit. */
  reversesSeq: number | null;
  /** The other unit of a remittance. */
  counterpartUnitId: number | null;
  receiptNo: string | null;
  actorId: number | null;
  note: string;
  /** When it was written, an ISO instant. */
  at: string;
};

export type ChainedEntry = EntryContent & { prevHash: string; hash: string };

/** A unit's head: its last entry's sequence number and hash (none yet: 0 and the chain's start). */
export type ChainHead = { seq: number; hash: string };

/** The hash before a unit's first entry. */
export const chainStart = '0'.repeat(64);

/** What an entry's hash covers, in the order its canonical form lists them. */
export const contentFields = [
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
] as const satisfies readonly (keyof EntryContent)[];

/** The content in one canonical form: its fields in a fixed order, as a JSON array (no key order to vary). */
export function canonicalContent(e: EntryContent): string {
  return canonicalValues(contentFields.map((f) => e[f]));
}

/** The canonical form of an entry's content given as its values in contentFields' order. */
export const canonicalValues = (values: readonly unknown[]): string => JSON.stringify(values);

/** The entry's hash: the keyed hash of the previous hash and its canonical content. */
export function entryHash(key: Buffer, prevHash: string, content: EntryContent): string {
  return canonicalHash(key, prevHash, canonicalContent(content));
}

/**
 * The hash of an entry whose canonical content is made already (one update: the large fixture hashes millions, with
 * the key as a KeyObject made once: 1.55 us a hash against 1.8 from the bytes).
 */
export function canonicalHash(key: Buffer | KeyObject, prevHash: string, canonical: string): string {
  return createHmac('sha256', key).update(`${prevHash}\n${canonical}`).digest('hex');
}

/**
 * The next entry of a unit whose head is `head`: its sequence number, link and hash. Built field by field, one object
 * with exactly what is hashed and the link (the large fixture chains millions: two spreads an entry were 7 s of it).
 */
export function chainNext(key: Buffer, head: ChainHead, c: Omit<EntryContent, 'seq'>): ChainedEntry {
  const entry: ChainedEntry = {
    unitId: c.unitId,
    seq: head.seq + 1,
    kind: c.kind,
    memberId: c.memberId,
    month: c.month,
    amountFen: c.amountFen,
    on: c.on,
    reversesSeq: c.reversesSeq,
    counterpartUnitId: c.counterpartUnitId,
    receiptNo: c.receiptNo,
    actorId: c.actorId,
    note: c.note,
    at: c.at,
    prevHash: head.hash,
    hash: '',
  };
  entry.hash = entryHash(key, head.hash, entry);
  return entry;
}

export type ChainBreak = 'content' | 'link' | 'sequence' | 'end';
export type ChainVerdict =
  | { ok: true; entries: number }
  | {
      ok: false;
      /** The first entry that does not hold (for `end`, the head's last sequence number, whose entry is missing). */
      seq: number;
      reason: ChainBreak;
    };

/**
 * Recomputes a unit's chain: `entries` as stored, in sequence order, and the unit's head. The first entry that does
 * not hold is named: its content changed (`content`), its link is not the hash before it (`link`: an entry before
 * it was removed or moved), its sequence number is not the next (`sequence`), or entries the head names are missing
 * at the end (`end`).
 */
export function verifyChain(key: Buffer, entries: readonly ChainedEntry[], head: ChainHead): ChainVerdict {
  let prevHash = chainStart;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return { ok: false, seq: entry.seq, reason: 'sequence' };
    if (entry.prevHash !== prevHash) return { ok: false, seq: entry.seq, reason: 'link' };
    const { prevHash: _link, hash, ...content } = entry;
    if (entryHash(key, prevHash, content) !== hash) return { ok: false, seq: entry.seq, reason: 'content' };
    prevHash = hash;
  }
  if (head.seq !== entries.length || head.hash !== prevHash)
    return { ok: false, seq: Math.max(head.seq, entries.length), reason: 'end' };
  return { ok: true, entries: entries.length };
}
