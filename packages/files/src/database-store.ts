// Blobs as rows of 1 MiB chunks (BlobChunk), for deployments on PostgreSQL where several gateways must see the
// same files. A range read fetches only the chunks it covers, one at a time, so a video seeks without the server
// holding more than a chunk of it.
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Db } from '@strata/db';
import { chunkData, insertChunk } from './blob-chunks.sql';
import { type BlobStore, type ByteRange, checkSha256 } from './blob-store';

/** Chunk n holds bytes [n MiB, (n + 1) MiB) of its blob (models/files.prisma). */
export const chunkSize = 1024 * 1024;

const chunkCount = (size: number) => Math.ceil(size / chunkSize);

/**
 * `db` may be a guarded client: Blob and BlobChunk belong to no unit. The chunks hang from the Blob row: it must
 * exist before `put`, and deleting it removes them.
 */
export function databaseBlobStore(db: Db): BlobStore {
  async function* chunks(sha256: string, range: ByteRange | undefined) {
    const first = range ? Math.floor(range.start / chunkSize) : 0;
    const last = range ? Math.floor(range.end / chunkSize) : Number.POSITIVE_INFINITY;
    for (let seq = first; seq <= last; seq++) {
      const data = await chunkData(db, sha256, seq);
      if (!data) {
        if (range || seq === 0) throw new Error(`blob ${sha256}: chunk ${seq} is missing`);
        return;
      }
      const from = range && seq === first ? range.start - seq * chunkSize : 0;
      const to = range && seq === last ? range.end - seq * chunkSize + 1 : data.byteLength;
      yield data.subarray(from, to);
    }
  }

  return {
    kind: 'database',

    async has(sha256, size) {
      return (await db.blobChunk.count({ where: { sha256: checkSha256(sha256) } })) === chunkCount(size);
    },

    async put(sha256, bytes) {
      checkSha256(sha256);
      // Chunk by chunk, each its own statement: no transaction holds a 500 MB video. `has` counts the chunks, so
      // a put cut short is completed by the next; a chunk already there is the same bytes (the hash says so).
      for (let seq = 0; seq < chunkCount(bytes.byteLength); seq++)
        await insertChunk(db, sha256, seq, bytes.subarray(seq * chunkSize, (seq + 1) * chunkSize));
    },

    async putFile(sha256, path) {
      checkSha256(sha256);
      // As put, a chunk read from the file at a time: an upload's bytes are never all in memory.
      const handle = await open(path, 'r');
      try {
        const { size } = await handle.stat();
        for (let seq = 0; seq < chunkCount(size); seq++) {
          const data = new Uint8Array(Math.min(chunkSize, size - seq * chunkSize));
          for (let at = 0; at < data.byteLength; ) {
            const { bytesRead } = await handle.read(data, at, data.byteLength - at, seq * chunkSize + at);
            if (bytesRead === 0) throw new Error(`blob ${sha256}: its file ended at ${seq * chunkSize + at} bytes`);
            at += bytesRead;
          }
          await insertChunk(db, sha256, seq, data);
        }
      } finally {
        await handle.close();
      }
    },

    async read(sha256, range) {
      checkSha256(sha256);
      const source = chunks(sha256, range);
      // The first chunk is fetched now, so a missing blob fails before an answer has started.
      const first = await source.next();
      return Readable.from(
        (async function* () {
          if (first.done) return;
          yield first.value;
          yield* source;
        })(),
        { objectMode: false },
      );
    },

    async remove() {
      // Nothing left to do: a blob's chunks live and die with its Blob row. Deleting the row took them (ON DELETE
      // CASCADE, in that statement); chunks found under a row are that row's, even one made again meanwhile.
    },
  };
}
