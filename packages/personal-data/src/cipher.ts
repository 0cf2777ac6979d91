// Field encryption: AES-256-GCM with a random 12-byte IV and a 16-byte tag. The field's context (say
// "Letter.submitterPhone") is the additional authenticated data, so a sealed value copied into another field, or
// another table, fails to open instead of showing one person's data in someone else's place.
//
// A sealed value is "pd1.<keyId>.<iv>.<ciphertext>.<tag>", the last three base64url. It names its key, so the ring
// can rotate and old values still open; "pd1" leaves room for another format later.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type KeyRing, keyIdPattern } from './keys';

export type PersonalDataErrorCode = 'malformed' | 'unknownKey' | 'tampered';

/**
 * A sealed value that cannot be opened: not in the pd1 format ('malformed'), sealed under a key the ring does not
 * hold ('unknownKey'), or altered, or sealed for another context ('tampered'). The message never holds the value.
 */
export class PersonalDataError extends Error {
  override readonly name = 'PersonalDataError';
  readonly code: PersonalDataErrorCode;

  constructor(code: PersonalDataErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const prefix = 'pd1';
const ivLength = 12;
const tagLength = 16;
const algorithm = 'aes-256-gcm';

// 12 bytes are exactly 16 base64url characters; 16 bytes are 22 (the last carrying 4 unused bits).
const ivPattern = /^[A-Za-z0-9_-]{16}$/;
const tagPattern = /^[A-Za-z0-9_-]{22}$/;
const base64urlPattern = /^[A-Za-z0-9_-]*$/;
// A lone UTF-16 surrogate: it has no UTF-8 form, so it would come back as U+FFFD instead of itself.
const loneSurrogate = /\p{Cs}/u;

interface SealedParts {
  keyId: string;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const malformed = () => new PersonalDataError('malformed', 'Sealed value is not in the pd1 format');

/**
 * IVs are drawn from a pool of random bytes filled 256 IVs at a time: a call to randomBytes costs more than a
 * field's whole encryption setup (about 13 us of a member's 180 us of sealing: three fields, each its own call).
 * Every IV is still fresh CSPRNG output, used once; IVs are public, so bytes waiting in the pool reveal nothing.
 */
const ivPool = { bytes: Buffer.alloc(0), at: 0 };
function freshIv(): Buffer {
  if (ivPool.at + ivLength > ivPool.bytes.length) {
    ivPool.bytes = randomBytes(ivLength * 256);
    ivPool.at = 0;
  }
  const iv = ivPool.bytes.subarray(ivPool.at, ivPool.at + ivLength);
  ivPool.at += ivLength;
  return iv;
}

/**
 * Decodes base64url that encryptField could have written. Any other spelling of the same bytes (unused trailing
 * bits set) means the text was changed after sealing, so it counts as tampering.
 */
function decodePart(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) {
    throw new PersonalDataError('tampered', 'Sealed value has been altered');
  }
  return bytes;
}

function parseSealed(sealed: string): SealedParts {
  if (typeof sealed !== 'string') throw malformed();
  const parts = sealed.split('.');
  if (parts.length !== 5) throw malformed();
  const [version, keyId, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  if (
    version !== prefix ||
    !keyIdPattern.test(keyId) ||
    !ivPattern.test(iv) ||
    !tagPattern.test(tag) ||
    !base64urlPattern.test(ciphertext) ||
    ciphertext.length % 4 === 1 // no byte count encodes to this length
  ) {
    throw malformed();
  }
  return { keyId, iv: decodePart(iv), ciphertext: decodePart(ciphertext), tag: decodePart(tag) };
}

function checkContext(context: string) {
  if (typeof context !== 'string' || context === '')
    throw new TypeError('A context (such as "Letter.phone") is required');
}

/** Seals `plaintext` under the ring's active key, bound to `context`. The empty string is sealed like any other. */
export function encryptField(ring: KeyRing, plaintext: string, context: string): string {
  checkContext(context);
  if (typeof plaintext !== 'string' || loneSurrogate.test(plaintext)) {
    // Refused rather than sealed as U+FFFD, which would not decrypt to what was given.
    throw new TypeError('Plaintext must be a well-formed Unicode string');
  }
  const key = ring.keys.get(ring.active);
  if (!key) throw new PersonalDataError('unknownKey', `Active key "${ring.active}" is not in the key ring`);
  const iv = freshIv();
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagLength });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    prefix,
    ring.active,
    iv.toString('base64url'),
    ciphertext.toString('base64url'),
    tag.toString('base64url'),
  ].join('.');
}

// Fatal: bytes that are not UTF-8 were not written by encryptField, and must not come back as U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Opens a value sealed by encryptField for the same context. Throws PersonalDataError; never returns garbage. */
export function decryptField(ring: KeyRing, sealed: string, context: string): string {
  checkContext(context);
  const { keyId, iv, ciphertext, tag } = parseSealed(sealed);
  const key = ring.keys.get(keyId);
  if (!key)
    throw new PersonalDataError('unknownKey', `Sealed value uses key "${keyId}", which the key ring does not hold`);
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv(algorithm, key, iv, { authTagLength: tagLength });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new PersonalDataError('tampered', 'Sealed value has been altered, or was sealed for another field');
  }
  try {
    return utf8.decode(plaintext);
  } catch {
    throw new PersonalDataError('malformed', 'Sealed value does not hold text');
  }
}

/** The id of the key a value was sealed under. Throws PersonalDataError ('malformed', or 'tampered'). */
export function sealedKeyId(sealed: string): string {
  return parseSealed(sealed).keyId;
}

/** Whether a value was sealed under a key other than the active one: what a rotation job re-seals. */
export function needsReencryption(ring: KeyRing, sealed: string): boolean {
  return sealedKeyId(sealed) !== ring.active;
}
