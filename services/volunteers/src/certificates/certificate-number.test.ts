import { describe, expect, it } from 'vitest';
import { certificateNumberOf, newCertificateNumber, numberAlphabet } from './certificate-number';

describe('certificate numbers', () => {
  it('are VC- and twelve characters without look-alikes, different each time', () => {
    const numbers = Array.from({ length: 500 }, newCertificateNumber);
    for (const n of numbers) {
      expect(n).toMatch(/^VC-[A-Z2-9]{12}$/);
      expect(n.slice(3)).not.toMatch(/[01OI]/);
      expect(certificateNumberOf(n)).toBe(n);
    }
    expect(new Set(numbers).size).toBe(500);
    expect(numberAlphabet).toHaveLength(32);
  });

  it('reads what a reader types, and refuses what cannot be a number', () => {
    expect(certificateNumberOf('  vc-abcdefghjkmn ')).toBe('VC-ABCDEFGHJKMN');
    expect(certificateNumberOf('VC-ABCDEFGHJKM0')).toBeNull();
    expect(certificateNumberOf('VC-ABCDEFGHJKMI')).toBeNull();
    expect(certificateNumberOf('VC-ABCDEFGHJKM')).toBeNull();
    expect(certificateNumberOf('XX-ABCDEFGHJKMN')).toBeNull();
    expect(certificateNumberOf('')).toBeNull();
  });
});
