import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types.
import { precompress } from './precompress.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-precompress-'));
  made.push(dir);
  return dir;
};

/** A build's output: a library chunk every build bundles alike, one of its own, and a stub smaller compressed. */
function build(own: string) {
  const dist = tempDir();
  mkdirSync(join(dist, 'assets'));
  const library = Array.from({ length: 1000 }, (_, i) => `export const f${i} = (x) => x * ${i} + ${i % 7};`).join('\n');
  writeFileSync(join(dist, 'assets/library.js'), library);
  writeFileSync(join(dist, 'assets/own.js'), `${own}\n`.repeat(200));
  writeFileSync(join(dist, 'stub.js'), 'x');
  writeFileSync(join(dist, 'picture.png'), 'not text');
  return dist;
}

it('writes each encoding where it is smaller, and compresses bytes two builds share once, side by side', async () => {
  const cache = tempDir();
  const [a, b] = [build('export const a = 1;'), build('export const b = 2;')];
  const [first, second] = await Promise.all([precompress(a, { cache }), precompress(b, { cache })]);

  for (const dist of [a, b])
    for (const file of ['assets/library.js', 'assets/own.js']) {
      const body = readFileSync(join(dist, file));
      expect(brotliDecompressSync(readFileSync(join(dist, `${file}.br`)))).toEqual(body);
      expect(gunzipSync(readFileSync(join(dist, `${file}.gz`)))).toEqual(body);
    }
  // A file compressed no smaller is served as it is; a picture is not text.
  for (const dist of [a, b]) {
    expect(existsSync(join(dist, 'stub.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'stub.js.gz'))).toBe(false);
    expect(existsSync(join(dist, 'picture.png.br'))).toBe(false);
  }
  // Three text files each; the library's bytes and the stub's compressed by one build, taken from the cache by the
  // other.
  expect([first.files, second.files]).toEqual([3, 3]);
  expect(first.reused + second.reused).toBe(2);

  // A build again: every file from the cache, the same bytes written.
  const again = build('export const a = 1;');
  expect(await precompress(again, { cache })).toMatchObject({ files: 3, reused: 3 });
  expect(readFileSync(join(again, 'assets/own.js.gz'))).toEqual(readFileSync(join(a, 'assets/own.js.gz')));
});
