// `npx tsx scripts/bench/kept-after-writes.ts --database URL [--rounds 20] [--after MS] [--tables none,Member]
// [--port N]`
// What a write costs the next reader of the overview's dashboard (issue 14): the municipal admin's dashboard data (the
// batch the cards send, as `overview.dashboard` in the bench) asked once right after a write to one table, round after
// round, for each table in turn, through the gateway as production runs it. The values kept while what they read is
// unchanged (whileUnchanged in @strata/db) are dropped only by writes to the tables they read: a write to a table no
// card reads (sessions, the audit log) leaves the dashboard as fast as with no write; a write to the unit tree, which
// every card reads, shows what every write cost before. Each write touches one row without changing it (`SET "id" =
// "id"`; the dues totals, a unit's rows), so the data stays the same and only the table's generation moves.
// `--after MS`: the reader comes that long after the write (the dashboard's values are kept warm: computed again in
// the background once their tables moved). `--tables`: only these (`none`: no write). Prints JSON: p50 / p95 ms per
// table.
import { sqliteFile } from '@strata/db';
import { demoPassword } from '@strata/gateway';
import Database from 'better-sqlite3';
import pg from 'pg';
import { signInByFetch } from '../../tests/support/http-session';
import { scriptOptions } from '../options';
import { loadCallers } from './harness/cases';
import { dashboardCase } from './harness/dashboard';
import { gatewayRequest } from './harness/pages';
import { startGateway } from './harness/processes';
import { openRawDb } from './harness/raw-db';

const { arg } = scriptOptions(['database', 'rounds', 'after', 'tables', 'port'], []);
const url = arg('database');
if (!url) throw new Error('--database URL: a database with the demo or the large fixture');
const rounds = Number(arg('rounds', '20'));
const afterMs = Number(arg('after', '0'));
const port = arg('port') ? Number(arg('port')) : undefined;

/** No write; tables no card reads; one table each card reads; the unit tree, which all of them read. */
const allTables = [
  null,
  'Session',
  'AuditLog',
  'Article',
  'Letter',
  'Member',
  'DuesTotal',
  'HourEntry',
  'Enrolment',
  'Unit',
];
const only = arg('tables')?.split(',');
const tables = only ? allTables.filter((table) => only.includes(table ?? 'none')) : allTables;
if (tables.length === 0)
  throw new Error(`--tables: none of ${only?.join(', ')} is one of none, ${allTables.slice(1).join(', ')}`);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** A writer beside the server (the harness's raw reader is read-only). */
async function openWriter(databaseUrl: string) {
  if (databaseUrl.startsWith('file:')) {
    const db = new Database(sqliteFile(databaseUrl));
    db.pragma('busy_timeout = 5000');
    return { run: async (sql: string) => void db.prepare(sql).run(), close: async () => db.close() };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { run: async (sql: string) => void (await client.query(sql)), close: () => client.end() };
}

const raw = openRawDb(url);
const writer = await openWriter(url);
const municipal = (await loadCallers(raw)).find((c) => c.role === 'municipal');
if (!municipal) throw new Error('no municipal admin in this database');
const calls = await dashboardCase.calls(municipal);
const gateway = await startGateway(url, port);
try {
  const session = await signInByFetch(`${gateway.origin}/trpc`, municipal.username, demoPassword);
  const { path } = gatewayRequest(
    dashboardCase,
    municipal,
    session.cookie,
    new Map(),
    new Map(),
    new Map([['overview.dashboard/municipal', calls]]),
  );
  const ask = async () => {
    const started = performance.now();
    const res = await fetch(`${gateway.origin}${typeof path === 'string' ? path : path()}`, { headers: session });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`the dashboard answered ${res.status}`);
    return performance.now() - started;
  };
  // Warm: the code optimised and every value kept once.
  for (let i = 0; i < 5; i++) await ask();
  const results: Record<string, { p50: number; p95: number; max: number }> = {};
  for (const table of tables) {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // The dues totals are keyed by unit, kind and months: a unit's rows.
      const column = table === 'DuesTotal' ? 'unitId' : 'id';
      if (table)
        await writer.run(
          `UPDATE "${table}" SET "${column}" = "${column}" WHERE "${column}" = (SELECT min("${column}") FROM "${table}")`,
        );
      if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
      times.push(await ask());
    }
    times.sort((a, b) => a - b);
    results[table ?? 'none'] = {
      p50: round1(quantile(times, 0.5)),
      p95: round1(quantile(times, 0.95)),
      max: round1(times[times.length - 1] ?? Number.NaN),
    };
    console.error(`${table ?? 'no write'}: p50 ${results[table ?? 'none']?.p50} ms`);
  }
  console.log(
    JSON.stringify(
      { database: url.split(':')[0], rounds, afterMs, calls: calls.length, afterWriteTo: results },
      null,
      2,
    ),
  );
} finally {
  await gateway.stop();
  await raw.close();
  await writer.close();
}
