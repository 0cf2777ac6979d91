// The proof-of-work challenge every public letter carries (ALTCHA: altcha-lib on the server, the altcha widget in
// the browser, no outside service). The server signs a challenge whose answer it knows (a counter drawn at random up
// to the configured work) and the browser searches for it; the signed answer comes back with the form and is checked
// without any state. The signing secret is derived from the personal-data key ring, so every gateway that shares
// the ring accepts the others' challenges. A solved challenge is good for one letter only: the letter's transaction
// counts its signature (see letter-system.ts).
import { hkdfSync } from 'node:crypto';
import { currentKeyRing } from '@strata/personal-data';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { currentMailboxSettings } from '../settings';

/** A challenge may be solved and sent within this long. */
export const challengeLifetimeMs = 20 * 60_000;

const secrets = new WeakMap<object, { signature: string; key: string }>();
function secretsOf() {
  const ring = currentKeyRing();
  let known = secrets.get(ring);
  if (!known) {
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', ring.index, '', info, 32)).toString('hex');
    known = { signature: derive('strata mailbox challenge'), key: derive('strata mailbox challenge key') };
    secrets.set(ring, known);
  }
  return known;
}

/** A fresh challenge, as the widget fetches it (JSON). */
export async function newChallenge(now: Date) {
  const { challengeComplexity } = currentMailboxSettings();
  const { signature, key } = secretsOf();
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(Math.floor(challengeComplexity / 2), challengeComplexity),
    deriveKey,
    expiresAt: new Date(now.getTime() + challengeLifetimeMs),
    hmacSignatureSecret: signature,
    hmacKeySignatureSecret: key,
  });
}

/**
 * The solved challenge a form carries (the widget's `altcha` field: base64 of `{ challenge, solution }`), checked:
 * its identity (the challenge's signature, for the once-only count) when it was solved in time under our secret,
 * else null. Anything malformed is simply not a solution.
 */
export async function checkSolution(field: string | undefined): Promise<string | null> {
  if (!field || field.length > 4096) return null;
  try {
    const payload = JSON.parse(Buffer.from(field, 'base64').toString('utf8')) as {
      challenge?: { parameters?: object; signature?: string };
      solution?: object;
    };
    if (!payload.challenge?.parameters || !payload.solution || typeof payload.challenge.signature !== 'string')
      return null;
    const { signature, key } = secretsOf();
    const result = await verifySolution({
      challenge: payload.challenge as Parameters<typeof verifySolution>[0]['challenge'],
      solution: payload.solution as Parameters<typeof verifySolution>[0]['solution'],
      deriveKey,
      hmacSignatureSecret: signature,
      hmacKeySignatureSecret: key,
    });
    return result.verified ? payload.challenge.signature : null;
  } catch {
    return null;
  }
}
