// An upload as it arrives: written piece by piece to a temporary file while it is hashed (SHA-256) and counted,
// its kind judged from its first bytes and that kind's size limit applied from then on, so a video is never held
// whole and an upload over its limit stops being read there. The file is removed on any refusal; the caller
// discards it once the upload is kept (a disk store may have moved it into place by then).
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileKind } from './accepted-types';
import type { BlobStore } from './blob-store';
import { kindOfHead } from './detect-type';
import { checkSize } from './inspect-upload';
import { headSize, loadFileType, type UploadContent } from './upload-content';

/** Pieces read back from the temporary file (plain text's check streams through them). */
const readPiece = 64 * 1024;

const removed = (path: string) =>
  unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error?.code !== 'ENOENT') throw error;
  });

/** An upload received into a temporary file. */
export class ReceivedUpload implements UploadContent {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly sha256: string,
    readonly head: Uint8Array,
  ) {}

  async fileType() {
    return (await loadFileType()).fileTypeFromFile(this.path);
  }

  bytes(): Promise<Uint8Array> {
    return readFile(this.path);
  }

  chunks(): AsyncIterable<Uint8Array> {
    return createReadStream(this.path, { highWaterMark: readPiece });
  }

  keepIn(store: BlobStore): Promise<void> {
    return store.putFile(this.sha256, this.path);
  }

  /** Removes the temporary file, if it is still there. */
  discard(): Promise<void> {
    return removed(this.path);
  }
}

/** Writes all of `chunk` at the end of the file (a write may take less than it was given). */
async function writeAll(handle: FileHandle, chunk: Uint8Array) {
  for (let offset = 0; offset < chunk.byteLength; ) {
    const { bytesWritten } = await handle.write(chunk, offset);
    if (bytesWritten === 0) throw new Error('upload: the temporary file took no bytes');
    offset += bytesWritten;
  }
}

export type ReceiveOptions = {
  /** The name as sent: text and SVG are told by it where the bytes cannot tell. */
  name: string;
  /** The folder for the temporary file (made if missing). */
  dir: string;
  limits: Record<FileKind, number>;
};

/**
 * Reads `source` into a temporary file in `dir`. Throws a FileError as soon as the first bytes show a type refused
 * outright (a program) or the bytes pass their kind's limit, having removed the file; the source is then left
 * unread (a `for await` that stops destroys it).
 */
export async function receiveUpload(
  source: AsyncIterable<Uint8Array>,
  { name, dir, limits }: ReceiveOptions,
): Promise<ReceivedUpload> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.tmp`);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let kind: FileKind | undefined;
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      for await (const chunk of source) {
        if (headLength < headSize) {
          // Copied: the head outlives the parser's buffer.
          const piece = Buffer.from(chunk.subarray(0, headSize - headLength));
          head.push(piece);
          headLength += piece.length;
        }
        size += chunk.byteLength;
        if (!kind && headLength >= headSize) kind = await kindOfHead(name, Buffer.concat(head));
        if (kind) checkSize(kind, size, limits);
        hash.update(chunk);
        await writeAll(handle, chunk);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    await removed(path);
    throw error;
  }
  return new ReceivedUpload(path, size, hash.digest('hex'), Buffer.concat(head));
}

/** How old a temporary file must be before the start-up sweep takes it: no upload runs for a day. */
const arrivalsKeptMs = 24 * 3_600_000;

/**
 * Removes the temporary files in `dir` last written over a day before `now`: what a server stopped mid-upload left
 * (a crash, a kill). Younger ones may be arriving now, in another gateway sharing the folder. The count removed.
 */
export async function sweepArrivals(dir: string, now: Date): Promise<number> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile() || now.getTime() - info.mtimeMs < arrivalsKeptMs) continue;
    await unlink(path).catch(() => undefined);
    removed += 1;
  }
  return removed;
}
