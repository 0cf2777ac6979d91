// Keeping an upload: its bytes once per content (SHA-256), the File row that names them for its unit, and the
// audit entry. Nothing is kept for a refused upload; bytes this upload wrote are taken back if its row is not.
import { recordAudit, runTransaction } from '@strata/api';
import { type Db, isUniqueViolation, type Prisma } from '@strata/db';
import type { BlobStore } from './blob-store';
import type { FileStorage } from './file-storage';
import { inspectUpload } from './inspect-upload';
import { releaseBlobs } from './release-blobs';
import { bytesContent, sha256Of, type UploadContent } from './upload-content';

export type Upload = {
  /** The owning unit, already checked against the uploader's scope (the permission the upload's purpose needs). */
  unitId: number;
  uploadedById: number | null;
  name: string;
} & (
  | { bytes: Uint8Array }
  /** As it arrived (receiveUpload): read from its temporary file, never whole unless it is an image. */
  | { content: UploadContent }
);

export type StoredFileRow = Prisma.FileModel;

type Bytes = { sha256: string; size: number; mime: string; keepIn: (store: BlobStore) => Promise<void> };

/**
 * Makes sure a Blob row names the bytes and they are in its store. Unless they were already kept (the same content
 * uploaded before), the hash goes into `written` before the bytes are: a failure from then on releases them.
 * The row comes first: a database store's chunks hang from it, and a release (release-blobs.ts) that meets it
 * keeps the bytes.
 */
async function keepBlob(db: Db, storage: FileStorage, { sha256, size, mime, keepIn }: Bytes, written: string[]) {
  let row = await db.blob.findUnique({ where: { sha256 } });
  if (row && (await storage.store(row.store).has(sha256, row.size))) return;
  if (!row) {
    try {
      row = await db.blob.create({ data: { sha256, size, mime, store: storage.write.kind } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      row = await db.blob.findUniqueOrThrow({ where: { sha256 } });
    }
  }
  written.push(sha256);
  await keepIn(storage.store(row.store));
}

/** An image's preview, made in memory (at most 800 px wide). */
function previewBytes(bytes: Uint8Array): Bytes {
  const sha256 = sha256Of(bytes);
  return { sha256, size: bytes.byteLength, mime: 'image/webp', keepIn: (store) => store.put(sha256, bytes) };
}

/**
 * Checks the upload (inspectUpload: a FileError if refused, before anything is written), keeps its bytes and
 * preview, then writes the File row and its audit entry in one transaction. `db` is the uploader's guarded client.
 * An upload's temporary file stays the caller's to discard.
 */
export async function saveUpload(db: Db, storage: FileStorage, upload: Upload): Promise<StoredFileRow> {
  const content = 'content' in upload ? upload.content : bytesContent(upload.bytes);
  const inspected = await inspectUpload(upload.name, content, storage.settings.limits);
  const main: Bytes = {
    sha256: content.sha256,
    size: content.size,
    mime: inspected.mime,
    keepIn: (store) => content.keepIn(store),
  };
  const preview = inspected.image && previewBytes(inspected.image.preview);
  const written: string[] = [];
  try {
    for (const blob of preview ? [main, preview] : [main]) await keepBlob(db, storage, blob, written);
    return await runTransaction(db, async (tx) => {
      const file = await tx.file.create({
        data: {
          unitId: upload.unitId,
          kind: inspected.kind,
          name: inspected.name,
          mime: inspected.mime,
          size: inspected.size,
          sha256: main.sha256,
          previewSha256: preview?.sha256 ?? null,
          width: inspected.image?.width ?? null,
          height: inspected.image?.height ?? null,
          uploadedById: upload.uploadedById,
        },
      });
      // The name stays out of the log: people name files after people ("张三身份证.jpg").
      await recordAudit(tx, {
        actorId: upload.uploadedById,
        unitId: file.unitId,
        action: 'file.upload',
        entity: 'File',
        entityId: file.id,
        label: fileLabel(file),
        after: auditImage(file),
      });
      return file;
    });
  } catch (error) {
    await releaseBlobs(db, storage, written);
    throw error;
  }
}

/** How the audit log names a file: by id and type, not by its name (see saveUpload). */
export const fileLabel = (file: Pick<StoredFileRow, 'id' | 'mime'>) => `#${file.id} ${file.mime}`;

/** What the audit log keeps of a file. */
export const auditImage = (file: StoredFileRow) => ({
  id: file.id,
  unitId: file.unitId,
  kind: file.kind,
  mime: file.mime,
  size: file.size,
  width: file.width,
  height: file.height,
  sha256: file.sha256,
});
