// Benchmark: the article list call (20 items) through the whole gateway (HTTP, session, scope, Prisma)
// against a bare HTTP server running the same query as raw SQL on the same database. Prints JSON.
// Usage: npx tsx scripts/bench/article-list.ts [--requests 500] [--provider sqlite|postgresql]

import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Provider } from '@strata/db';
import { createTestDatabase } from '@strata/db/testing';
import { buildServer, demoPassword, loadConfig, seedDemo } from '@strata/gateway';
import Database from 'better-sqlite3';
import pg from 'pg';
import { signInByFetch } from '../../tests/support/http-session';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const requests = Number(arg('requests', '500'));
const provider = arg('provider', 'sqlite') as Provider;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
async function measure(url: string, headers: Record<string, string>) {
  for (let i = 0; i < 50; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    mean: round(times.reduce((a, b) => a + b, 0) / times.length),
  };
}

const database = await createTestDatabase(provider);
await seedDemo(database.db);
const articles = await database.db.article.count();
const units = await database.db.unit.count();

const app = await buildServer(
  loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', STATIC_ROOT: mkdtempSync(join(tmpdir(), 'bench-')) }),
  database.db,
);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const { cookie } = await signInByFetch(`${base}/trpc`, 'admin', demoPassword);
const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 20, sort: 'updatedAt', order: 'desc' }));
const strata = await measure(`${base}/trpc/content.articles.list?input=${input}`, { cookie });

// Baseline: the same page and total, straight SQL, behind a bare node:http server.
const sql = `SELECT a."id", a."unitId", u."name" AS "unitName", a."columnId", c."name" AS "columnName", a."title", a."status",
  au."displayName" AS "authorName", a."publishedAt", a."createdAt", a."updatedAt"
  FROM "Article" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Column" c ON c."id" = a."columnId" LEFT JOIN "User" au ON au."id" = a."authorId"
  WHERE u."path" LIKE '/1/%' ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT 20`;
const countSql = `SELECT count(*) AS n FROM "Article" a JOIN "Unit" u ON u."id" = a."unitId" WHERE u."path" LIKE '/1/%'`;
let query: () => Promise<unknown>;
let close: () => Promise<void>;
if (provider === 'sqlite') {
  const raw = new Database(database.url.slice('file:'.length), { readonly: true });
  const page = raw.prepare(sql);
  const count = raw.prepare(countSql);
  query = async () => ({ items: page.all(), total: (count.get() as { n: number }).n });
  close = async () => {
    raw.close();
  };
} else {
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  query = async () => {
    const [items, total] = await Promise.all([pool.query(sql), pool.query(countSql)]);
    return { items: items.rows, total: Number(total.rows[0].n) };
  };
  close = () => pool.end();
}
const bare = createServer(async (_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(await query()));
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const baseline = await measure(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`, {});

console.log(
  JSON.stringify(
    {
      benchmark: 'content.articles.list (20 items, municipal admin, whole tree)',
      provider,
      requests,
      data: { units, articles },
      strataMs: strata,
      rawSqlBareHttpMs: baseline,
      ratioP50: Math.round((strata.p50 / baseline.p50) * 10) / 10,
      ratioP95: Math.round((strata.p95 / baseline.p95) * 10) / 10,
    },
    null,
    2,
  ),
);
bare.close();
await close();
await app.close();
await database.drop();
