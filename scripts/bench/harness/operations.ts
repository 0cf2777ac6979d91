// `npm run bench -- --operations`: every team's one-shot writes (an import, the year's snapshot), each once, on a copy
// of the database under test (they change it, and a second run must find it as the first did). Per operation: its
// floor first (the same writes as plain SQL in a transaction rolled back), then the operation through the gateway as
// its role, each timed from the first statement or call to the last answer.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCaller, OperationBenchCase, OperationTools } from '@strata/api';
import type { Provider } from '@strata/db';
import { pgAdminUrl } from '@strata/db/testing';
import { demoPassword, teams } from '@strata/gateway';
import Database from 'better-sqlite3';
import pg from 'pg';
import { signInByFetch } from '../../../tests/support/http-session';
import { startGateway } from './processes';
import { openRawDb } from './raw-db';

export type OperationRow = {
  provider: Provider;
  case: string;
  role: BenchCaller['role'];
  /** The operation through the gateway, ms. */
  ms: number;
  /** Its floor's statements, ms. */
  floorMs: number;
  /** The operation's time over the floor's (1 = as fast as the plain writes). */
  ratio: number;
  /** What the operation answered it did (rows written…). */
  did: Record<string, number>;
};

export async function loadOperations(only?: string): Promise<OperationBenchCase[]> {
  const all = (await Promise.all(teams.map(async (t) => (t.benchOperations ? await t.benchOperations() : [])))).flat();
  return only ? all.filter((c) => c.name.includes(only)) : all;
}

/** A copy of the database at `url` to write on, and how to drop it. */
async function copyOf(provider: Provider, url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const from = url.slice('file:'.length);
    // The source's write-ahead log folded in first, so the file alone holds every row.
    const source = new Database(from);
    source.pragma('wal_checkpoint(TRUNCATE)');
    source.close();
    const dir = mkdtempSync(join(tmpdir(), 'strata-bench-ops-'));
    copyFileSync(from, join(dir, 'copy.db'));
    if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, join(dir, 'copy.db-wal'));
    return { url: `file:${join(dir, 'copy.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const source = new URL(url).pathname.slice(1);
  const name = `strata_ops_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
  await admin.end();
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return {
    url: copy.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Runs `statements` in one transaction and rolls it back: their time, ms. */
async function rolledBack(provider: Provider, url: string, statements: readonly string[]): Promise<number> {
  if (provider === 'sqlite') {
    const db = new Database(url.slice('file:'.length));
    try {
      const started = performance.now();
      db.exec('BEGIN');
      for (const sql of statements) db.exec(sql);
      const ms = performance.now() - started;
      db.exec('ROLLBACK');
      return ms;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('BEGIN');
    for (const sql of statements) await client.query(sql);
    const ms = performance.now() - started;
    await client.query('ROLLBACK');
    return ms;
  } finally {
    await client.end();
  }
}

/** A procedure called over HTTP with the caller's session, as the console's tRPC client calls it (no transformer). */
function caller(origin: string, session: Awaited<ReturnType<typeof signInByFetch>>): OperationTools['call'] {
  return async (procedure, input, kind) => {
    const res =
      kind === 'query'
        ? await fetch(`${origin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
            headers: { cookie: session.cookie },
          })
        : await fetch(`${origin}/trpc/${procedure}`, { method: 'POST', headers: session, body: JSON.stringify(input) });
    const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (!res.ok || !body.result) throw new Error(`${procedure} answered ${res.status}: ${body.error?.message ?? ''}`);
    return body.result.data;
  };
}

const rounded = (ms: number) => Math.round(ms);

export async function runOperations(options: {
  provider: Provider;
  url: string;
  operations: readonly OperationBenchCase[];
  callers: readonly BenchCaller[];
  gatewayPort?: number;
}): Promise<OperationRow[]> {
  const { provider, operations, callers } = options;
  const rows: OperationRow[] = [];
  const copy = await copyOf(provider, options.url);
  const raw = openRawDb(copy.url);
  const read: OperationTools['read'] = (sql, params = []) => raw.all(sql, params);
  const gateway = await startGateway(copy.url, options.gatewayPort);
  try {
    for (const operation of operations) {
      const who = callers.find((c) => c.role === operation.role);
      if (!who) throw new Error(`bench operation ${operation.name}: no ${operation.role} caller`);
      const floorMs = await rolledBack(provider, copy.url, await operation.floor({ caller: who, read, provider }));
      const session = await signInByFetch(`${gateway.origin}/trpc`, who.username, demoPassword);
      const started = performance.now();
      const did = await operation.run({ caller: who, call: caller(gateway.origin, session), read });
      const ms = performance.now() - started;
      const row: OperationRow = {
        provider,
        case: operation.name,
        role: operation.role,
        ms: rounded(ms),
        floorMs: rounded(floorMs),
        ratio: Math.round((ms / Math.max(floorMs, 1)) * 100) / 100,
        did,
      };
      rows.push(row);
      console.error(
        `${provider} ${row.case} ${row.role}: ${row.ms} ms | floor ${row.floorMs} ms | x${row.ratio} ${JSON.stringify(did)}`,
      );
    }
  } finally {
    await gateway.stop();
    await raw.close();
    await copy.drop();
  }
  return rows;
}
