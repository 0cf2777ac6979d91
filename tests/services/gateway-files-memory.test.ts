// A 200 MB video through the gateway as a process (the production bundle, started as `npm start` starts it): the
// upload streams to its store without the server holding the file (its resident memory, read from /proc every
// 50 ms, stays within 100 MB of its idle value while the video arrives and while it is read back), the bytes kept
// are the bytes sent, and range requests answer 206 with exactly the bytes asked for (across the database store's
// 1 MiB chunks too) or 416. On SQLite into the disk store, on PostgreSQL into BlobChunk rows (the defaults). The
// test never holds the video either: it is made a piece at a time from a pattern, as it is sent and checked.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testProviders } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { signInByFetch } from '../support/http-session';

const mib = 1024 * 1024;
const videoSize = 200 * mib;
/** What the server may grow by over its idle resident memory while a video arrives or is read. */
const allowedGrowth = 100 * mib;

// --- the video: an MP4 header, then a pattern whose period is no divisor of a chunk (a chunk read at the wrong
// place shows), made a piece at a time.
const box = (type: string, size: number, body = Buffer.alloc(0)) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(size, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};
const ftyp = (() => {
  const brands = Buffer.from('isom\0\0\u0002\0isomiso2avc1mp41', 'latin1');
  return box('ftyp', 8 + brands.length, brands);
})();
const header = Buffer.concat([ftyp, box('mdat', videoSize - ftyp.length)]);
const pattern = randomBytes(1_000_003);

/** Bytes `start` to `end` (inclusive) of the video. */
function videoSlice(start: number, end: number): Buffer {
  const out = Buffer.alloc(end - start + 1);
  let at = 0;
  if (start < header.length) at = header.copy(out, 0, start, Math.min(header.length, end + 1));
  while (at < out.length) {
    const offset = (start + at - header.length) % pattern.length;
    at += pattern.copy(out, at, offset, Math.min(pattern.length, offset + out.length - at));
  }
  return out;
}

/** The video's bytes from `from` on, a MiB at a time. */
function* videoPieces(from = 0) {
  for (let start = from; start < videoSize; start += mib) yield videoSlice(start, Math.min(videoSize, start + mib) - 1);
}

const sha256 = (from = 0) => {
  const hash = createHash('sha256');
  for (const piece of videoPieces(from)) hash.update(piece);
  return hash.digest('hex');
};

// --- the gateway as a process.
const gateway = resolve(import.meta.dirname, '../../services/gateway');
// Built here (esbuild, about a second), so the test never runs a bundle older than the code it checks.
execFileSync(process.execPath, ['build.mjs'], { cwd: gateway, stdio: 'ignore' });
const children: ChildProcess[] = [];
const folders: string[] = [];
afterAll(() => {
  // A failed test must not leave a gateway running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The process's resident memory now, in bytes (VmRSS). */
const residentBytes = (pid: number) =>
  Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;

/** Samples a process's resident memory every 50 ms until stopped: the largest seen, and every sample. */
function sampleMemory(pid: number) {
  const samples: number[] = [residentBytes(pid)];
  const timer = setInterval(() => samples.push(residentBytes(pid)), 50);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(residentBytes(pid));
      return { peak: Math.max(...samples), samples: samples.length };
    },
  };
}

/** The middle value of a process's resident memory over `ms`. */
async function settledMemory(pid: number, ms = 1000) {
  const samples: number[] = [];
  for (let i = 0; i < ms / 50; i++) {
    samples.push(residentBytes(pid));
    await new Promise((r) => setTimeout(r, 50));
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
}

/** The key ring of tests/support/test-keys.ts, which sealed the seeded database's personal data. */
const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const testKeys = JSON.stringify({ version: 1, active: 'test', keys: { test: key(0x11) }, index: key(0x22) });

const inMb = (bytes: number) => Math.round(bytes / mib);

type Answer = { status: number; headers: Record<string, string | string[] | undefined> };

/** A GET whose body is hashed as it arrives (and kept only when small). */
function get(url: string, headers: Record<string, string>) {
  return new Promise<Answer & { sha256: string; length: number; body: Buffer | undefined }>((done, fail) => {
    request(url, { headers }, (res) => {
      const hash = createHash('sha256');
      const kept: Buffer[] = [];
      let length = 0;
      res.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        length += chunk.length;
        if (length <= mib) kept.push(chunk);
      });
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          sha256: hash.digest('hex'),
          length,
          body: length <= mib ? Buffer.concat(kept) : undefined,
        }),
      );
      res.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

/** Uploads the video as the console does (multipart: `unitId`, then `file`), made as it is sent. */
function uploadVideo(url: string, session: { cookie: string; csrf: string }, unitId: number) {
  const boundary = `----strata${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="unitId"\r\n\r\n${unitId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="培训录像.mp4"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise<Answer & { body: string }>((done, fail) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + videoSize + tail.length),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    // Each piece written when the socket has taken the last: the test holds one MiB at a time.
    const pieces = videoPieces();
    const send = () => {
      for (let next = pieces.next(); !next.done; next = pieces.next()) if (!req.write(next.value)) return;
      req.end(tail);
    };
    req.on('drain', send);
    req.write(head);
    send();
  });
}

describe.skipIf(!existsSync('/proc/self/status')).each(await testProviders())(
  'a 200 MB video through the gateway process on %s',
  (provider) => {
    let env: TestEnv;
    let child: ChildProcess;
    let base: string;
    let filesDir: string;
    let session: { cookie: string; csrf: string };
    let idle: number;
    let sent: string;
    let file: { id: number; url: string; size: number };

    beforeAll(async () => {
      env = await createTestEnv(provider, { articlesPerUnit: 0 });
      const folder = mkdtempSync(join(tmpdir(), 'strata-memory-'));
      folders.push(folder);
      filesDir = join(folder, 'files');
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      // As `npm start` runs it (services/gateway/package.json), on the test's seeded database.
      child = spawn(
        process.execPath,
        ['--enable-source-maps', '--optimize-for-size', resolve(gateway, 'dist/main.js')],
        {
          cwd: folder,
          env: {
            ...process.env,
            MALLOC_ARENA_MAX: '2',
            NODE_ENV: 'production',
            LOG_LEVEL: 'warn',
            HOST: '127.0.0.1',
            PORT: String(port),
            DATABASE_URL: env.url,
            SEED_DEMO: 'false',
            STATIC_ROOT: folder,
            FILES_DIR: filesDir,
            FILES_MAX_VIDEO_MB: '256',
            PERSONAL_DATA_KEYS: testKeys,
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      children.push(child);
      let errors = '';
      child.stderr?.on('data', (d) => {
        errors += d;
      });
      for (let i = 0; i < 300 && child.exitCode === null; i++) {
        if (
          await fetch(`${base}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
      if (child.exitCode !== null) throw new Error(`the gateway stopped: ${errors}`);
      const signedIn = await signInByFetch(`${base}/trpc`, 'chengguan', demoPassword);
      session = { cookie: signedIn.cookie, csrf: signedIn['x-csrf-token'] };
      sent = sha256();
    }, 180_000);
    afterAll(async () => {
      child?.kill('SIGKILL');
      await env?.drop();
    });

    it('keeps the upload without holding it: resident memory within 100 MB of idle, the bytes as sent', async () => {
      const pid = child.pid as number;
      idle = await settledMemory(pid);
      const started = performance.now();
      const during = sampleMemory(pid);
      const branch = env.seed.townships.chengguan!.branches[0]!;
      const res = await uploadVideo(`${base}/api/files`, session, branch.id);
      const uploading = during.stop();
      const seconds = (performance.now() - started) / 1000;
      expect(res.status, res.body).toBe(201);
      file = JSON.parse(res.body).file;
      expect(file).toMatchObject({ kind: 'video', mime: 'video/mp4', size: videoSize });
      const row = await env.db.file.findUniqueOrThrow({ where: { id: file.id }, include: { blob: true } });
      expect([row.sha256, row.blob.store]).toEqual([sent, provider === 'postgresql' ? 'database' : 'disk']);
      if (provider === 'postgresql') expect(await env.db.blobChunk.count({ where: { sha256: sent } })).toBe(200);
      // The temporary file is gone (moved into the disk store, or read into chunks and removed).
      expect(readdirSync(join(filesDir, 'tmp'))).toEqual([]);

      // Read back whole, hashed as it arrives.
      const reading = sampleMemory(pid);
      const whole = await get(`${base}${file.url}`, { cookie: session.cookie });
      const read = reading.stop();
      expect([whole.status, whole.length, whole.sha256]).toEqual([200, videoSize, sent]);
      const after = await settledMemory(pid);

      console.info(
        `[${provider}] resident memory: idle ${inMb(idle)} MB, peak while uploading ${inMb(uploading.peak)} MB ` +
          `(${uploading.samples} samples, ${seconds.toFixed(1)} s), peak while reading ${inMb(read.peak)} MB, ` +
          `after ${inMb(after)} MB`,
      );
      expect(uploading.peak - idle).toBeLessThan(allowedGrowth);
      expect(read.peak - idle).toBeLessThan(allowedGrowth);
    }, 300_000);

    it('answers ranges with 206 and exactly their bytes, across chunks; a range past the end with 416', async () => {
      const range = async (value: string) => get(`${base}${file.url}`, { cookie: session.cookie, range: value });
      for (const [value, start, end] of [
        ['bytes=0-99', 0, 99],
        // Across the first MiB boundary (a BlobChunk boundary on PostgreSQL).
        [`bytes=${mib - 700}-${mib + 299}`, mib - 700, mib + 299],
        [`bytes=${100 * mib - 1}-${100 * mib}`, 100 * mib - 1, 100 * mib],
        ['bytes=-500', videoSize - 500, videoSize - 1],
      ] as const) {
        const res = await range(value);
        expect([res.status, res.headers['content-range'], res.headers['content-length']], value).toEqual([
          206,
          `bytes ${start}-${end}/${videoSize}`,
          String(end - start + 1),
        ]);
        expect(Buffer.compare(res.body as Buffer, videoSlice(start, end)), value).toBe(0);
      }
      // An open range to the end, over the last chunks (the whole file was read back above).
      const from = videoSize - 3 * mib + 1000;
      const open = await range(`bytes=${from}-`);
      expect([open.status, open.headers['content-range'], open.length]).toEqual([
        206,
        `bytes ${from}-${videoSize - 1}/${videoSize}`,
        videoSize - from,
      ]);
      expect(open.sha256).toBe(sha256(from));
      for (const past of [`bytes=${videoSize}-`, `bytes=${videoSize + 10}-${videoSize + 20}`]) {
        const refused = await range(past);
        expect([refused.status, refused.headers['content-range'], refused.length], past).toEqual([
          416,
          `bytes */${videoSize}`,
          0,
        ]);
      }
    }, 300_000);
  },
);
