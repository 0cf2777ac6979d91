import { createCipheriv, createDecipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptField, encryptField, needsReencryption, PersonalDataError, sealedKeyId } from './cipher';
import { parseKeyRing, rotateKeyRing } from './keys';

const b64 = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const ring = parseKeyRing(`{"version":1,"active":"k2","keys":{"k1":"${b64(1)}","k2":"${b64(2)}"},"index":"${b64(3)}"}`);
const context = 'Letter.submitterPhone';
const sealedPattern = /^pd1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/;
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The error decryptField throws, or undefined when it opens the value. */
function failure(sealed: string, withContext = context, withRing = ring): PersonalDataError | undefined {
  try {
    decryptField(withRing, sealed, withContext);
    return undefined;
  } catch (error) {
    if (error instanceof PersonalDataError) return error;
    throw error;
  }
}

describe('encryptField and decryptField', () => {
  it('round-trips any Unicode string under any context', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        (plaintext, anyContext) => {
          const sealed = encryptField(ring, plaintext, anyContext);
          expect(sealed).toMatch(sealedPattern);
          expect(decryptField(ring, sealed, anyContext)).toBe(plaintext);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (plaintext) => {
        expect(decryptField(ring, encryptField(ring, plaintext, context), context)).toBe(plaintext);
      }),
    );
  });

  it('round-trips names, the empty string, characters outside the BMP and a leading BOM', () => {
    for (const plaintext of ['张三', '欧阳娜娜', '', '𠮷野家', '\uFEFF13812345678', 'a\u0000b']) {
      expect(decryptField(ring, encryptField(ring, plaintext, context), context)).toBe(plaintext);
    }
  });

  it('writes pd1.<key id>.<iv>.<ciphertext>.<tag>, sealed under the active key', () => {
    const [, keyId, iv, ciphertext, tag] = sealedPattern.exec(encryptField(ring, '13812345678', context))!;
    expect(keyId).toBe('k2');
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(ciphertext!, 'base64url')).toHaveLength(11);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(encryptField(ring, '', context)).toMatch(/^pd1\.k2\.[A-Za-z0-9_-]{16}\.\.[A-Za-z0-9_-]{22}$/);
  });

  it('uses a new IV every time, so equal values do not look equal', () => {
    const sealed = new Set(Array.from({ length: 50 }, () => encryptField(ring, '13812345678', context)));
    expect(sealed.size).toBe(50);
    const ivs = new Set([...sealed].map((value) => value.split('.')[2]));
    expect(ivs.size).toBe(50);
  });

  it('is AES-256-GCM with the context as AAD: opens what node:crypto sealed, and node:crypto opens what it seals', () => {
    const key = Buffer.alloc(32, 1);
    const iv = Buffer.from('000102030405060708090a0b', 'hex');
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from('Member.name', 'utf8'));
    const ciphertext = Buffer.concat([cipher.update('王小明', 'utf8'), cipher.final()]);
    const sealed = ['pd1', 'k1', iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    expect(sealed.startsWith('pd1.k1.AAECAwQFBgcICQoL.')).toBe(true);
    expect(decryptField(ring, sealed, 'Member.name')).toBe('王小明');

    const [, , ourIv, ourCiphertext, ourTag] = encryptField(ring, '李四', 'Member.name').split('.');
    const decipher = createDecipheriv('aes-256-gcm', Buffer.alloc(32, 2), Buffer.from(ourIv!, 'base64url'));
    decipher.setAAD(Buffer.from('Member.name', 'utf8'));
    decipher.setAuthTag(Buffer.from(ourTag!, 'base64url'));
    const opened = Buffer.concat([decipher.update(Buffer.from(ourCiphertext!, 'base64url')), decipher.final()]);
    expect(opened.toString('utf8')).toBe('李四');
  });

  it('refuses plaintext that has no UTF-8 form and a missing context', () => {
    expect(() => encryptField(ring, 'a\uD800b', context)).toThrow('Plaintext must be a well-formed Unicode string');
    expect(() => encryptField(ring, '\uDC00', context)).toThrow(TypeError);
    expect(() => encryptField(ring, 'x', '')).toThrow(/context/);
    expect(() => decryptField(ring, encryptField(ring, 'x', context), '')).toThrow(/context/);
  });
});

describe('decryptField failures', () => {
  const sealed = encryptField(ring, '13812345678', context);
  const parts = sealed.split('.');

  it('reports every flipped bit of the IV, ciphertext or tag as tampered', () => {
    for (const part of [2, 3, 4]) {
      const bytes = Buffer.from(parts[part]!, 'base64url');
      for (let i = 0; i < bytes.length; i++) {
        for (let bit = 0; bit < 8; bit++) {
          const changed = Buffer.from(bytes);
          changed[i]! ^= 1 << bit;
          const altered = parts.with(part, changed.toString('base64url')).join('.');
          expect(failure(altered)?.code, `part ${part}, byte ${i}, bit ${bit}`).toBe('tampered');
        }
      }
    }
  });

  it('reports every changed character of the IV, ciphertext or tag as tampered', () => {
    let checked = 0;
    for (const part of [2, 3, 4]) {
      const text = parts[part]!;
      for (let i = 0; i < text.length; i++) {
        for (const replacement of alphabet) {
          if (replacement === text[i]) continue;
          const altered = parts.with(part, text.slice(0, i) + replacement + text.slice(i + 1)).join('.');
          expect(failure(altered)?.code).toBe('tampered');
          checked++;
        }
      }
    }
    expect(checked).toBe((16 + 15 + 22) * 63);
  });

  it('reports a value opened under another context, or moved to another key, as tampered', () => {
    expect(failure(sealed, 'Letter.submitterName')?.code).toBe('tampered');
    expect(failure(sealed, 'letter.submitterPhone')?.code).toBe('tampered');
    expect(failure(parts.with(1, 'k1').join('.'))?.code).toBe('tampered');
    expect(failure(sealed)).toBeUndefined();
  });

  it('reports a key the ring does not hold as unknownKey', () => {
    const error = failure(parts.with(1, 'k9').join('.'));
    expect(error?.code).toBe('unknownKey');
    expect(error?.message).toBe('Sealed value uses key "k9", which the key ring does not hold');
  });

  it.each([
    [''],
    ['13812345678'],
    ['pd1'],
    ['pd1.k2'],
    [`pd2.${parts.slice(1).join('.')}`],
    [`PD1.${parts.slice(1).join('.')}`],
    [`${sealed}.`],
    [parts.slice(0, 4).join('.')],
    [parts.with(1, '').join('.')],
    [parts.with(1, 'k 2').join('.')],
    [parts.with(1, 'k'.repeat(33)).join('.')],
    [parts.with(2, parts[2]!.slice(1)).join('.')],
    [parts.with(2, `${parts[2]}A`).join('.')],
    [parts.with(4, parts[4]!.slice(1)).join('.')],
    [parts.with(4, `${parts[4]}AA`).join('.')],
    [parts.with(3, `${parts[3]}=`).join('.')],
    [parts.with(3, `${parts[3]!.slice(0, -1)}+`).join('.')],
    [parts.with(3, 'A').join('.')],
    [parts.with(3, 'AAAAA').join('.')],
    [` ${sealed}`],
  ])('reports %j as malformed', (value) => {
    const error = failure(value);
    expect(error?.code).toBe('malformed');
    expect(error?.message).toBe('Sealed value is not in the pd1 format');
  });

  it('reports a value that is not a string as malformed', () => {
    expect(failure(null as unknown as string)?.code).toBe('malformed');
    expect(failure(42 as unknown as string)?.code).toBe('malformed');
  });

  it('throws a PersonalDataError whose message holds neither the value nor the plaintext', () => {
    const secretSealed = encryptField(ring, '13899998888', context);
    for (const value of [secretSealed.replace('pd1', 'pd0'), secretSealed.slice(0, -2)]) {
      const error = failure(value, 'Other.field');
      expect(error).toBeInstanceOf(PersonalDataError);
      expect(error).toBeInstanceOf(Error);
      expect(error?.name).toBe('PersonalDataError');
      expect(error?.message).not.toContain(secretSealed.split('.')[3]!);
      expect(error?.message).not.toContain('13899998888');
    }
  });
});

describe('rotation', () => {
  it('opens values sealed under the old key, seals new ones under the new key, and says which to re-seal', () => {
    const old = encryptField(ring, '张三', 'Letter.submitterName');
    expect(sealedKeyId(old)).toBe('k2');
    expect(needsReencryption(ring, old)).toBe(false);

    const rotated = rotateKeyRing(ring, 'k3');
    expect(decryptField(rotated, old, 'Letter.submitterName')).toBe('张三');
    expect(needsReencryption(rotated, old)).toBe(true);

    const fresh = encryptField(rotated, '张三', 'Letter.submitterName');
    expect(sealedKeyId(fresh)).toBe('k3');
    expect(needsReencryption(rotated, fresh)).toBe(false);
    // A server still on the old ring cannot open it, and says why.
    expect(failure(fresh, 'Letter.submitterName', ring)?.code).toBe('unknownKey');

    // Re-sealing is opening with the ring and sealing again.
    const resealed = encryptField(rotated, decryptField(rotated, old, 'Letter.submitterName'), 'Letter.submitterName');
    expect(sealedKeyId(resealed)).toBe('k3');
  });

  it('reads the key id of a value without any key, and refuses a malformed one', () => {
    expect(sealedKeyId('pd1.k20261201.AAECAwQFBgcICQoL..AAAAAAAAAAAAAAAAAAAAAA')).toBe('k20261201');
    expect(() => sealedKeyId('pd1.k1.x')).toThrow(PersonalDataError);
    expect(() => needsReencryption(ring, 'plain text')).toThrow('Sealed value is not in the pd1 format');
  });
});
