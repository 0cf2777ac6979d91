// Both stores keep bytes under their hash and give them back whole or by range: the disk store in a folder under
// /tmp, the database store on each database the run tests.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store';
import { chunkSize, databaseBlobStore } from './database-store';
import { diskBlobStore } from './disk-store';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (stream: Readable) => buffer(stream);
/** Two and a half chunks of the database store, every byte telling its position apart. */
const large = Buffer.from(Array.from({ length: Math.floor(2.5 * chunkSize) }, (_, i) => (i * 7 + (i >> 8)) % 256));

type Subject = { name: string; store: BlobStore; ready: (sha256: string, size: number) => Promise<void> };

const databases: TestDatabase[] = [];
const subjects: Subject[] = [];
const folders: string[] = [];
/** A fresh folder under /tmp, removed after the file's tests. */
const freshFolder = () => {
  const made = mkdtempSync(join(tmpdir(), 'strata-blobs-'));
  folders.push(made);
  return made;
};
const folder = freshFolder();

beforeAll(async () => {
  subjects.push({ name: 'disk', store: diskBlobStore(folder), ready: async () => {} });
  for (const provider of await testProviders()) {
    const database = await createTestDatabase(provider);
    databases.push(database);
    subjects.push({
      name: `database (${provider})`,
      store: databaseBlobStore(database.db),
      // Chunks hang from their Blob row.
      ready: async (sha256, size) => {
        await database.db.blob.create({ data: { sha256, size, mime: 'application/octet-stream', store: 'database' } });
      },
    });
  }
});
afterAll(async () => {
  for (const database of databases) await database.drop();
  for (const made of folders) rmSync(made, { recursive: true, force: true });
});

describe('blob stores', () => {
  it('keeps bytes under their hash and reads them back whole and by range', async () => {
    for (const { name, store, ready } of subjects) {
      const sha256 = sha256Of(large);
      await ready(sha256, large.length);
      expect(await store.has(sha256, large.length), name).toBe(false);
      await store.put(sha256, large);
      expect(await store.has(sha256, large.length), name).toBe(true);
      expect(Buffer.compare(await bytesOf(await store.read(sha256)), large), name).toBe(0);
      for (const [start, end] of [
        [0, 0],
        [10, 99],
        [chunkSize - 3, chunkSize + 2],
        [chunkSize, 2 * chunkSize - 1],
        [5, large.length - 1],
        [large.length - 1, large.length - 1],
      ] as const) {
        const part = await bytesOf(await store.read(sha256, { start, end }));
        expect(Buffer.compare(part, large.subarray(start, end + 1)), `${name} ${start}-${end}`).toBe(0);
      }
    }
  });

  it('keeps a file’s bytes (an arrived upload) as it keeps bytes in memory, ranges across chunks included', async () => {
    const source = join(freshFolder(), 'arrived.tmp');
    // Another content than `large`: each store keeps it anew from the file.
    const bytes = Buffer.from(large.map((b) => b ^ 0x5a));
    const sha256 = sha256Of(bytes);
    for (const { name, store, ready } of subjects) {
      writeFileSync(source, bytes);
      await ready(sha256, bytes.length);
      await store.putFile(sha256, source);
      expect(await store.has(sha256, bytes.length), name).toBe(true);
      expect(Buffer.compare(await bytesOf(await store.read(sha256)), bytes), name).toBe(0);
      const [start, end] = [chunkSize - 10, 2 * chunkSize + 10];
      const part = await bytesOf(await store.read(sha256, { start, end }));
      expect(Buffer.compare(part, bytes.subarray(start, end + 1)), name).toBe(0);
      // The database store reads the file and leaves it; the disk store moves it into place.
      expect(existsSync(source), name).toBe(store.kind === 'database');
    }
  });

  it('puts the same bytes again as a no-op, and fails a read of bytes it does not hold', async () => {
    for (const { name, store, ready } of subjects) {
      const bytes = Buffer.from(`again ${name}`);
      const sha256 = sha256Of(bytes);
      await ready(sha256, bytes.length);
      await store.put(sha256, bytes);
      await store.put(sha256, bytes);
      expect(await bytesOf(await store.read(sha256)), name).toEqual(bytes);
      await expect(store.read(sha256Of(Buffer.from('never kept'))), name).rejects.toThrow();
    }
  });

  it('never takes a name that is not a SHA-256 into a path or a query', async () => {
    for (const { store } of subjects) {
      await expect(store.read('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
      await expect(store.put('AB'.repeat(32), Buffer.from('x'))).rejects.toThrow(/not a SHA-256/);
    }
  });
});

describe('the disk store', () => {
  it('shards by the hash, leaves no temporary file, and removes what it is told to', async () => {
    const dir = freshFolder();
    const sharded = diskBlobStore(dir);
    const bytes = Buffer.from('sharded');
    const sha256 = sha256Of(bytes);
    await sharded.put(sha256, bytes);
    expect(readdirSync(dir, { recursive: true })).toEqual([
      sha256.slice(0, 2),
      join(sha256.slice(0, 2), sha256.slice(2, 4)),
      join(sha256.slice(0, 2), sha256.slice(2, 4), sha256),
    ]);
    await sharded.remove(sha256);
    expect(await sharded.has(sha256, bytes.length)).toBe(false);
    await sharded.remove(sha256); // nothing there: nothing to do
  });

  it('puts the bytes back when they are named again while being removed', async () => {
    const store = diskBlobStore(freshFolder());
    const bytes = Buffer.from('uploaded again meanwhile');
    const sha256 = sha256Of(bytes);
    await store.put(sha256, bytes);
    await store.remove(sha256, async () => true);
    expect(await store.has(sha256, bytes.length)).toBe(true);
    await store.remove(sha256, async () => false);
    expect(await store.has(sha256, bytes.length)).toBe(false);
  });
});
