// The keys personal data is sealed with. Data keys rotate: a new one becomes active for new values, and the old
// ones stay in the ring so that values sealed under them still open until a rotation job has re-sealed them. The
// blind-index key is separate and does NOT rotate with them: a blind index is looked up by recomputing it, so
// changing that key would mean re-indexing every row at once.
//
// A ring comes from configuration (an environment variable, for deployments that keep secrets there) or from a
// key file the server creates on first start. Error messages name fields, key ids and files, never key material.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { calendarDay } from '@strata/i18n/days';

export interface KeyRing {
  /** Data keys by id, 32 bytes each, in the order they were added (oldest first). */
  readonly keys: ReadonlyMap<string, Buffer>;
  /** The id of the key new values are sealed with. */
  readonly active: string;
  /** The 32-byte key for blind indexes. Stable across data-key rotation: changing it means re-indexing every row. */
  readonly index: Buffer;
}

/** A key ring that could not be read, parsed or written. The message never contains key material. */
export class KeyRingError extends Error {
  override readonly name = 'KeyRingError';
}

export const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;
export const keyLength = 32;

// Standard base64 of exactly 32 bytes: 43 characters and one "=".
const base64KeyPattern = /^[A-Za-z0-9+/]{43}=$/;
const keyHint = 'make one with: openssl rand -base64 32';

/**
 * Builds a ring from trusted parts. The buffers are copied, and the ring hides its keys from JSON.stringify and
 * console.log (a logger serialising an object that happens to hold the ring prints ids only).
 */
function makeRing(keys: ReadonlyMap<string, Buffer>, active: string, index: Buffer): KeyRing {
  const ring: KeyRing = {
    keys: new Map([...keys].map(([id, key]) => [id, Buffer.from(key)])),
    active,
    index: Buffer.from(index),
  };
  const summary = () => ({ active, keys: [...ring.keys.keys()] });
  Object.defineProperty(ring, 'toJSON', { value: summary, enumerable: false });
  Object.defineProperty(ring, Symbol.for('nodejs.util.inspect.custom'), {
    value: () => `KeyRing ${JSON.stringify(summary())}`,
    enumerable: false,
  });
  return Object.freeze(ring);
}

function decodeKey(value: unknown, what: string, source: string): Buffer {
  if (typeof value !== 'string' || !base64KeyPattern.test(value)) {
    throw new KeyRingError(`${source}: ${what} must be the base64 of ${keyLength} bytes (${keyHint})`);
  }
  const key = Buffer.from(value, 'base64');
  // The last character before "=" carries two unused bits; a key written with them set is not one we produced.
  if (key.length !== keyLength || key.toString('base64') !== value) {
    throw new KeyRingError(`${source}: ${what} is not canonical base64 of ${keyLength} bytes (${keyHint})`);
  }
  return key;
}

// A field name is echoed only when it looks like a key id: never a 44-character base64 key pasted in the wrong place.
const quoted = (name: string) => (keyIdPattern.test(name) ? `"${name}"` : '(name not shown)');

function parseFrom(json: string, source: string): KeyRing {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // JSON.parse's own message quotes the text around the error, which may be key material.
    throw new KeyRingError(`${source} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new KeyRingError(`${source} must be a JSON object with "version", "active", "keys" and "index"`);
  }
  const fields = parsed as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    if (!['version', 'active', 'keys', 'index'].includes(name)) {
      throw new KeyRingError(`${source}: unknown field ${quoted(name)}`);
    }
  }
  if (fields.version !== 1) throw new KeyRingError(`${source}: "version" must be 1`);

  const keysField = fields.keys;
  if (typeof keysField !== 'object' || keysField === null || Array.isArray(keysField)) {
    throw new KeyRingError(`${source}: "keys" must be an object of key id to base64 key`);
  }
  const keys = new Map<string, Buffer>();
  for (const [id, value] of Object.entries(keysField)) {
    if (!keyIdPattern.test(id)) {
      throw new KeyRingError(`${source}: key id ${quoted(id)} must be 1 to 32 of A-Z, a-z, 0-9, "_" and "-"`);
    }
    keys.set(id, decodeKey(value, `key "${id}"`, source));
  }
  if (keys.size === 0) throw new KeyRingError(`${source}: "keys" is empty`);

  const active = fields.active;
  if (typeof active !== 'string' || !keyIdPattern.test(active)) {
    throw new KeyRingError(`${source}: "active" must be a key id`);
  }
  if (!keys.has(active)) throw new KeyRingError(`${source}: active key "${active}" is not in "keys"`);

  const index = decodeKey(fields.index, '"index"', source);
  // One key for two purposes would tie the blind indexes to a data key that is meant to rotate.
  for (const [id, key] of keys) {
    if (key.equals(index)) throw new KeyRingError(`${source}: "index" must differ from data key "${id}"`);
  }
  return makeRing(keys, active, index);
}

/** Parses and strictly validates a serialised key ring. Throws KeyRingError. */
export function parseKeyRing(json: string): KeyRing {
  return parseFrom(json, 'Key ring');
}

/** The JSON form of a ring (one line, so it fits an environment variable as well as a file). */
export function serialiseKeyRing(ring: KeyRing): string {
  const keys: Record<string, string> = {};
  for (const [id, key] of ring.keys) keys[id] = key.toString('base64');
  return JSON.stringify({ version: 1, active: ring.active, keys, index: ring.index.toString('base64') });
}

/**
 * The id a new key gets when none is given: "k" and today's date in China ("k20261201"), so a glance at a sealed
 * value tells roughly when its key was made; a second key on the same day gets "-2", then "-3", and so on.
 */
function defaultKeyId(taken: ReadonlyMap<string, unknown>): string {
  const base = `k${calendarDay(new Date()).replaceAll('-', '')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function checkNewId(id: string, taken: ReadonlyMap<string, unknown>): string {
  if (!keyIdPattern.test(id)) throw new KeyRingError(`Key id must be 1 to 32 of A-Z, a-z, 0-9, "_" and "-"`);
  if (taken.has(id)) throw new KeyRingError(`Key id "${id}" is already in the ring`);
  return id;
}

/** A ring with one random data key (active) and a random index key. */
export function newKeyRing(id?: string): KeyRing {
  const none = new Map<string, Buffer>();
  const keyId = id === undefined ? defaultKeyId(none) : checkNewId(id, none);
  return makeRing(new Map([[keyId, randomBytes(keyLength)]]), keyId, randomBytes(keyLength));
}

/** A ring with a fresh random data key made active; the old keys stay for decryption, the index key is kept. */
export function rotateKeyRing(ring: KeyRing, newId?: string): KeyRing {
  const keyId = newId === undefined ? defaultKeyId(ring.keys) : checkNewId(newId, ring.keys);
  const keys = new Map(ring.keys);
  keys.set(keyId, randomBytes(keyLength));
  return makeRing(keys, keyId, ring.index);
}

export interface LoadKeyRingOptions {
  /** A serialised ring from configuration (say, PERSONAL_DATA_KEYS). When given, the file is not looked at. */
  config?: string | undefined;
  /** The key file, read when there is no config. */
  file: string;
  /** Create the file with a new ring when it does not exist (first start). */
  create: boolean;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Loads the ring from `config`, or else from `file`, creating the file when it is missing and `create` is set.
 * `created` says a new ring was made (the caller may want to log that, and to remind someone to back the file up).
 * An empty `config` is an error, not "no config": a deployment that meant to pass keys and passed nothing should
 * stop, not quietly start on a new key file.
 */
export function loadKeyRing(options: LoadKeyRingOptions): { ring: KeyRing; created: boolean } {
  if (options.config !== undefined) {
    if (options.config.trim() === '') throw new KeyRingError('Key ring config is empty; unset it to use the key file');
    return { ring: parseFrom(options.config, 'Key ring config'), created: false };
  }
  return readOrCreateKeyFile(options.file, options.create, () => newKeyRing());
}

/**
 * The file half of loadKeyRing. `makeRing` is called only once the file was found missing, which lets a test
 * create a competing file at exactly the moment another process could.
 */
export function readOrCreateKeyFile(
  file: string,
  create: boolean,
  makeNewRing: () => KeyRing,
): { ring: KeyRing; created: boolean } {
  const existing = readKeyFile(file);
  if (existing) return { ring: existing, created: false };
  if (!create) {
    throw new KeyRingError(`Key file ${file} does not exist; restore it from a backup, or give the key ring in config`);
  }
  const ring = makeNewRing();
  if (writeKeyFile(file, ring)) return { ring, created: true };
  // Another process created the file first: use its ring, so both encrypt with the same keys.
  const winner = readKeyFile(file);
  if (!winner) throw new KeyRingError(`Key file ${file} appeared and vanished while it was being created`);
  return { ring: winner, created: false };
}

/** The ring in `file`, or undefined when there is no such file. */
function readKeyFile(file: string): KeyRing | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new KeyRingError(`Key file ${file} cannot be opened (${errorCode(error) ?? 'unknown error'})`);
  }
  try {
    // Checked on the open file, not the path, so the file that is read is the file that was checked.
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new KeyRingError(`Key file ${file} is not a regular file`);
    // Windows has no POSIX permission bits to check; there the folder's ACL is what protects the file.
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
      throw new KeyRingError(
        `Key file ${file} is open to other users (mode ${mode}); make it owner-only with: chmod 600 ${file}`,
      );
    }
    return parseFrom(readFileSync(fd, 'utf8'), `Key file ${file}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a new key file owner-only, and atomically in both senses: the ring is written to a temporary file (opened
 * "wx", mode 0600) and hard-linked into place, so a reader never sees a half-written file, and the link fails if
 * the file already exists, so of two processes starting at once exactly one wins. Returns false when it lost.
 */
function writeKeyFile(file: string, ring: KeyRing): boolean {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    try {
      writeFileSync(fd, `${serialiseKeyRing(ring)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temporary, file);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw new KeyRingError(`Key file ${file} cannot be created (${errorCode(error) ?? 'unknown error'})`);
    }
    syncFolder(folder);
    return true;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // A leftover temporary file holds a ring nobody uses; not worth failing over.
    }
  }
}

/**
 * Replaces the key file with `ring` (a rotation): written owner-only beside it, made durable, then renamed over it, so
 * a reader sees the old ring or the new one, never a part. The file must exist and be readable as a ring first.
 */
export function replaceKeyFile(file: string, ring: KeyRing) {
  if (!readKeyFile(file)) throw new KeyRingError(`Key file ${file} does not exist; nothing to replace`);
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeFileSync(fd, `${serialiseKeyRing(ring)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  syncFolder(dirname(file));
}

/**
 * Makes the new directory entry durable: data sealed with a key whose file a crash then loses could never be read
 * again. Not every platform can fsync a folder (Windows cannot); there this is skipped.
 */
function syncFolder(folder: string) {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort, see above.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
