#!/usr/bin/env node
// Writes .br and .gz beside each text asset of a build, so the gateway serves compressed files
// without compressing per request. Usage: node scripts/precompress.mjs <dist-dir>
// The .gz files come from Zopfli (WebAssembly, no native build): a gzip stream every browser reads, about 4 %
// smaller than zlib's level 9, for a few seconds more of build; it only pays where files are compressed once.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const dir = process.argv[2];
if (!dir) throw new Error('usage: precompress.mjs <dist-dir>');
const compressible = /\.(js|mjs|css|html|svg|json|txt)$/;

let raw = 0;
let br = 0;
// Small files too (a chunk of helpers, a federation stub): each encoding is written where it is smaller than the
// file, which is served as it is otherwise.
for (const file of walk(dir)) {
  if (!compressible.test(file)) continue;
  const body = readFileSync(file);
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const gzip = await gzipAsync(body, { numiterations: 15 });
  if (brotli.length < body.length) writeFileSync(`${file}.br`, brotli);
  if (gzip.length < body.length) writeFileSync(`${file}.gz`, gzip);
  raw += body.length;
  br += Math.min(brotli.length, body.length);
}
console.log(`precompressed ${dir}: ${(raw / 1024).toFixed(0)} KiB -> ${(br / 1024).toFixed(0)} KiB brotli`);

function* walk(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else yield p;
  }
}
