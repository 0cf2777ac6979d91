import { describe, expect, it } from 'vitest';
import { providerOf, sqliteFile } from './provider';

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

describe('sqliteFile', () => {
  it('reads a relative path from the folder the command was run in (npm keeps it in INIT_CWD)', () => {
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = '/srv/strata';
    try {
      expect(sqliteFile('file:./data/strata.db')).toBe('/srv/strata/data/strata.db');
      expect(sqliteFile('file:/var/lib/strata.db')).toBe('/var/lib/strata.db');
      expect(sqliteFile('file::memory:')).toBe(':memory:');
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
    }
  });
});
