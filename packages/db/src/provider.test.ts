import { describe, expect, it } from 'vitest';
import { providerOf } from './provider';

describe('providerOf', () => {
  it('reads the provider from the URL scheme', () => {
    expect(providerOf('file:./data/strata.db')).toBe('sqlite');
    expect(providerOf('postgresql://u@h/db')).toBe('postgresql');
    expect(providerOf('postgres://u@h/db')).toBe('postgresql');
  });
  it('names the problem for anything else', () => {
    expect(() => providerOf('mysql://x')).toThrow(/DATABASE_URL must start with file:/);
  });
});
