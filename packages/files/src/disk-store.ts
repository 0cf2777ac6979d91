// Blobs as files under FILES_DIR, sharded by the hash's first two bytes (`ab/cd/abcd...`) so no folder grows
// past 65,536 entries. A blob is written to a temporary name, flushed and renamed: a crash leaves at most a
// `*.tmp` file beside it (safe to delete while the server is stopped), never half a blob under its name.
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type BlobStore, type ByteRange, checkSha256 } from './blob-store';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Flushes a file's bytes to the disk. */
async function syncFile(path: string) {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries, so a rename into it survives a power cut (a no-op where folders cannot be opened). */
async function syncFolder(folder: string) {
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

export function diskBlobStore(dir: string): BlobStore {
  const pathOf = (sha256: string) => {
    checkSha256(sha256);
    return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  return {
    kind: 'disk',

    async has(sha256, size) {
      try {
        return (await stat(pathOf(sha256))).size === size;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async put(sha256, bytes) {
      const target = pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      await syncFolder(dirname(target));
    },

    async putFile(sha256, path) {
      const target = pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      // Flushed before it takes its name, then moved there: an upload's temporary folder lies under FILES_DIR, on
      // the same file system, so a 500 MB video is never copied.
      await syncFile(path);
      try {
        await rename(path, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code !== 'EXDEV') throw error;
        // The temporary file on another file system: copied beside the blob under a temporary name, then renamed.
        const temporary = `${target}.${randomUUID()}.tmp`;
        try {
          await copyFile(path, temporary);
          await syncFile(temporary);
          await rename(temporary, target);
        } catch (copyError) {
          await unlink(temporary).catch(() => undefined);
          throw copyError;
        }
      }
      await syncFolder(dirname(target));
    },

    async read(sha256, range?: ByteRange): Promise<Readable> {
      // Opened first, so a missing blob fails here, before an answer has started.
      const handle = await open(pathOf(sha256), 'r');
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },

    async remove(sha256, stillNamed) {
      const path = pathOf(sha256);
      // Moved aside first: if the same bytes were uploaded while we removed them, they go back.
      const aside = `${path}.${randomUUID()}.removing.tmp`;
      try {
        await rename(path, aside);
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      if (stillNamed && (await stillNamed())) await rename(aside, path);
      else await unlink(aside);
    },
  };
}
