// Blobs as files under FILES_DIR, sharded by the hash's first two bytes (`ab/cd/abcd...`) so no folder grows
// past 65,536 entries. A blob is written to a temporary name, flushed and renamed: a crash leaves at most a
// `*.tmp` file beside it (safe to delete while the server is stopped), never half a blob under its name.
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type BlobStore, type ByteRange, checkSha256 } from './blob-store';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

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
