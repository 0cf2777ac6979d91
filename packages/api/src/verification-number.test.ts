import { describe, expect, it } from 'vitest';
import { numberAlphabet, verificationNumbers } from './verification-number';

describe('verification numbers', () => {
  const volunteer = verificationNumbers('VC');

  it('are the prefix and twelve characters without look-alikes, different each time', () => {
    const numbers = Array.from({ length: 500 }, volunteer.create);
    for (const n of numbers) {
      expect(n).toMatch(/^VC-[A-Z2-9]{12}$/);
      expect(n.slice(3)).not.toMatch(/[01OI]/);
      expect(volunteer.read(n)).toBe(n);
    }
    expect(new Set(numbers).size).toBe(500);
    expect(numberAlphabet).toHaveLength(32);
    expect(verificationNumbers('TC').create()).toMatch(/^TC-[A-Z2-9]{12}$/);
  });

  it('reads what a reader types, and refuses what cannot be a number or is another kind', () => {
    expect(volunteer.read('  vc-abcdefghjkmn ')).toBe('VC-ABCDEFGHJKMN');
    expect(volunteer.read('VC-ABCDEFGHJKM0')).toBeNull();
    expect(volunteer.read('VC-ABCDEFGHJKMI')).toBeNull();
    expect(volunteer.read('VC-ABCDEFGHJKM')).toBeNull();
    expect(volunteer.read('XX-ABCDEFGHJKMN')).toBeNull();
    expect(volunteer.read('TC-ABCDEFGHJKMN')).toBeNull();
    expect(volunteer.read('')).toBeNull();
  });

  it('take a prefix of two capitals only', () => {
    expect(() => verificationNumbers('V')).toThrow();
    expect(() => verificationNumbers('vc')).toThrow();
  });
});
