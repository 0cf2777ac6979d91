import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindIndex, normaliseForIndex, normaliseText } from './blind-index';
import { normaliseIdNumber } from './id-number';
import { parseKeyRing, rotateKeyRing } from './keys';
import { normalisePhone } from './phone';

const b64 = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const ringWithIndex = (fill: number) =>
  parseKeyRing(`{"version":1,"active":"k1","keys":{"k1":"${b64(1)}"},"index":"${b64(fill)}"}`);
const ring = ringWithIndex(2);

describe('normalisers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['+86 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['0086 138 1234 5678', '13812345678'],
    ['(+86) 138.1234.5678', '13812345678'],
    ['８６１３８１２３４５６７８', '13812345678'],
    ['＋８６ １３８－１２３４－５６７８', '13812345678'],
    ['010-12345678', '01012345678'],
    // The country code goes only from a mobile number.
    ['+86 010 12345678', '8601012345678'],
    ['861234567890', '861234567890'],
    ['tel: 138 1234 5678', '13812345678'],
    ['', ''],
  ])('normalisePhone(%j) is %j', (value, expected) => {
    expect(normalisePhone(value)).toBe(expected);
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 110105 19491231 002X ', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['110105\t19491231\n002X', '11010519491231002X'],
  ])('normaliseIdNumber(%j) is %j', (value, expected) => {
    expect(normaliseIdNumber(value)).toBe(expected);
  });

  it.each([
    [' 张三 ', '张三'],
    ['John   Smith', 'John Smith'],
    ['\tJohn\u3000Smith\n', 'John Smith'],
    ['Ｊｏｈｎ', 'John'],
    ['John', 'John'],
  ])('normaliseText(%j) is %j', (value, expected) => {
    expect(normaliseText(value)).toBe(expected);
    expect(normaliseForIndex('name', value)).toBe(expected);
  });
});

describe('blindIndex', () => {
  it('is HMAC-SHA256 under the index key of kind, U+0000 and the normalised value, in base64url', () => {
    const expected = createHmac('sha256', Buffer.alloc(32, 2)).update('phone\u000013812345678').digest('base64url');
    expect(blindIndex(ring, 'phone', '13812345678')).toBe(expected);
    expect(blindIndex(ring, 'phone', '13812345678')).toBe('EHRv4D3ykVw3iD11JhC7dD0-SssMLzgbfOdfRiQWW4c');
  });

  it('always gives 43 base64url characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('phone', 'idNumber', 'name', 'address'), (v, kind) => {
        expect(blindIndex(ring, kind, v)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      }),
    );
  });

  it('finds a phone number however it was typed', () => {
    const stored = blindIndex(ring, 'phone', '13812345678');
    for (const typed of ['+86 138-1234-5678', '８６１３８１２３４５６７８', '0086 13812345678', '138 1234 5678']) {
      expect(blindIndex(ring, 'phone', typed)).toBe(stored);
    }
    expect(blindIndex(ring, 'phone', '13812345679')).not.toBe(stored);
  });

  it('finds an ID number and a name however they were typed', () => {
    expect(blindIndex(ring, 'idNumber', '11010519491231002x')).toBe(
      blindIndex(ring, 'idNumber', '110105 19491231 002X'),
    );
    expect(blindIndex(ring, 'name', ' 张三')).toBe(blindIndex(ring, 'name', '张三'));
    expect(blindIndex(ring, 'name', 'John  Smith')).toBe(blindIndex(ring, 'name', 'John Smith'));
    expect(blindIndex(ring, 'name', '张三')).not.toBe(blindIndex(ring, 'name', '张四'));
    // Case is part of a name.
    expect(blindIndex(ring, 'name', 'john smith')).not.toBe(blindIndex(ring, 'name', 'John Smith'));
  });

  it('differs between kinds for the same value', () => {
    const value = '13812345678';
    const indexes = ['phone', 'idNumber', 'name', 'address', 'Member.phone'].map((kind) =>
      blindIndex(ring, kind, value),
    );
    expect(new Set(indexes).size).toBe(5);
  });

  it('differs between index keys, and survives data-key rotation', () => {
    expect(blindIndex(ringWithIndex(3), 'phone', '13812345678')).not.toBe(blindIndex(ring, 'phone', '13812345678'));
    expect(blindIndex(rotateKeyRing(ring, 'k2'), 'phone', '13812345678')).toBe(
      blindIndex(ring, 'phone', '13812345678'),
    );
  });

  it('refuses a kind that is empty or holds U+0000', () => {
    expect(() => blindIndex(ring, '', 'x')).toThrow(TypeError);
    expect(() => blindIndex(ring, 'name\u0000x', 'y')).toThrow(/U\+0000/);
  });
});
