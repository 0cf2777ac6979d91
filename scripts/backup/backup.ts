// Backup and restore of the Strata database, on either provider.
//
// SQLite: SQLite's online backup API (better-sqlite3's `backup()`), which copies a consistent snapshot
// page by page while the server keeps reading and writing. PostgreSQL: `pg_dump` in its custom format,
// restored with `pg_restore` in one transaction. Each backup gets a `.sha256` file in `sha256sum` format,
// and restore checks it first: a damaged or truncated file is refused before anything is written.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Provider, pgConfig, providerOf, sqliteFile } from '@strata/db';
import { loadConfig } from '@strata/gateway';
import { fileStamp } from '@strata/i18n';
import Database from 'better-sqlite3';
import pg from 'pg';

const run = promisify(execFile);

/** Refusals a person must read: the CLIs print the message and exit with 1, without a stack. */
export class BackupError extends Error {}

/** The database the server would open: DATABASE_URL read and checked as the gateway reads it, or its default. */
export function serverDatabaseUrl(): string {
  try {
    return loadConfig().DATABASE_URL;
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
}

/** The URL's provider; a URL of neither kind is a refusal with the reason, not a crash. */
function providerOfUrl(url: string): Provider {
  try {
    return providerOf(url);
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
}

/**
 * The connection as libpq's environment variables, so no password appears in a process list
 * (a connection string on pg_dump's command line would).
 */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const c = pgConfig(url);
  const sslmode = new URL(url).searchParams.get('sslmode');
  return {
    ...process.env,
    PGHOST: c.host,
    PGPORT: String(c.port),
    PGDATABASE: c.database,
    ...(c.user ? { PGUSER: c.user } : {}),
    ...(c.password ? { PGPASSWORD: c.password } : {}),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

const sha256OfFile = (file: string) =>
  new Promise<string>((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });

export type Backup = { provider: Provider; file: string; checksumFile: string; sha256: string; bytes: number };

/**
 * Backs the database up into `outDir` as `strata-<provider>-YYYYMMDD-HHmmss.<db|dump>`, the time on the
 * organisation's clock (Asia/Shanghai), plus `<file>.sha256`. The file appears under its name only when
 * complete: it is written under a temporary name and renamed.
 */
export async function backupDatabase(url: string, outDir: string, now = new Date()): Promise<Backup> {
  const provider = providerOfUrl(url);
  mkdirSync(outDir, { recursive: true });
  const file = resolve(
    outDir,
    `strata-${provider}-${fileStamp(now, undefined, { seconds: true })}.${provider === 'sqlite' ? 'db' : 'dump'}`,
  );
  if (existsSync(file)) throw new BackupError(`${basename(file)} exists already; wait a second and run again`);
  const partial = `${file}.partial`;
  try {
    if (provider === 'sqlite') await backupSqlite(sqliteFile(url), partial);
    else await backupPostgres(url, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  const sha256 = await sha256OfFile(file);
  const checksumFile = `${file}.sha256`;
  writeFileSync(checksumFile, `${sha256}  ${basename(file)}\n`);
  return { provider, file, checksumFile, sha256, bytes: statSync(file).size };
}

async function backupSqlite(source: string, target: string) {
  if (!existsSync(source)) throw new BackupError(`no SQLite database at ${source}`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // SQLite restarts a backup that another connection writes between two of its steps. Copied 100 pages a
    // step (the default), a busy server would restart it forever; all remaining pages in one step make it one
    // read transaction, which in WAL mode never blocks the server's writers.
    await db.backup(target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  // A backup nobody could restore is worse than none: check the copy before it gets its final name.
  const copy = new Database(target, { fileMustExist: true });
  try {
    // The copy inherits the live database's WAL mode, whose -wal and -shm side files would appear beside
    // it whenever it is opened; a rollback journal keeps the backup one self-contained file. The server
    // turns WAL on again when it opens a restored database.
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`the backup copy fails SQLite's integrity check: ${result}`);
  } finally {
    copy.close();
  }
}

async function backupPostgres(url: string, target: string) {
  try {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`], {
      env: libpqEnv(url),
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new BackupError('pg_dump not found: install postgresql-client (version 15 or newer)');
    throw new BackupError(`pg_dump failed: ${e.stderr?.trim() || e.message}`);
  }
}

/** Checks `<file>.sha256` against the file; throws when it is missing or differs. */
export async function verifyChecksum(file: string) {
  const checksumFile = `${file}.sha256`;
  if (!existsSync(file)) throw new BackupError(`no backup file at ${file}`);
  if (!existsSync(checksumFile)) throw new BackupError(`no checksum file ${basename(checksumFile)} beside the backup`);
  const expected = readFileSync(checksumFile, 'utf8').trim().split(/\s+/)[0];
  const actual = await sha256OfFile(file);
  if (actual !== expected)
    throw new BackupError(`${basename(file)} does not match its checksum: the file is damaged or incomplete`);
}

/** The tables of the database (SQLite's own and those of PostgreSQL's system schemas left out). */
async function withTables<T>(
  url: string,
  work: (query: (sql: string) => Promise<Record<string, unknown>[]>, tables: string[]) => Promise<T>,
) {
  if (providerOf(url) === 'sqlite') {
    const file = sqliteFile(url);
    // A file that does not exist is an empty database; do not create one by looking.
    if (!existsSync(file)) return work(async () => [], []);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[];
      return await work(
        async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
        tables.map((t) => `"${t}"`),
      );
    } finally {
      db.close();
    }
  }
  const client = new pg.Client(pgConfig(url));
  await client.connect();
  // Every value as PostgreSQL's own text: no rounding of timestamps or numbers on the way into JavaScript.
  const asText = { getTypeParser: () => (value: string) => value };
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1`,
    );
    return await work(
      async (sql) => (await client.query({ text: sql, types: asText })).rows,
      rows.map((r) => r.name),
    );
  } finally {
    await client.end();
  }
}

/** Row count and content hash per table: equal fingerprints mean equal data, whatever the row order. */
export async function tableFingerprints(url: string): Promise<Record<string, { rows: number; sha256: string }>> {
  return withTables(url, async (query, tables) => {
    const result: Record<string, { rows: number; sha256: string }> = {};
    for (const table of tables) {
      // Each row hashed on its own, the hashes sorted: a restore may lay rows out in another order.
      const rowHashes = (await query(`SELECT * FROM ${table}`))
        .map((row) =>
          createHash('sha256')
            .update(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
            .digest('hex'),
        )
        .sort();
      result[table.replaceAll('"', '')] = {
        rows: rowHashes.length,
        sha256: createHash('sha256').update(rowHashes.join('\n')).digest('hex'),
      };
    }
    return result;
  });
}

/**
 * Restores a backup into an empty database: one with no tables at all (a new SQLite file, or a database
 * just made with `createdb`). Anything else is refused, never overwritten: a restore that merged into or
 * replaced live data could not be undone. The server must not be running on the target meanwhile.
 */
export async function restoreDatabase(file: string, url: string) {
  const provider = providerOfUrl(url);
  const fileProvider = basename(file).startsWith('strata-postgresql-') ? 'postgresql' : 'sqlite';
  if (fileProvider !== provider)
    throw new BackupError(`${basename(file)} is a ${fileProvider} backup; the target database is ${provider}`);
  await verifyChecksum(file);
  const tables = await withTables(url, async (_query, names) => names.length);
  if (tables > 0)
    throw new BackupError(
      `the target database is not empty (${tables} tables): restore only into a new, empty database ` +
        (provider === 'sqlite' ? '(a file that does not exist yet)' : '(createdb <name>)'),
    );
  if (provider === 'sqlite') return restoreSqlite(file, sqliteFile(url));
  try {
    await run(
      'pg_restore',
      [
        '--exit-on-error',
        '--single-transaction',
        '--no-owner',
        '--no-privileges',
        `--dbname=${pgConfig(url).database}`,
        file,
      ],
      {
        env: libpqEnv(url),
      },
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new BackupError('pg_restore not found: install postgresql-client (version 15 or newer)');
    throw new BackupError(`pg_restore failed (nothing was restored): ${e.stderr?.trim() || e.message}`);
  }
}

async function restoreSqlite(file: string, target: string) {
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const partial = join(dirname(resolve(target)), `.${basename(target)}.restoring`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  // Leftover journal files of an empty target would be applied to the restored file: remove them first.
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(partial, target);
}
