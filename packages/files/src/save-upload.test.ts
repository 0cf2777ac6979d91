// Keeping uploads on each database with each store: the same bytes once however many files name them, nothing
// kept for a refused upload or when a write fails half-way, and bytes released only when no file names them.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '@strata/db';
import { addTestAccount, addTestUnit, createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileSettings, type StoreKind, storeKinds } from './file-settings';
import { type FileStorage, fileStorage } from './file-storage';
import { releaseBlobs } from './release-blobs';
import { saveUpload } from './save-upload';
import { elfBytes, jpegBytes, pdfBytes } from './testing';

const mib = 1024 * 1024;
const cases = (await testProviders()).flatMap((provider) => storeKinds.map((store) => [provider, store] as const));

describe.each(cases)('saving uploads on %s in the %s store', (provider, store: StoreKind) => {
  let database: TestDatabase;
  let db: Db;
  let storage: FileStorage;
  let dir: string;
  let unitId: number;
  let userId: number;
  const settings = (): FileSettings => ({
    dir,
    store,
    limits: { image: 10 * mib, video: 10 * mib, audio: 10 * mib, document: 10 * mib },
  });
  const kept = async () => ({
    files: await db.file.count(),
    blobs: await db.blob.count(),
    chunks: await db.blobChunk.count(),
    onDisk: readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    dir = mkdtempSync(join(tmpdir(), 'strata-uploads-'));
    storage = fileStorage(db, settings());
    const unit = await addTestUnit(db, null, { name: '市', kind: 'municipality' });
    unitId = unit.id;
    userId = (await addTestAccount(db, { username: `uploader-${provider}-${store}`, home: unit })).id;
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an image, its preview and an audit entry, the bytes in the store the settings name', async () => {
    const file = await saveUpload(db, storage, {
      unitId,
      uploadedById: userId,
      name: '照片.jpg',
      bytes: await jpegBytes(900, 600),
    });
    expect(file).toMatchObject({
      unitId,
      kind: 'image',
      mime: 'image/jpeg',
      width: 900,
      height: 600,
      uploadedById: userId,
    });
    const blobs = await db.blob.findMany({ where: { sha256: { in: [file.sha256, file.previewSha256!] } } });
    expect(blobs.map((b) => b.store)).toEqual([store, store]);
    expect(await storage.write.has(file.sha256, file.size)).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'file.upload', entityId: String(file.id) } })).toBe(1);
  });

  it('keeps the same bytes once for two files, and releases them only when neither names them', async () => {
    const bytes = pdfBytes();
    const first = await saveUpload(db, storage, { unitId, uploadedById: userId, name: 'a.pdf', bytes });
    const before = await kept();
    const second = await saveUpload(db, storage, { unitId, uploadedById: null, name: 'b.pdf', bytes });
    expect(second.sha256).toBe(first.sha256);
    expect(await kept()).toEqual({ ...before, files: before.files + 1 });

    await db.file.delete({ where: { id: first.id } });
    await releaseBlobs(db, storage, [first.sha256]);
    expect(await storage.write.has(first.sha256, first.size)).toBe(true); // the second still names them
    await db.file.delete({ where: { id: second.id } });
    await releaseBlobs(db, storage, [second.sha256]);
    expect(await db.blob.findUnique({ where: { sha256: first.sha256 } })).toBeNull();
    expect(await storage.write.has(first.sha256, first.size)).toBe(false);
  });

  it('releases an image’s preview with it, and keeps a blob another file has as its preview', async () => {
    const file = await saveUpload(db, storage, {
      unitId,
      uploadedById: userId,
      name: 'p.jpg',
      bytes: await jpegBytes(300, 200),
    });
    await db.file.delete({ where: { id: file.id } });
    await releaseBlobs(db, storage, [file.sha256, file.previewSha256, null]);
    expect(await db.blob.count({ where: { sha256: { in: [file.sha256, file.previewSha256!] } } })).toBe(0);
  });

  it('keeps nothing of a refused upload', async () => {
    const before = await kept();
    await expect(
      saveUpload(db, storage, { unitId, uploadedById: userId, name: 'a.jpg', bytes: elfBytes() }),
    ).rejects.toMatchObject({ code: 'type-not-allowed' });
    expect(await kept()).toEqual(before);
  });

  it('takes back the bytes it wrote when the row cannot be written', async () => {
    const before = await kept();
    // No such unit: the File row fails its foreign key after the bytes were kept.
    await expect(
      saveUpload(db, storage, {
        unitId: 999_999,
        uploadedById: userId,
        name: 'c.jpg',
        bytes: await jpegBytes(320, 200),
      }),
    ).rejects.toThrow();
    expect(await kept()).toEqual(before);
  });

  it('writes no row when the bytes cannot be written', async () => {
    const before = await kept();
    const failing: FileStorage = {
      ...storage,
      store: (kind) => ({ ...storage.store(kind), put: () => Promise.reject(new Error('disk full')) }),
    };
    await expect(
      saveUpload(db, failing, {
        unitId,
        uploadedById: userId,
        name: 'd.pdf',
        bytes: Buffer.from(`${pdfBytes()}%more`),
      }),
    ).rejects.toThrow('disk full');
    expect(await kept()).toEqual(before);
  });
});
