// Blind indexes: a keyed hash of a value, stored beside its sealed form, so "find the letters from this phone
// number" is an exact-match lookup on the hash instead of decrypting every row. The key is the ring's index key,
// which does not rotate with the data keys. Values are normalised first, so the lookup finds "+86 138-1234-5678"
// when the row holds "13812345678". The kind goes into the hash too: the same digits as a phone and as an ID
// number index differently, so one column's hashes say nothing about another's.

import { createHmac } from 'node:crypto';
import { normaliseIdNumber } from './id-number';
import type { KeyRing } from './keys';
import { normalisePhone } from './phone';

export type BlindIndexKind = 'phone' | 'idNumber' | 'name' | (string & {});

/** A name or other text as it is indexed: NFKC, trimmed, every run of whitespace one space. Case is kept. */
export function normaliseText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** `value` normalised as `kind` is indexed: phone digits, ID number characters, or tidied text. */
export function normaliseForIndex(kind: BlindIndexKind, value: string): string {
  if (kind === 'phone') return normalisePhone(value);
  if (kind === 'idNumber') return normaliseIdNumber(value);
  return normaliseText(value);
}

/**
 * HMAC-SHA256 under the ring's index key of kind, U+0000, and the normalised value, as 43 base64url characters.
 * Values that normalise to the empty string ("", or a phone with no digits) all index alike: check a value before
 * indexing it.
 */
export function blindIndex(ring: KeyRing, kind: BlindIndexKind, value: string): string {
  // U+0000 separates kind from value; a kind holding one could collide with another kind's values.
  if (kind === '' || kind.includes('\u0000'))
    throw new TypeError('A blind index kind must be non-empty, without U+0000');
  return createHmac('sha256', ring.index)
    .update(`${kind}\u0000${normaliseForIndex(kind, value)}`, 'utf8')
    .digest('base64url');
}
