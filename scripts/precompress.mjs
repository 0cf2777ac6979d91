#!/usr/bin/env node
// Writes .br and .gz beside each text asset of a build, so the gateway serves compressed files
// without compressing per request. Usage: node scripts/precompress.mjs <dist-dir>
// The .gz files come from Zopfli (WebAssembly, no native build): a gzip stream every browser reads, about 4 %
// smaller than zlib's level 9, for a few seconds more of build; it only pays where files are compressed once.
//
// Compressed once per content: the remotes and the shell each bundle the same lazy libraries (the export's exceljs
// in all seven builds, echarts in four), byte for byte, and a full build compressed each copy again (about half of
// its compression CPU). Each file's encodings are kept in a cache by the hash of its bytes and of the settings
// (node_modules/.cache/strata-precompress), shared by the builds turbo runs side by side:
// the first to reach a content claims it with a lock file, the others wait for its result rather than compute it
// again. Entries unused for two weeks are dropped.
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const compressible = /\.(js|mjs|css|html|svg|json|txt)$/;
/** Part of every cache key: a change of settings never serves an old file. */
const settings = 'brotli-q11 zopfli-i15 v1';
const brotliOf = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzipOf = (body) => gzipAsync(body, { numiterations: 15 });

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCache = join(repoRoot, 'node_modules/.cache/strata-precompress');
/** A lock older than this is a build that died holding it. */
const staleLockMs = 5 * 60_000;
const unusedMs = 14 * 24 * 3600_000;

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file under `dir` where smaller than the file. Returns
 * the bytes read, the brotli bytes served (each file's smaller of brotli and itself), and how many files came from
 * the cache.
 */
export async function precompress(dir, { cache = defaultCache } = {}) {
  mkdirSync(cache, { recursive: true });
  const totals = { files: 0, reused: 0, raw: 0, br: 0 };
  for (const file of walk(dir)) {
    if (!compressible.test(file)) continue;
    const body = readFileSync(file);
    const { brotli, gzip, reused } = await encodingsOf(body, cache);
    // Small files too (a chunk of helpers, a federation stub): each encoding is written where it is smaller than the
    // file, which is served as it is otherwise.
    if (brotli.length < body.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < body.length) writeFileSync(`${file}.gz`, gzip);
    totals.files++;
    if (reused) totals.reused++;
    totals.raw += body.length;
    totals.br += Math.min(brotli.length, body.length);
  }
  prune(cache);
  return totals;
}

async function encodingsOf(body, cache) {
  const key = createHash('sha256').update(settings).update('\0').update(body).digest('hex');
  const entry = join(cache, key);
  const lock = `${entry}.lock`;
  for (;;) {
    const found = read(entry);
    if (found) return { ...found, reused: true };
    let fd;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // Another build is compressing the same bytes: wait for its entry, unless it died holding the lock.
      if (ageOf(lock) > staleLockMs) rmSync(lock, { force: true });
      else await sleep(100);
      continue;
    }
    try {
      closeSync(fd);
      const brotli = brotliOf(body);
      const gzip = await gzipOf(body);
      // Written whole under a temporary name, then renamed: a reader sees the entry complete or not at all.
      writeFileSync(`${entry}.br`, brotli);
      writeFileSync(`${entry}.tmp`, gzip);
      renameSync(`${entry}.tmp`, `${entry}.gz`);
      return { brotli, gzip, reused: false };
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/** An entry is its .br and .gz; the .gz is renamed into place last, so its presence means both are whole. */
function read(entry) {
  try {
    const gzip = readFileSync(`${entry}.gz`);
    const brotli = readFileSync(`${entry}.br`);
    const now = new Date();
    utimesSync(`${entry}.gz`, now, now);
    return { brotli, gzip };
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

function ageOf(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function prune(cache) {
  for (const name of readdirSync(cache)) {
    if (!name.endsWith('.gz') || ageOf(join(cache, name)) < unusedMs) continue;
    const entry = join(cache, name.slice(0, -'.gz'.length));
    rmSync(`${entry}.gz`, { force: true });
    rmSync(`${entry}.br`, { force: true });
  }
}

function* walk(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else yield p;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: precompress.mjs <dist-dir>');
  const { files, reused, raw, br } = await precompress(dir);
  console.log(
    `precompressed ${dir}: ${(raw / 1024).toFixed(0)} KiB -> ${(br / 1024).toFixed(0)} KiB brotli (${files} files, ${reused} from the cache)`,
  );
}
