// Everything an upload is checked for before it is kept: its name, that it holds something, its type
// from the bytes, its kind's size limit, and for an image that it decodes whole.
import type { FileKind } from './accepted-types';
import { detectType } from './detect-type';
import { FileError } from './file-error';
import { checkFileName } from './file-name';
import { currentFileSettings } from './file-settings';
import { readImage } from './read-image';
import { bytesContent, type UploadContent } from './upload-content';

export type InspectedUpload = {
  /** The name as the person gave it (checked, never changed). */
  name: string;
  kind: FileKind;
  /** The stored type, from the bytes. */
  mime: string;
  size: number;
  /** For images: as shown (upright) and a WebP preview at most 800 px wide. */
  image: { width: number; height: number; preview: Buffer } | undefined;
};

/** The size limit of a kind, in MB as people read it (the refusal names it). */
export const limitInMb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Throws if `size` is over the kind's limit. */
export function checkSize(kind: FileKind, size: number, limits: Record<FileKind, number>) {
  if (size > limits[kind]) throw new FileError('too-large', { vars: { kind, limit: limitInMb(limits[kind]) } });
}

/**
 * Checks an upload, its bytes in memory or as they arrived (receive-upload.ts): a FileError if refused. An image is
 * decoded from its bytes whole (at most its kind's limit, 10 MB by default); nothing else is read whole but a
 * compound file (detect-type.ts).
 */
export async function inspectUpload(
  name: string,
  upload: Uint8Array | UploadContent,
  limits: Record<FileKind, number> = currentFileSettings().limits,
): Promise<InspectedUpload> {
  const content = upload instanceof Uint8Array ? bytesContent(upload) : upload;
  checkFileName(name);
  if (content.size === 0) throw new FileError('empty');
  const type = await detectType(name, content);
  checkSize(type.kind, content.size, limits);
  const image = type.kind === 'image' ? await readImage(await content.bytes()) : undefined;
  return { name, kind: type.kind, mime: type.mime, size: content.size, image };
}
