// Prisma's schema engine as WebAssembly (from npm), driven through our driver adapters: migrations
// apply offline, with no engine binary to download. The migration folders and the _prisma_migrations
// table are Prisma's standard ones, so `prisma migrate deploy` works on them too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { pgAdapter, pgConfig, sqliteAdapter } from './adapters';
import { type Provider, providerOf } from './provider';

const require = createRequire(import.meta.url);

type Bg = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type Engine = Awaited<ReturnType<Bg['SchemaEngine']['new']>>;
let bgModule: Promise<Bg> | undefined;

function loadWasm(): Promise<Bg> {
  bgModule ??= (async () => {
    const bg: Bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmFile = join(
      dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmFile)), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start?: () => void };
    bg.__wbg_set_wasm(instance.exports);
    exports.__wbindgen_start?.();
    return bg;
  })();
  return bgModule;
}

type Adapter = { executeRaw: (q: { sql: string }) => Promise<number>; executeScript: (s: string) => Promise<void> };

function sqliteFactory(url: string) {
  const factory = sqliteAdapter(url);
  // The engine replays migrations on the shadow database as one multi-statement script,
  // which better-sqlite3's prepare() refuses; run such scripts with executeScript instead.
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = (await connectShadow()) as unknown as Adapter;
    const raw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q) => {
      try {
        return await raw(q);
      } catch (e) {
        if (!/more than one statement/.test(String((e as Error)?.message ?? e))) throw e;
        await adapter.executeScript(q.sql);
        return 0;
      }
    };
    return adapter as never;
  };
  return factory;
}

function pgFactory(url: string) {
  const factory = pgAdapter(url);
  const connect = factory.connect.bind(factory);
  // adapter-pg cannot read pg_catalog "char" columns (oid 18) that the engine inspects: read them as text.
  type Io = { performIO: (q: unknown) => Promise<{ fields?: { dataTypeID: number }[] }> };
  const patch = <T>(adapter: T): T => {
    const io = adapter as unknown as Io;
    const perform = io.performIO.bind(io);
    io.performIO = async (q) => {
      const result = await perform(q);
      for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    };
    return adapter;
  };
  factory.connect = async () => patch(await connect());
  // Our own shadow database: adapter-pg's drops it while its pool still holds connections.
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = patch(await new PrismaPg({ ...pgConfig(url), database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

export function migrationsList(migrationsDir: string) {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = join(migrationsDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: 'missing' },
        },
      };
    }),
  };
}

/**
 * Tables the migrations create that the Prisma models do not describe, so that the engine neither reads them as
 * drift nor drops them: the search indexes (an FTS5 virtual table, its shadow tables and its table of keys on
 * SQLite, a tsvector table on PostgreSQL, whose names the engine wants qualified by schema).
 */
const searchTables = ['ArticleSearch'];
const fts5Shadows = ['data', 'idx', 'config', 'docsize'];

export function engineFilters(provider: Provider) {
  const externalTables =
    provider === 'sqlite'
      ? searchTables.flatMap((t) => [t, `${t}Key`, ...fts5Shadows.map((s) => `${t}_${s}`)])
      : searchTables.map((t) => `public.${t}`);
  return { externalTables, externalEnums: [] };
}

type PgScriptRunner = {
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
  executeScript: (script: string) => Promise<void>;
};

/**
 * The PostgreSQL adapter runs a migration script by cutting it at every semicolon, which breaks any statement with
 * one inside a string (a trigger function's body). A script goes to the server whole instead, as one simple query:
 * PostgreSQL splits it itself, knowing its quotes, and runs it as one implicit transaction (all of it or none).
 */
function sendScriptsWhole(adapter: PgScriptRunner) {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
}

/** Opens the engine against a database, runs `work`, and always frees it. */
export async function withSchemaEngine<T>(
  url: string,
  schemaFile: string,
  work: (engine: Engine, provider: Provider) => Promise<T>,
): Promise<T> {
  const bg = await loadWasm();
  const provider = providerOf(url);
  const base = provider === 'sqlite' ? sqliteFactory(url) : pgFactory(url);
  // The engine does not close what it opens: keep the connections and close them ourselves.
  const opened: { dispose: () => Promise<void> }[] = [];
  const connect = base.connect.bind(base);
  base.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    if (provider === 'postgresql') sendScriptsWhole(adapter as unknown as PgScriptRunner);
    return adapter as never;
  };
  // The shadow database (where `migrate dev` replays every migration) is opened by the factory itself.
  const shadow = base.connectToShadowDb.bind(base);
  base.connectToShadowDb = async () => {
    const adapter = await shadow();
    if (provider === 'postgresql') sendScriptsWhole(adapter as unknown as PgScriptRunner);
    return adapter as never;
  };
  const factory = bindMigrationAwareSqlAdapterFactory(base);
  const datamodel = readFileSync(schemaFile, 'utf8');
  let engine: Engine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: [[schemaFile, datamodel]] }, () => {}, factory);
    return await work(engine, provider);
  } catch (e) {
    const detail = (
      factory as { errorRegistry?: { consumeError?: (i: number) => { error?: unknown } | undefined } }
    ).errorRegistry?.consumeError?.(0);
    const message = `${(e as Error).message ?? e}${detail ? ` (${JSON.stringify(detail.error ?? detail)})` : ''}`;
    throw new Error(`schema engine: ${message}`, { cause: e });
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}
