import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { calendarDay } from '@strata/i18n/days';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptField, encryptField } from './cipher';
import {
  KeyRingError,
  keyLength,
  loadKeyRing,
  newKeyRing,
  parseKeyRing,
  readOrCreateKeyFile,
  replaceKeyFile,
  rotateKeyRing,
  serialiseKeyRing,
} from './keys';

const key1 = Buffer.alloc(32, 1).toString('base64'); // AQEB…AQE=
const key2 = Buffer.alloc(32, 2).toString('base64');
const indexKey = Buffer.alloc(32, 3).toString('base64');
const literalRing = `{"version":1,"active":"k2","keys":{"k1":"${key1}","k2":"${key2}"},"index":"${indexKey}"}`;
const ringJson = (fields: Record<string, unknown>) =>
  JSON.stringify({ version: 1, active: 'k1', keys: { k1: key1 }, index: indexKey, ...fields });
const onWindows = process.platform === 'win32';

describe('parseKeyRing and serialiseKeyRing', () => {
  it('reads the documented form and writes it back unchanged', () => {
    const ring = parseKeyRing(literalRing);
    expect(ring.active).toBe('k2');
    expect([...ring.keys.keys()]).toEqual(['k1', 'k2']);
    expect(ring.keys.get('k1')).toEqual(Buffer.alloc(32, 1));
    expect(ring.index).toEqual(Buffer.alloc(32, 3));
    expect(serialiseKeyRing(ring)).toBe(literalRing);
  });

  it.each([
    ['{"version":1,', /^Key ring is not valid JSON$/],
    [`{"keys":{"k1":"${key1}"`, /^Key ring is not valid JSON$/],
    ['[]', /must be a JSON object/],
    ['null', /must be a JSON object/],
    [ringJson({ version: 2 }), /"version" must be 1/],
    [ringJson({ version: undefined }), /"version" must be 1/],
    [ringJson({ extra: 1 }), /unknown field "extra"/],
    [ringJson({ [key2]: 1 }), /unknown field \(name not shown\)/],
    [ringJson({ keys: [] }), /"keys" must be an object/],
    [ringJson({ keys: {} }), /"keys" is empty/],
    [ringJson({ keys: { 'bad id': key1 } }), /key id \(name not shown\) must be 1 to 32/],
    [ringJson({ keys: { [key2]: key1 } }), /key id \(name not shown\) must be 1 to 32/],
    [ringJson({ keys: { ['a'.repeat(33)]: key1 } }), /must be 1 to 32/],
    [ringJson({ keys: { k1: Buffer.alloc(31, 9).toString('base64') } }), /key "k1" must be the base64 of 32 bytes/],
    [ringJson({ keys: { k1: Buffer.alloc(33, 9).toString('base64') } }), /key "k1" must be the base64 of 32 bytes/],
    [ringJson({ keys: { k1: Buffer.alloc(32, 9).toString('base64url') } }), /key "k1" must be the base64 of 32 bytes/],
    [ringJson({ keys: { k1: 42 } }), /key "k1" must be the base64/],
    // The same 32 bytes with the unused low bits of the last character set: not what a tool writes.
    [ringJson({ keys: { k1: `${key1.slice(0, 42)}F=` } }), /key "k1" is not canonical base64/],
    [ringJson({ active: 'k9' }), /active key "k9" is not in "keys"/],
    [ringJson({ active: 7 }), /"active" must be a key id/],
    [ringJson({ index: undefined }), /"index" must be the base64 of 32 bytes/],
    [ringJson({ index: key1.slice(4) }), /"index" must be the base64 of 32 bytes/],
    [ringJson({ index: key1 }), /"index" must differ from data key "k1"/],
  ])('refuses %s', (json, message) => {
    expect(() => parseKeyRing(json)).toThrow(KeyRingError);
    expect(() => parseKeyRing(json)).toThrow(message);
  });

  it('never puts key material into its error messages', () => {
    const secret = Buffer.alloc(32, 0xab).toString('base64');
    const bad = [
      `{"version":1,"active":"k1","keys":{"k1":"${secret}"`,
      `{"version":1,"active":"k1","keys":{"k1":"${secret.slice(1)}"},"index":"${indexKey}"}`,
      `{"version":1,"active":"k1","keys":{"${secret}":"${key1}"},"index":"${indexKey}"}`,
      `{"version":1,"active":"k1","keys":{"k1":"${key1}"},"index":"${secret}x"}`,
      `{"${secret}":1}`,
    ];
    for (const json of bad) {
      let message = '';
      try {
        parseKeyRing(json);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Key ring/);
      expect(message).not.toContain(secret.slice(1, 20));
    }
  });

  it('keeps key material out of JSON.stringify and console.log', () => {
    const ring = parseKeyRing(literalRing);
    const logged = [JSON.stringify({ ring }), inspect(ring), inspect({ nested: { ring } }, { depth: 5 })];
    for (const text of logged) {
      expect(text).toContain('k2');
      expect(text).not.toContain(key1.slice(0, 20));
      expect(text).not.toContain(indexKey.slice(0, 20));
      expect(text).not.toMatch(/01 01 01|<Buffer/);
    }
    expect(JSON.stringify(ring)).toBe('{"active":"k2","keys":["k1","k2"]}');
  });

  it('cannot be changed after it is made', () => {
    const ring = parseKeyRing(literalRing);
    expect(() => {
      (ring as { active: string }).active = 'k1';
    }).toThrow(TypeError);
  });
});

describe('newKeyRing and rotateKeyRing', () => {
  const today = `k${calendarDay(new Date()).replaceAll('-', '')}`;

  it('makes random 32-byte keys with an id from the date in China', () => {
    const ring = newKeyRing();
    expect(ring.active).toBe(today);
    expect(ring.active).toMatch(/^k20\d{6}$/);
    expect(ring.keys.get(today)).toHaveLength(keyLength);
    expect(ring.index).toHaveLength(keyLength);
    expect(ring.index.equals(ring.keys.get(today)!)).toBe(false);
    expect(newKeyRing().index.equals(ring.index)).toBe(false);
    // What it writes, it reads.
    const copy = parseKeyRing(serialiseKeyRing(ring));
    expect(copy.active).toBe(ring.active);
    expect(copy.keys).toEqual(ring.keys);
    expect(copy.index).toEqual(ring.index);
  });

  it('takes a given id, and refuses one that is not an id', () => {
    expect(newKeyRing('main').active).toBe('main');
    expect(() => newKeyRing('no spaces')).toThrow(/Key id must be 1 to 32/);
    expect(() => newKeyRing('')).toThrow(KeyRingError);
  });

  it('rotates to a fresh active key, keeping the old keys and the index key', () => {
    const first = parseKeyRing(literalRing);
    const second = rotateKeyRing(first, 'k3');
    expect(second.active).toBe('k3');
    expect([...second.keys.keys()]).toEqual(['k1', 'k2', 'k3']);
    expect(second.keys.get('k2')).toEqual(first.keys.get('k2'));
    expect(second.index).toEqual(first.index);
    expect(second.keys.get('k3')).toHaveLength(32);
    // The original ring is untouched.
    expect([...first.keys.keys()]).toEqual(['k1', 'k2']);
    expect(first.active).toBe('k2');
  });

  it('numbers a second key made on the same day, and refuses an id already used', () => {
    const ring = newKeyRing();
    const rotated = rotateKeyRing(rotateKeyRing(ring));
    expect([...rotated.keys.keys()]).toEqual([today, `${today}-2`, `${today}-3`]);
    expect(rotated.active).toBe(`${today}-3`);
    expect(() => rotateKeyRing(ring, today)).toThrow(`Key id "${today}" is already in the ring`);
  });
});

describe('loadKeyRing', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'personal-data-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it.skipIf(onWindows)('replaces a key file with a rotated ring, owner-only, and refuses to make one', () => {
    const file = join(folder, 'personal-data-keys.json');
    const { ring } = loadKeyRing({ file, create: true });
    const sealed = encryptField(ring, '13812345678', 'Letter.submitterPhone');
    const rotated = rotateKeyRing(ring, 'k-next');
    replaceKeyFile(file, rotated);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['personal-data-keys.json']);
    const read = loadKeyRing({ file, create: false }).ring;
    expect(read.active).toBe('k-next');
    expect(decryptField(read, sealed, 'Letter.submitterPhone')).toBe('13812345678');
    expect(() => replaceKeyFile(join(folder, 'missing.json'), rotated)).toThrow(KeyRingError);
  });

  it.skipIf(onWindows)('creates an owner-only key file in an owner-only folder, then reads it back', () => {
    const file = join(folder, 'secrets', 'personal-data-keys.json');
    const first = loadKeyRing({ file, create: true });
    expect(first.created).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(folder, 'secrets')).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toBe(`${serialiseKeyRing(first.ring)}\n`);
    // No temporary file left beside it.
    expect(readdirSync(join(folder, 'secrets'))).toEqual(['personal-data-keys.json']);

    const second = loadKeyRing({ file, create: true });
    expect(second.created).toBe(false);
    expect(serialiseKeyRing(second.ring)).toBe(serialiseKeyRing(first.ring));
    expect(loadKeyRing({ file, create: false }).created).toBe(false);
  });

  it('refuses a missing file when it may not create one, naming the file', () => {
    const file = join(folder, 'missing.json');
    expect(() => loadKeyRing({ file, create: false })).toThrow(`Key file ${file} does not exist`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.skipIf(onWindows)('refuses a key file other users may read, with the fix', () => {
    const file = join(folder, 'keys.json');
    writeFileSync(file, literalRing);
    chmodSync(file, 0o644);
    expect(() => loadKeyRing({ file, create: true })).toThrow(
      `Key file ${file} is open to other users (mode 644); make it owner-only with: chmod 600 ${file}`,
    );
    chmodSync(file, 0o620);
    expect(() => loadKeyRing({ file, create: true })).toThrow(`chmod 600 ${file}`);
    chmodSync(file, 0o600);
    expect(loadKeyRing({ file, create: true }).ring.active).toBe('k2');
  });

  it('uses the config and ignores the file when a config is given', () => {
    const file = join(folder, 'keys.json');
    const fromFile = loadKeyRing({ file, create: true }).ring;
    const loaded = loadKeyRing({ config: literalRing, file, create: true });
    expect(loaded.created).toBe(false);
    expect(serialiseKeyRing(loaded.ring)).toBe(literalRing);
    expect(serialiseKeyRing(loaded.ring)).not.toBe(serialiseKeyRing(fromFile));
    // Not even created when missing.
    const elsewhere = join(folder, 'other', 'keys.json');
    expect(loadKeyRing({ config: literalRing, file: elsewhere, create: true }).ring.active).toBe('k2');
    expect(readdirSync(folder)).toEqual(['keys.json']);
  });

  it('refuses an empty or broken config instead of falling back to the file', () => {
    const file = join(folder, 'keys.json');
    expect(() => loadKeyRing({ config: '', file, create: true })).toThrow(/^Key ring config is empty/);
    expect(() => loadKeyRing({ config: '  ', file, create: true })).toThrow(/^Key ring config is empty/);
    expect(() => loadKeyRing({ config: ringJson({ active: 'k9' }), file, create: true })).toThrow(
      'Key ring config: active key "k9" is not in "keys"',
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it.skipIf(onWindows)('names the file when its content is wrong, without echoing it', () => {
    const file = join(folder, 'keys.json');
    writeFileSync(file, `{"version":1,"keys":{"k1":"${key2}"`, { mode: 0o600 });
    expect(() => loadKeyRing({ file, create: true })).toThrow(`Key file ${file} is not valid JSON`);
    writeFileSync(file, ringJson({ keys: { k1: key2.slice(2) } }), { mode: 0o600 });
    let message = '';
    try {
      loadKeyRing({ file, create: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `Key file ${file}: key "k1" must be the base64 of 32 bytes (make one with: openssl rand -base64 32)`,
    );
    mkdirSync(join(folder, 'folder.json'));
    expect(() => loadKeyRing({ file: join(folder, 'folder.json'), create: true })).toThrow(/is not a regular file/);
  });

  it('ends with one ring when another process creates the file between the check and the write', () => {
    const file = join(folder, 'keys.json');
    const winner = newKeyRing('winner');
    const loser = newKeyRing('loser');
    const result = readOrCreateKeyFile(file, true, () => {
      // The file was missing a moment ago; now the other process writes its ring first.
      expect(readOrCreateKeyFile(file, true, () => winner).created).toBe(true);
      return loser;
    });
    expect(result.created).toBe(false);
    expect(result.ring.active).toBe('winner');
    expect(serialiseKeyRing(result.ring)).toBe(serialiseKeyRing(winner));
    expect(readFileSync(file, 'utf8')).toBe(`${serialiseKeyRing(winner)}\n`);
    expect(readdirSync(folder)).toEqual(['keys.json']);
  });

  it('never calls for a new ring when the file exists or may not be created', () => {
    const file = join(folder, 'keys.json');
    const never = () => {
      throw new Error('makeNewRing must not be called');
    };
    expect(() => readOrCreateKeyFile(file, false, never)).toThrow(KeyRingError);
    loadKeyRing({ file, create: true });
    expect(readOrCreateKeyFile(file, true, never).created).toBe(false);
  });
});
