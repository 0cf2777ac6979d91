import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberFor } from './id-number';

// ISO 7064 MOD 11-2 written from its definition, not from the table the code uses: the weight of the digit i places
// from the right is 2^i mod 11 (the check character sits at place 0), and the check value c makes the weighted sum
// plus c congruent to 1 mod 11; 10 is written X.
function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const today = '2026-12-01';

describe('checkIdNumber', () => {
  it("accepts the standard's example, 11010519491231002X", () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    const expected = { ok: true, normalised: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' };
    expect(checkIdNumber('11010519491231002X', today)).toEqual(expected);
    expect(checkIdNumber(' 110105 19491231 002x', today)).toEqual(expected);
    expect(checkIdNumber('11010519491231002X')).toEqual(expected);
  });

  it('accepts numbers built with an independent check digit, with their birth date and gender', () => {
    expect(withCheck('44030519900307123')).toBe('440305199003071236');
    expect(checkIdNumber('440305199003071236', today)).toEqual({
      ok: true,
      normalised: '440305199003071236',
      birthDate: '1990-03-07',
      gender: 'male',
    });
    expect(checkIdNumber(withCheck('31011520000229004'), today)).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
      gender: 'female',
    });
    expect(checkIdNumber(withCheck('51010719000101001'), today)).toMatchObject({ ok: true, birthDate: '1900-01-01' });
    expect(checkIdNumber(withCheck('51010720261201009'), today)).toMatchObject({ ok: true, birthDate: '2026-12-01' });
  });

  it('refuses a wrong check character', () => {
    expect(checkIdNumber('110105194912310021', today)).toEqual({ ok: false, reason: 'checkDigit' });
    expect(checkIdNumber('440305199003071234', today)).toEqual({ ok: false, reason: 'checkDigit' });
    expect(checkIdNumber('44030519900307123X', today)).toEqual({ ok: false, reason: 'checkDigit' });
  });

  it.each([
    ['19000229', 'not a leap year'],
    ['20230229', 'not a leap year'],
    ['19901301', 'no month 13'],
    ['19900431', 'no 31 April'],
    ['19900000', 'no day 0'],
    ['18991231', 'before 1900'],
    ['20261202', 'after today'],
    ['20991231', 'after today'],
  ])('refuses the birth date %s (%s)', (date) => {
    expect(checkIdNumber(withCheck(`110105${date}001`), today)).toEqual({ ok: false, reason: 'birthDate' });
  });

  it.each([
    [''],
    ['1101051949123100'],
    ['1101051949123100211'],
    ['110105491231002'], // the old 15-digit form
    ['1101051949123X002X'],
    ['11010519491231002Y'],
    ['A1010519491231002X'],
    ['11010519491231002X.'],
  ])('refuses %j as format', (value) => {
    expect(checkIdNumber(value, today)).toEqual({ ok: false, reason: 'format' });
  });

  it('catches any single changed character and any swap of two neighbours', () => {
    const valid = fc
      .tuple(
        fc.stringMatching(/^[1-8]\d{5}$/),
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true }),
        fc.stringMatching(/^\d{3}$/),
      )
      .map(([area, date, sequence]) =>
        withCheck(area + date.toISOString().slice(0, 10).replaceAll('-', '') + sequence),
      );
    fc.assert(
      fc.property(valid, fc.nat(17), fc.constantFrom(...'0123456789X'), (number, at, character) => {
        expect(checkIdNumber(number, today).ok).toBe(true);
        if (character !== number[at]) {
          expect(checkIdNumber(number.slice(0, at) + character + number.slice(at + 1), today).ok).toBe(false);
        }
        const swapAt = Math.min(at, 16);
        if (number[swapAt] !== number[swapAt + 1]) {
          const swapped = number.slice(0, swapAt) + number[swapAt + 1] + number[swapAt] + number.slice(swapAt + 2);
          expect(checkIdNumber(swapped, today).ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('defaults today to the date in China, and refuses a today that is not a date', () => {
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    expect(checkIdNumber(withCheck(`110105${tomorrow}001`))).toEqual({ ok: false, reason: 'birthDate' });
    expect(() => checkIdNumber('11010519491231002X', '2026-02-30')).toThrow(TypeError);
    expect(() => checkIdNumber('11010519491231002X', '2026-1-1' as '2026-01-01')).toThrow(TypeError);
  });
});

describe('idNumberFor', () => {
  it('writes numbers that pass the check, with the birth date and gender asked for', () => {
    for (const [birthDate, gender, sequence] of [
      ['1985-02-28', 'male', 0],
      ['1999-12-31', 'female', 499],
      ['1960-07-01', 'female', 17],
    ] as const) {
      const id = idNumberFor('320102', birthDate, gender, sequence);
      expect(checkIdNumber(id, '2026-12-02')).toEqual({ ok: true, normalised: id, birthDate, gender });
    }
  });

  it('refuses an address code, a date or a sequence it cannot write', () => {
    expect(() => idNumberFor('32010', '1985-02-28', 'male', 1)).toThrow(TypeError);
    expect(() => idNumberFor('320102', '1985-02-30', 'male', 1)).toThrow(TypeError);
    expect(() => idNumberFor('320102', '1985-02-28', 'male', 500)).toThrow(TypeError);
  });
});
