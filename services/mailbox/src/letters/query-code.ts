// The query code a submitter follows a letter with, without an account: 16 characters of Crockford's base32
// (80 random bits), shown in groups of four. Only its SHA-256 is stored, so the table does not hold a key to
// any letter; 80 bits leave nothing to guess, and wrong codes are throttled per address besides.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's alphabet: no I, L, O or U, so a code read aloud or copied by hand survives. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const queryCodeLength = 16;

/** A new code, as shown to the submitter: `7K2M-9QXA-…`. */
export function newQueryCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(10);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += alphabet[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/**
 * A code as typed back: case, spaces and dashes ignored, and the letters people confuse with digits read as the
 * digits (I and L as 1, O as 0). Null when it cannot be a code, so no lookup is made for it.
 */
export function normaliseQueryCode(typed: string): string | null {
  const folded = typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (folded.length !== queryCodeLength) return null;
  for (const character of folded) if (!alphabet.includes(character)) return null;
  return folded;
}

export const queryCodeHash = (normalised: string) => createHash('sha256').update(normalised).digest('hex');

/** The stored hash against a typed code's, in constant time (the lookup found a row by the same hash). */
export function sameQueryCode(storedHash: string, normalised: string): boolean {
  const typed = Buffer.from(queryCodeHash(normalised), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === typed.length && timingSafeEqual(stored, typed);
}
