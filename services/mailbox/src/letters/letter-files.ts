// A public letter's attachments: what a letter may carry, and keeping them with the letter. They are kept in the
// letter's own transaction, after its challenge and limits were counted (a refused letter writes no byte), as files
// of the unit that received it, each linked to the letter (LetterFile). Who reads them is the letter's business, not
// the file's unit's: /files serves a letter's file to those who read the letter where it is now (files-serve.ts).
import { createHash } from 'node:crypto';
import { recordAudit } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { auditImage, type FileKind, type FileStorage, fileLabel, fileStorage } from '@strata/files';

/** The types a letter may carry, as read from the bytes: pictures, PDF, Word and Excel (current and 97-2003). */
export const letterFileTypes: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/vnd.ms-excel',
]);

/** The extensions a browser's file picker offers for them (a hint only: the bytes decide). */
export const letterFileExtensions = '.jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx';

/** An attachment already checked (inspectUpload, and a type on the list above), ready to keep. */
export type LetterAttachment = { name: string; kind: FileKind; mime: string; size: number; bytes: Uint8Array };

/** Bytes this letter put in a store: taken back if the letter is not kept (`releaseUnkept`). */
export type WrittenBytes = { sha256: string; store: string }[];

/**
 * Keeps the attachments in the letter's transaction: the bytes once per content (a database store's chunks in the
 * transaction itself, a disk store's noted in `written`), a File row of `unitId` for each, its link to the letter,
 * and the upload's audit entry (no actor: the public sent it; no name: people name files after people).
 */
export async function keepLetterFiles(
  tx: Tx,
  storage: FileStorage,
  letter: { id: number; unitId: number },
  files: readonly LetterAttachment[],
  written: WrittenBytes,
) {
  const stores = fileStorage(tx as unknown as Db, storage.settings);
  for (const attachment of files) {
    const sha256 = createHash('sha256').update(attachment.bytes).digest('hex');
    const blob = await tx.blob.upsert({
      where: { sha256 },
      create: { sha256, size: attachment.size, mime: attachment.mime, store: stores.write.kind },
      update: {},
    });
    const store = stores.store(blob.store);
    if (!(await store.has(sha256, attachment.size))) {
      written.push({ sha256, store: blob.store });
      await store.put(sha256, attachment.bytes);
    }
    const file = await tx.file.create({
      data: {
        unitId: letter.unitId,
        kind: attachment.kind,
        name: attachment.name,
        mime: attachment.mime,
        size: attachment.size,
        sha256,
      },
    });
    await tx.letterFile.create({ data: { letterId: letter.id, fileId: file.id } });
    await recordAudit(tx, {
      actorId: null,
      unitId: file.unitId,
      action: 'file.upload',
      entity: 'File',
      entityId: file.id,
      label: fileLabel(file),
      after: auditImage(file),
    });
  }
}

/**
 * After a letter's transaction failed: removes the bytes it put in a store that no Blob row names (its own rows
 * went with the transaction; bytes another upload has named meanwhile stay).
 */
export async function releaseUnkept(db: Db, storage: FileStorage, written: WrittenBytes) {
  const named = (sha256: string) => async () => (await db.blob.count({ where: { sha256 } })) > 0;
  for (const { sha256, store } of written)
    if (!(await named(sha256)())) await storage.store(store).remove(sha256, named(sha256));
}

/** A letter's files as its handlers see them (the letter was found in their scope). */
export async function filesOfLetter(db: Db | Tx, letterId: number) {
  const links = await db.letterFile.findMany({
    where: { letterId },
    orderBy: { fileId: 'asc' },
    select: { file: { select: { id: true, name: true, mime: true, size: true } } },
  });
  return links.map(({ file }) => file);
}
