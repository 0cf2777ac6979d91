import { describe, expect, it } from 'vitest';
import { checkinCodePattern, judgeCode, newCheckinCode, type StoredCode } from './codes';

describe('newCheckinCode', () => {
  it('gives six digits, leading zeros kept', () => {
    expect(newCheckinCode((a) => a.fill(42))).toBe('000042');
    expect(newCheckinCode((a) => a.fill(999_999))).toBe('999999');
    for (let i = 0; i < 200; i++) expect(newCheckinCode()).toMatch(checkinCodePattern);
  });

  it('throws away draws above the last whole multiple of a million, so no code is favoured', () => {
    const draws = [2 ** 32 - 1, 4_294_000_000, 1_000_007];
    let calls = 0;
    const code = newCheckinCode((a) => {
      a[0] = draws[calls++] ?? 0;
      return a;
    });
    expect(calls).toBe(3);
    expect(code).toBe('000007');
    // The last accepted value is 4,293,999,999 -> 999999.
    expect(newCheckinCode((a) => a.fill(4_293_999_999))).toBe('999999');
  });

  it('spreads codes over the whole range', () => {
    const firstDigits = new Set(Array.from({ length: 500 }, () => newCheckinCode()[0]));
    expect(firstDigits.size).toBe(10);
  });
});

describe('checkinCodePattern', () => {
  it('takes exactly six digits', () => {
    expect(checkinCodePattern.test('012345')).toBe(true);
    for (const bad of ['12345', '1234567', '12a456', ' 123456', '１２３４５６'])
      expect(checkinCodePattern.test(bad)).toBe(false);
  });
});

describe('judgeCode', () => {
  const now = new Date('2026-03-14T01:00:30Z');
  const code: StoredCode<'in' | 'out'> = {
    subjectId: 7,
    purpose: 'in',
    expiresAt: new Date('2026-03-14T01:01:00Z'),
    usedAt: null,
    usedBy: null,
  };
  const attempt = { subjectId: 7, purpose: 'in' as const, who: 3, now };

  it('accepts an unused code of the subject and purpose within its window', () => {
    expect(judgeCode(code, attempt)).toBe('ok');
  });
  it('knows no code that is not there', () => {
    expect(judgeCode(null, attempt)).toBe('unknown');
  });
  it('refuses a code once its window has passed (at the instant itself)', () => {
    expect(judgeCode(code, { ...attempt, now: new Date('2026-03-14T01:01:00Z') })).toBe('expired');
    expect(judgeCode(code, { ...attempt, now: new Date('2026-03-14T01:00:59.999Z') })).toBe('ok');
  });
  it('refuses a code someone used, the same person again too', () => {
    const used = { ...code, usedAt: now, usedBy: 4 };
    expect(judgeCode(used, attempt)).toBe('used');
    expect(judgeCode({ ...used, usedBy: 3 }, attempt)).toBe('used');
  });
  it('names another subject or the other purpose before use and expiry', () => {
    const old = { ...code, usedAt: now, usedBy: 4, expiresAt: new Date(0) };
    expect(judgeCode(old, { ...attempt, subjectId: 8 })).toBe('otherSubject');
    expect(judgeCode(old, { ...attempt, purpose: 'out' })).toBe('wrongPurpose');
  });
});
