// The SQLite connection as createDb opens it: better-sqlite3 builds SQLite with a 16 MB page cache per connection
// (SQLITE_DEFAULT_CACHE_SIZE=-16000), which the soak's growing database filled page by page: the server's malloc
// heap, and with it RSS, rose about 0.4 MB a minute for as long as the soak ran, none of it in V8's heap. The
// server's connection keeps its page cache to sqlitePageCacheKb.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqlitePageCacheKb } from '../src/client';
import { createTestDatabase } from '../src/testing';

describe('the SQLite connection createDb opens', () => {
  it('bounds its page cache, below what better-sqlite3 gives a connection by default', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const [row] = await database.db.$queryRawUnsafe<{ cache_size: number | bigint }[]>('PRAGMA cache_size');
      // A negative cache_size counts KiB; a positive one pages.
      expect(Number(row?.cache_size)).toBe(-sqlitePageCacheKb);
      const plain = new Database(':memory:');
      expect(plain.pragma('cache_size', { simple: true })).toBeLessThan(-sqlitePageCacheKb);
      plain.close();
    } finally {
      await database.drop();
    }
  });
});
