// An upload's bytes as the checks and the stores read them, wherever they are: a temporary file as an upload
// arrives over HTTP (receive-upload.ts), or bytes already in memory (the demo's seed, tests). Each check reads only
// what it needs: the type from the first bytes, plain text as it streams past, and whole only what is small and
// bounded by its kind's limit (an image to decode, a compound file's directory).
import { createHash } from 'node:crypto';
import type { BlobStore } from './blob-store';

/** Bytes read before the kind is judged, and kept as the head: enough for every signature we accept. */
export const headSize = 64 * 1024;

type FileTypeModule = typeof import('file-type');
let fileTypeModule: Promise<FileTypeModule> | undefined;

/** `file-type`, loaded with the first upload, not at start (about 12 MB resident). */
export const loadFileType = () => {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
};

export type FileTypeResult = Awaited<ReturnType<FileTypeModule['fileTypeFromBuffer']>>;

export interface UploadContent {
  readonly size: number;
  /** Lower-case hex SHA-256 of every byte: the blob's name. */
  readonly sha256: string;
  /** The first `headSize` bytes (all of a smaller upload). */
  readonly head: Uint8Array;
  /** `file-type`'s reading, which reads only as far as the format needs (a zip's entries, say). */
  fileType(): Promise<FileTypeResult>;
  /** Every byte in memory: only for what is read whole and is bounded by its kind's limit. */
  bytes(): Promise<Uint8Array>;
  /** The bytes in order, a piece at a time. */
  chunks(): AsyncIterable<Uint8Array>;
  /** Puts the bytes into `store` under their hash. */
  keepIn(store: BlobStore): Promise<void>;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes already in memory as an upload's content. */
export function bytesContent(bytes: Uint8Array): UploadContent {
  let hashed: string | undefined;
  // Hashed when asked: the head of an arriving upload is judged through here, and its hash is never wanted.
  const sha256 = () => {
    hashed ??= sha256Of(bytes);
    return hashed;
  };
  return {
    size: bytes.byteLength,
    get sha256() {
      return sha256();
    },
    head: bytes.subarray(0, headSize),
    fileType: async () => (await loadFileType()).fileTypeFromBuffer(bytes),
    bytes: async () => bytes,
    chunks: async function* () {
      yield bytes;
    },
    keepIn: (store) => store.put(sha256(), bytes),
  };
}
