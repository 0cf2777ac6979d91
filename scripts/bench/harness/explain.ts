// `npm run bench -- --explain`: each case's procedure called in process as each role, every statement the
// service sends captured, and the database's plan for it printed, with what a large database cannot afford
// flagged: a full scan of a table, or a sort of everything in scope. On PostgreSQL each read is also run under the
// plan it gets as a prepared statement after five runs, the generic one (planned without its values), and flagged
// when that plan is much slower than the one planned for the values (see genericPlanWarning).
import {
  type BenchCaller,
  type BenchCase,
  createContextInner,
  isBatchCase,
  isPageCase,
  openSession,
} from '@strata/api';
import { createDb, type SentQuery } from '@strata/db';
import {
  appRouter,
  configurePersonalData,
  loadConfig,
  registerPublicPages,
  systemOperations,
  teams,
} from '@strata/gateway';
import Fastify from 'fastify';
import pg from 'pg';
import { pickedFor, resolvePicks } from './cases';
import { gatewayRequest, resolvePages } from './pages';
import type { RawDb } from './raw-db';

export type Plan = { case: string; role: string; sql: string; plan: string[]; warnings: string[] };

/** A PostgreSQL plan line's ancestors, nearest first (each line is a node, indented under its parent). */
function ancestorsOf(plan: string[], i: number): string[] {
  const indent = (line: string) => line.length - line.trimStart().length;
  const found: string[] = [];
  let depth = indent(plan[i] as string);
  for (let j = i - 1; j >= 0; j--) {
    const line = plan[j] as string;
    if (
      indent(line) < depth &&
      /->|^\S/.test(line.trimStart()) &&
      !/^\s*(Filter|Index Cond|Hash Cond|Sort Key)/.test(line)
    ) {
      found.push(line);
      depth = indent(line);
    }
  }
  return found;
}

/** Whether a node stops early: a Limit above it with no Sort (which reads all it is given) in between. */
const underLimit = (ancestors: string[]) => {
  for (const line of ancestors) {
    if (/\bSort\b/.test(line)) return false;
    if (/\bLimit\b/.test(line)) return true;
  }
  return false;
};

/** PostgreSQL's estimate of a node's rows. */
const estimatedRows = (line: string) => Number(/rows=(\d+)/.exec(line)?.[1] ?? 0);
/** A table this small is read whole faster than through an index (the unit tree, sign-in counters). */
const smallTable = 5_000;

/**
 * What a plan says that does not scale: a large table read whole (SQLite's SCAN without an index, PostgreSQL's
 * Seq Scan) or a sort of everything in scope (a temp B-tree, a Sort). Not flagged: reading a subquery's own rows
 * (SQLite's SCAN of a co-routine), a scan that a Limit stops early, a Seq Scan of a small table, and the per-unit
 * shape of a scoped page, whose sort only merges each unit's first rows, already in order from its index: SQLite
 * loops over the scope's units and reads each by (unitId=?) from an index, PostgreSQL sorts a LATERAL's output
 * that stops at the page's end (and may sort each unit's few rows inside it).
 */
export function warningsOf(plan: string[]): string[] {
  const subqueries = plan.flatMap((line) => /(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(line)?.[1] ?? []);
  const perUnitSqlite =
    plan.some((line) => /SEARCH u USING COVERING INDEX Unit_path_key/.test(line)) &&
    plan.some((line) => /SEARCH r USING (COVERING )?INDEX \S+ \(unitId=\?/.test(line));
  const indent = (line: string) => line.length - line.trimStart().length;
  return plan.filter((line, i) => {
    const scan = /\bSCAN (\S+)/.exec(line);
    if (scan && !/USING (COVERING )?INDEX|CONSTANT ROW|SUBQUERY|LIST SUBQUERY/.test(line))
      return !subqueries.includes(scan[1] as string);
    if (/USE TEMP B-TREE FOR (ORDER BY|GROUP BY)/.test(line)) return !perUnitSqlite;
    if (/Seq Scan/.test(line)) return estimatedRows(line) > smallTable && !underLimit(ancestorsOf(plan, i));
    if (/^\s*(->\s*)?Sort\s+\(/.test(line)) {
      // Top-N of one unit's rows, once per unit of a LATERAL: bounded by a unit's size, not the scope's.
      const ancestors = ancestorsOf(plan, i);
      if (/\bLimit\b/.test(ancestors[0] ?? '') && ancestors.some((a) => /Nested Loop/.test(a))) return false;
      const inner = plan.slice(i + 1);
      const end = inner.findIndex((l) => indent(l) <= indent(line));
      return !(end < 0 ? inner : inner.slice(0, end)).some((l) => /->\s*Limit\b/.test(l));
    }
    return false;
  });
}

/** A value as a literal of unknown type, which PostgreSQL coerces to the parameter's type (EXECUTE takes no parameters). */
export const pgLiteral = (value: unknown) =>
  value === null || value === undefined
    ? 'NULL'
    : `'${String(value instanceof Date ? value.toISOString() : value).replaceAll("'", "''")}'`;

/** A generic plan is flagged when it takes three times as long as the custom one, and 2 ms more. */
export function genericPlanWarning(customMs: number, genericMs: number): string | null {
  return genericMs > 3 * customMs && genericMs - customMs > 2
    ? `generic plan ${genericMs.toFixed(1)} ms against ${customMs.toFixed(1)} ms planned for the values`
    : null;
}

/**
 * The statement's execution time (ms, the least of three runs) under each plan a prepared statement can get:
 * `readDirect` prepares every reviewed read under a name, and after five runs PostgreSQL may keep the generic plan,
 * which guesses a range's rows by a fixed fraction (a subtree of the whole tree taken for ten units).
 */
async function planTimes(client: pg.Client, sql: string, params: readonly unknown[]) {
  const times: Record<'custom' | 'generic', number> = { custom: 0, generic: 0 };
  for (const mode of ['custom', 'generic'] as const) {
    await client.query(`SET plan_cache_mode = force_${mode}_plan`);
    await client.query(`PREPARE strata_explain AS ${sql}`);
    try {
      const run = `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE strata_explain${params.length ? `(${params.map(pgLiteral).join(', ')})` : ''}`;
      const ms: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { rows } = await client.query<{ 'QUERY PLAN': [{ 'Execution Time': number }] }>(run);
        ms.push(rows[0]?.['QUERY PLAN'][0]['Execution Time'] ?? 0);
      }
      times[mode] = Math.min(...ms);
    } finally {
      await client.query('DEALLOCATE strata_explain');
    }
  }
  return times;
}

/** A value Prisma reported as JavaScript (a boolean filter, a Date) as SQLite binds it. */
const sqliteValue = (value: unknown) =>
  typeof value === 'boolean'
    ? Number(value)
    : value instanceof Date
      ? value.toISOString().replace('Z', '+00:00')
      : value;

/** SQLite's client sends `?` placeholders; the raw client takes `$1`, `$2`… in their order. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function explainCases(url: string, raw: RawDb, cases: BenchCase[], callers: BenchCaller[]) {
  // Sealed fields (the registry's names) open under the key ring the gateway would load (PERSONAL_DATA_KEY_FILE, as the
  // fixture sealed them), as at its start.
  configurePersonalData(loadConfig());
  let captured: SentQuery[] = [];
  const db = await createDb(url, { onQuery: (q) => captured.push(q) });
  const plans: Plan[] = [];
  // One connection of its own: the session's plan mode and the prepared statement stay on it.
  const generic = raw.provider === 'postgresql' ? new pg.Client({ connectionString: url }) : undefined;
  await generic?.connect();
  try {
    const system = systemOperations(db);
    // Page cases render in process too, through the gateway's own registration of the public pages.
    const pages = Fastify({ logger: false });
    registerPublicPages(
      pages,
      { db, system },
      teams.map((t) => t.name),
    );
    const pagePaths = await resolvePages(raw, cases, callers);
    const picks = await resolvePicks(raw, cases, callers);
    for (const caller of callers) {
      const user = await db.user.findUniqueOrThrow({ where: { username: caller.username } });
      const { token } = await openSession(db, user.id, 60_000);
      for (const benchCase of cases) {
        // A batch's statements are its procedures', each explained as its own case.
        if (isBatchCase(benchCase) || (benchCase.roles && !benchCase.roles.includes(caller.role))) continue;
        captured = [];
        if (isPageCase(benchCase)) {
          const { path } = gatewayRequest(benchCase, caller, '', pagePaths);
          const res = await pages.inject(typeof path === 'string' ? path : path());
          if (res.statusCode !== 200) throw new Error(`${benchCase.name} as ${caller.role}: ${res.statusCode}`);
        } else {
          const ctx = await createContextInner({ db, system, sessionToken: token });
          const call = appRouter.createCaller(ctx) as unknown as Record<string, unknown>;
          const procedure = benchCase.procedure
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], call);
          captured = [];
          await (procedure as (input: unknown) => Promise<unknown>)(
            benchCase.input(caller, 1, pickedFor(picks, benchCase.name, caller.role)),
          );
        }
        for (const { sql, params, unnamed } of captured) {
          if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)/i.test(sql)) continue;
          const text =
            raw.provider === 'sqlite'
              ? (await raw.all(`EXPLAIN QUERY PLAN ${numbered(sql)}`, params.map(sqliteValue))).map((r) =>
                  String(r.detail),
                )
              : (await raw.all(`EXPLAIN ${sql}`, params)).map((r) => String(r['QUERY PLAN']));
          const warnings = !isPageCase(benchCase) && benchCase.wholeScope ? [] : warningsOf(text);
          // The reviewed reads, which readDirect prepares under a name (a write's plan would run it), but those it
          // sends unnamed (planEachRun). Prisma sends its own statements unnamed, planned for their values every time;
          // they name tables with their schema.
          if (generic && !unnamed && /^\s*(SELECT|WITH)\b/i.test(sql) && !sql.includes('"public".')) {
            const times = await planTimes(generic, sql, params).catch((e: Error) => {
              console.warn(`${benchCase.name} as ${caller.role}: generic plan not measured (${e.message})`);
              return null;
            });
            const slower = times && genericPlanWarning(times.custom, times.generic);
            if (slower) warnings.push(slower);
          }
          plans.push({ case: benchCase.name, role: caller.role, sql, plan: text, warnings });
        }
      }
    }
  } finally {
    await generic?.end();
    await db.$disconnect();
  }
  return plans;
}
