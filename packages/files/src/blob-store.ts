// The one storage interface: bytes under their SHA-256, wherever a deployment keeps them (disk-store.ts,
// database-store.ts). Which files name which bytes is the database's business (Blob and File rows), not a store's.
import type { Readable } from 'node:stream';
import type { StoreKind } from './file-settings';

/** An inclusive byte range, as HTTP counts it: bytes `start` to `end`, both kept. */
export type ByteRange = { start: number; end: number };

export interface BlobStore {
  readonly kind: StoreKind;
  /** Whether the whole blob is there (`size` bytes). */
  has(sha256: string, size: number): Promise<boolean>;
  /** Keeps the bytes under their hash. Never leaves a partial blob under its name; the same bytes again are a no-op. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /**
   * Keeps the bytes of the file at `path` (an upload's temporary file) under their hash, as `put` does, never
   * holding them whole. The file may be moved into place: the caller removes it afterwards if it is still there.
   */
  putFile(sha256: string, path: string): Promise<void>;
  /** The bytes, or the range of them, as a stream; it fails if the blob is not there. */
  read(sha256: string, range?: ByteRange): Promise<Readable>;
  /**
   * Removes the bytes. `stillNamed`, when given, is asked once they are out of reach: if a Blob row names them
   * again by then (the same bytes uploaded meanwhile), they are kept (release-blobs.ts).
   */
  remove(sha256: string, stillNamed?: () => Promise<boolean>): Promise<void>;
}

/** A blob's name: lower-case hex SHA-256, checked before it becomes part of a path or a query. */
export function checkSha256(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256 in hex: ${JSON.stringify(sha256.slice(0, 80))}`);
  return sha256;
}
