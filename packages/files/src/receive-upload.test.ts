// An upload as it arrives: into a temporary file while it is hashed and counted, its kind judged from its first
// bytes and that kind's limit applied from then on; refused ones leave no file and are not read to their end.
// The checks then read the file, never all of it where they need not (plain text streams past).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskBlobStore } from './disk-store';
import { FileError } from './file-error';
import { inspectUpload } from './inspect-upload';
import { readPlainText } from './plain-text';
import { receiveUpload, sweepArrivals } from './receive-upload';
import { elfBytes, mp4Bytes, pdfBytes, pngBytes } from './testing';
import { headSize } from './upload-content';

const mib = 1024 * 1024;
const limits = { image: 1 * mib, video: 2 * mib, audio: 1 * mib, document: 1 * mib };
const folders: string[] = [];
const freshFolder = () => {
  const made = mkdtempSync(join(tmpdir(), 'strata-arrivals-'));
  folders.push(made);
  return made;
};
afterAll(() => {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
});

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const filesIn = (dir: string) => readdirSync(dir);

/** The bytes in pieces of `size`, counting how many were pulled (an upload refused early is not read on). */
function pieces(bytes: Uint8Array, size: number) {
  const counter = { pulled: 0, total: Math.ceil(bytes.byteLength / size) };
  const source = (async function* () {
    for (let at = 0; at < bytes.byteLength; at += size) {
      counter.pulled++;
      yield bytes.subarray(at, at + size);
    }
  })();
  return { source, counter };
}

/** The FileError `work` fails with. */
async function refusal(work: Promise<unknown>): Promise<FileError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileError)) throw new Error(`expected a FileError, got ${String(error)}`);
  return error;
}

describe('receiving an upload', () => {
  it('writes it to a temporary file with its hash, size and head, and reads it back from there', async () => {
    const dir = freshFolder();
    const bytes = mp4Bytes(Math.floor(1.5 * mib));
    const received = await receiveUpload(pieces(bytes, 10_000).source, { name: '录像.mp4', dir, limits });
    expect([received.size, received.sha256]).toEqual([bytes.length, sha256Of(bytes)]);
    expect(Buffer.compare(Buffer.from(received.head), bytes.subarray(0, headSize))).toBe(0);
    expect(filesIn(dir)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\.tmp$/)]);
    expect(Buffer.compare(readFileSync(received.path), bytes)).toBe(0);
    expect(await inspectUpload('录像.mp4', received, limits)).toMatchObject({ kind: 'video', mime: 'video/mp4' });
    await received.discard();
    await received.discard(); // already gone: nothing to do
    expect(filesIn(dir)).toEqual([]);
  });

  it('keeps a small upload whole as its head, and judges its kind at the end', async () => {
    const dir = freshFolder();
    const bytes = pdfBytes();
    const received = await receiveUpload(pieces(bytes, 100).source, { name: 'a.pdf', dir, limits });
    expect(Buffer.compare(Buffer.from(received.head), bytes)).toBe(0);
    expect(await inspectUpload('a.pdf', received, limits)).toMatchObject({ kind: 'document', size: bytes.length });
    await received.discard();
  });

  it('stops reading an upload at its kind’s limit, and leaves no file', async () => {
    const dir = freshFolder();
    const { source, counter } = pieces(mp4Bytes(3 * mib), 64 * 1024);
    const error = await refusal(receiveUpload(source, { name: 'big.mp4', dir, limits }));
    expect([error.code, error.details.vars]).toEqual(['too-large', { kind: 'video', limit: 2 }]);
    // Refused at the piece that passed 2 MiB, not read to the end.
    expect(counter.pulled).toBe(2 * 16 + 1);
    expect(counter.pulled).toBeLessThan(counter.total);
    expect(filesIn(dir)).toEqual([]);
  });

  it('stops a program at its first bytes, and leaves no file', async () => {
    const dir = freshFolder();
    const program = Buffer.concat([elfBytes(), Buffer.alloc(2 * headSize)]);
    const { source, counter } = pieces(program, 16 * 1024);
    const error = await refusal(receiveUpload(source, { name: 'photo.jpg', dir, limits }));
    expect([error.code, error.details.reason]).toEqual(['type-not-allowed', 'executable']);
    expect(counter.pulled).toBe(headSize / (16 * 1024));
    expect(filesIn(dir)).toEqual([]);
  });

  it('leaves no file when the upload breaks off', async () => {
    const dir = freshFolder();
    const broken = (async function* () {
      yield await pngBytes();
      throw new Error('connection reset');
    })();
    await expect(receiveUpload(broken, { name: 'a.png', dir, limits })).rejects.toThrow('connection reset');
    expect(filesIn(dir)).toEqual([]);
  });

  it('moves a kept upload into the disk store under its hash', async () => {
    const [arrivals, blobs] = [freshFolder(), freshFolder()];
    const bytes = pdfBytes();
    const received = await receiveUpload(pieces(bytes, 64).source, { name: 'a.pdf', dir: arrivals, limits });
    const store = diskBlobStore(blobs);
    await received.keepIn(store);
    expect(await store.has(received.sha256, bytes.length)).toBe(true);
    expect(filesIn(arrivals)).toEqual([]);
    await received.discard();
  });
});

describe('plain text as it streams past', () => {
  const streamed = (bytes: Buffer, size: number) => pieces(bytes, size).source;

  it('reads a character cut between two pieces, and a BOM before #!', async () => {
    const text = Buffer.from('第一行,张三\n第二行,李四\n');
    for (const size of [1, 2, 4, 5, 7]) expect(await readPlainText(streamed(text, size))).toBe('text');
    expect(await readPlainText(streamed(Buffer.from('\uFEFF#!/bin/sh\necho\n'), 1))).toBe('script');
  });

  it('refuses a sequence cut off at the end, and stops at the first bad byte', async () => {
    expect(await readPlainText(streamed(Buffer.from('abc\u4e2d').subarray(0, 5), 2))).toBe('not-utf8');
    const { source, counter } = pieces(Buffer.concat([Buffer.from([0xff]), Buffer.alloc(1000, 0x61)]), 10);
    expect(await readPlainText(source)).toBe('not-utf8');
    expect(counter.pulled).toBe(1);
    expect(await readPlainText(streamed(Buffer.from('abc\u0000def'), 2))).toBe('not-utf8');
  });
});

describe('leftover arrivals', () => {
  it('sweeps the temporary files a stopped server left over a day ago, and nothing else', async () => {
    const dir = freshFolder();
    const now = new Date('2026-12-03T10:00:00Z');
    const aged = (name: string, hoursAgo: number) => {
      const path = join(dir, name);
      writeFileSync(path, 'x');
      const at = new Date(now.getTime() - hoursAgo * 3_600_000);
      utimesSync(path, at, at);
    };
    aged('left-by-a-crash.tmp', 30);
    aged('arriving-now.tmp', 1);
    aged('not-ours.txt', 30);
    expect(await sweepArrivals(dir, now)).toBe(1);
    expect(filesIn(dir).sort()).toEqual(['arriving-now.tmp', 'not-ours.txt']);
    // A store that never took an upload has no folder yet: nothing to sweep.
    expect(await sweepArrivals(join(dir, 'missing'), now)).toBe(0);
  });
});
