// A blob's chunks written and read straight through the driver (queryReviewed), not through Prisma: Prisma carries
// a Bytes value through its query engine as base64 text, and a 1 MiB chunk left several megabytes behind in the
// server's memory, its engine's included, for each statement (a 200 MB video grew it by 160 MB). Here a chunk is
// bound as the buffer it is.
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

/** A chunk as the drivers bind it: a Buffer over the same bytes (better-sqlite3 binds no other byte array). */
const asBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/** Writes chunk `seq` of a blob; one already there is left (it holds the same bytes: the hash says so). */
export async function insertChunk(db: Db, sha256: string, seq: number, data: Uint8Array): Promise<void> {
  await queryReviewed(
    db,
    reviewedSql`INSERT INTO "BlobChunk" ("sha256", "seq", "data") VALUES (${sha256}, ${seq}, ${asBuffer(data)}) ON CONFLICT ("sha256", "seq") DO NOTHING RETURNING "seq"`,
  );
}

/** Chunk `seq` of a blob, or undefined when it is missing. */
export async function chunkData(db: Db, sha256: string, seq: number): Promise<Buffer | undefined> {
  const [row] = await queryReviewed<{ data: Uint8Array }>(
    db,
    reviewedSql`SELECT "data" FROM "BlobChunk" WHERE "sha256" = ${sha256} AND "seq" = ${seq}`,
  );
  return row && asBuffer(row.data);
}
