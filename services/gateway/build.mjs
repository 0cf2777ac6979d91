// Builds the production gateway: one ESM file, dist/main.js (with its source map), holding the gateway, every
// workspace package and service it imports, and their pure-JavaScript dependencies. `npm start` runs it with plain
// node: no TypeScript compiler, no tsx and no esbuild service process at run time.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const outdir = join(here, 'dist');

/**
 * Left to node_modules at run time, because bundling would break them or buys nothing:
 * - native addons (better-sqlite3, @node-rs/argon2, @node-rs/jieba and sharp load a .node file for the platform);
 * - pg, which probes for the optional pg-native at run time;
 * - Prisma: the client runtime and its query compiler load WebAssembly by module path, and the schema engine
 *   (migrations at start-up) is WebAssembly read from its package folder (packages/db/src/schema-engine.ts).
 * A package named here covers its subpaths too (@prisma/client/runtime/...).
 */
const external = ['better-sqlite3', '@node-rs/argon2', '@node-rs/jieba', 'sharp', 'pg', '@prisma/*'];

const loaders = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js' };

/** Forward-slash path from dist/ to a source file, so the built file keeps working wherever the checkout moves. */
const fromDist = (file) => relative(outdir, file).split(sep).join('/');

/**
 * Bundled into one file, every module would see dist/main.js as its own location. Code that finds files next to
 * its source (the Prisma schema and migrations beside packages/db/src, the built shell three folders above the
 * gateway's src, a CommonJS package reading a sibling file) must still find them, so each module gets back
 * its original location, expressed relative to dist/main.js: `import.meta.url|dirname|filename` in ES modules,
 * `__dirname` / `__filename` in CommonJS ones (which an ESM bundle does not define).
 */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const usesMeta = /\bimport\.meta\.(url|dirname|filename)\b/.test(source);
      const usesCjsNames = /\b__(dirname|filename)\b/.test(source);
      if (!usesMeta && !usesCjsNames) return undefined; // esbuild reads it itself
      // Through the banner's helpers: `import.meta` written into a CommonJS module would make esbuild treat it
      // as an ES module, and its `module.exports` would then fail.
      const rel = JSON.stringify(fromDist(args.path));
      let contents = source
        .replace(/\bimport\.meta\.url\b/g, `__strataUrl(${rel})`)
        .replace(/\bimport\.meta\.filename\b/g, `__strataPath(${rel})`)
        .replace(/\bimport\.meta\.dirname\b/g, `__strataDir(${rel})`);
      // Declared per module: esbuild renames ES modules' top-level names apart, and wraps each CommonJS module
      // in a function of its own.
      if (usesCjsNames)
        contents = `var __filename = __strataPath(${rel}), __dirname = __strataDir(${rel});\n${contents}`;
      return { contents, loader: loaders[extname(args.path)] ?? 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Prisma's generated client imports its query compiler as a module whose one export is the WebAssembly as base64
 * text. Imported, that module's source and its string (2.1 MB each for SQLite) stay in the heap for good, though
 * they are read once at start. The import is replaced by reading the same file's text, so both go once the
 * compiler is built.
 */
const wasmAsText = {
  name: 'wasm-as-text',
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/][^\\/]+[\\/]internal[\\/]class\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(
        /await import\(("@prisma\/client\/runtime\/[^"]+\.wasm-base64\.mjs")\)/g,
        (_, name) => `await __strataWasmBase64(${name})`,
      );
      if (contents === source) throw new Error(`${args.path}: no query compiler import to rewrite`);
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * tRPC's published build is transpiled for old runtimes: each object spread goes through a helper that defines
 * every property with Object.defineProperty (about 20 times slower than a native spread), and each middleware layer
 * of every call copies its options and context that way: about 40 µs of a list call's CPU in a profile of
 * `npm run bench:profile`. The package ships its TypeScript sources, so the bundle takes every `@trpc/server`
 * import (ours and the sources' own) from there, compiled for Node 20 like the rest: the same code, with native
 * spreads, and one copy of it (one TRPCError class).
 */
const trpcSources = join(dirname(require.resolve('@trpc/server/package.json')), 'src');
const trpcFromSource = {
  name: 'trpc-from-source',
  setup(b) {
    b.onResolve({ filter: /^@trpc\/server(\/|$)/ }, (args) => {
      const sub = args.path.slice('@trpc/server'.length).replace(/^\//, '') || 'index';
      const found = [`${sub}.ts`, `${sub}/index.ts`].map((f) => join(trpcSources, f)).find((f) => existsSync(f));
      if (!found) throw new Error(`${args.path}: not among tRPC's sources (${trpcSources})`);
      return { path: found };
    });
  },
};

// Module-level helpers for the rewritten locations, and a real `require` for bundled CommonJS code that asks for
// node built-ins (esbuild's ESM output has none).
const banner = [
  "import { createRequire as __strataCreateRequire } from 'node:module';",
  "import { dirname as __strataDirname } from 'node:path';",
  "import { fileURLToPath as __strataFileURLToPath } from 'node:url';",
  'const require = __strataCreateRequire(import.meta.url);',
  'const __strataUrl = (fromDist) => new URL(fromDist, import.meta.url).href;',
  'const __strataPath = (fromDist) => __strataFileURLToPath(new URL(fromDist, import.meta.url));',
  'const __strataDir = (fromDist) => __strataDirname(__strataPath(fromDist));',
  // The base64 module's text read as a file: `const wasm = "...";` (see wasmAsText).
  "const __strataWasmBase64 = async (name) => ({ wasm: /\"([^\"]*)\"/.exec(require('node:fs').readFileSync(require.resolve(name), 'utf8'))[1] });",
].join('\n');

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: join(here, 'src/main.ts') },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // `node --enable-source-maps` reads the whole map at start and keeps it: without the sources copied in it is
  // 1.9 MB instead of 5.9 (about 45 MB less resident memory). Stack traces need only the mappings.
  sourcemap: 'linked',
  sourcesContent: false,
  // Stack traces and profiles read better with real names; the file is read once at start, not sent anywhere.
  minify: false,
  legalComments: 'none',
  external,
  plugins: [wasmAsText, trpcFromSource, sourceLocation],
  banner: { js: banner },
  metafile: true,
  logLevel: 'warning',
});

// One tRPC, from its sources (see trpcFromSource): a module of its published build here would be a second copy.
const published = Object.keys(result.metafile.inputs).filter((file) => /@trpc[\\/]server[\\/]dist[\\/]/.test(file));
if (published.length) throw new Error(`tRPC's published build was bundled too: ${published.join(', ')}`);

// V8 keeps the bundle's source in the heap, as one byte per character only if every character is ASCII: a single
// other one (esbuild leaves them in comments and regular expressions) doubles it, 3.3 MB more. Each is written as
// its escape, which means the same in a regular expression and is only text in a comment.
const main = join(outdir, 'main.js');
const bundled = await readFile(main, 'utf8');
const ascii = bundled.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (ascii !== bundled) await writeFile(main, ascii);

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
for (const [file, { bytes }] of outputs)
  console.log(
    `${relative(here, file)}  ${(bytes / 1024).toFixed(0)} KB from ${Object.keys(result.metafile.inputs).length} modules`,
  );
