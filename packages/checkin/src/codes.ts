// One-time check-in codes: six digits drawn uniformly, valid for a short window, used by one person at most, each for
// one subject (an activity, a classroom session) and one purpose (checking in or out). What a code row says about an
// attempt is judged here, without a database: the caller reads the row and, on `ok`, consumes it conditionally.

/** Six digits, leading zeros kept. */
export const checkinCodePattern = /^\d{6}$/;

/** How long a code is valid once issued, by default. */
export const checkinWindowMs = 60_000;

const codeSpace = 1_000_000;
// The largest multiple of the code space that fits in 32 bits: draws at or above it are thrown away, so every code
// is equally likely (a plain modulo would favour the low ones).
const acceptBelow = Math.floor(2 ** 32 / codeSpace) * codeSpace;

/** A fresh code, 000000-999999, each equally likely, from the platform's cryptographic random source. */
export function newCheckinCode(
  random: (into: Uint32Array<ArrayBuffer>) => Uint32Array = (a) => globalThis.crypto.getRandomValues(a),
) {
  const draw = new Uint32Array(1);
  for (;;) {
    const value = random(draw)[0] ?? 0;
    if (value < acceptBelow) return String(value % codeSpace).padStart(6, '0');
  }
}

/** A code as stored: whose it is (subject and purpose), until when, and whether (by whom) it was used. */
export type StoredCode<P extends string = string> = {
  subjectId: number;
  purpose: P;
  expiresAt: Date;
  usedAt: Date | null;
  usedBy: number | null;
};

/** An attempt: the code typed for a subject and purpose, by whom, when. */
export type CodeAttempt<P extends string = string> = { subjectId: number; purpose: P; who: number; now: Date };

/**
 * What a code row answers to an attempt:
 * - `unknown`: no such code;
 * - `otherSubject`: the code belongs to another activity (session);
 * - `wrongPurpose`: a check-out code typed to check in, or the other way round;
 * - `used`: someone else used it (the same person using it again is `used` too: a code serves once);
 * - `expired`: its window has passed;
 * - `ok`: it may be consumed now.
 * The subject and purpose are judged before use and expiry: a code for another activity says so even when it is old.
 */
export type CodeVerdict = 'ok' | 'unknown' | 'expired' | 'used' | 'otherSubject' | 'wrongPurpose';

export function judgeCode<P extends string>(found: StoredCode<P> | null, attempt: CodeAttempt<P>): CodeVerdict {
  if (!found) return 'unknown';
  if (found.subjectId !== attempt.subjectId) return 'otherSubject';
  if (found.purpose !== attempt.purpose) return 'wrongPurpose';
  if (found.usedAt !== null) return 'used';
  if (found.expiresAt.getTime() <= attempt.now.getTime()) return 'expired';
  return 'ok';
}
