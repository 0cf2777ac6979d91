// `npm run bench -- --explain`: each case's procedure called in process as each role, every statement the
// service sends captured, and the database's plan for it printed, with what a large database cannot afford
// flagged: a full scan of a table, or a sort of everything in scope.
import { type BenchCaller, type BenchCase, createContextInner, openSession } from '@strata/api';
import { createDb, type SentQuery } from '@strata/db';
import { appRouter, systemOperations } from '@strata/gateway';
import type { RawDb } from './raw-db';

export type Plan = { case: string; role: string; sql: string; plan: string[]; warnings: string[] };

/** What a plan line says that does not scale: SQLite's SCAN without an index and temp sorts, PostgreSQL's Seq Scan and Sort. */
function warningsOf(plan: string[]): string[] {
  return plan.filter(
    (line) =>
      (/\bSCAN\b/.test(line) && !/USING (COVERING )?INDEX|CONSTANT ROW|SUBQUERY|LIST SUBQUERY/.test(line)) ||
      /USE TEMP B-TREE FOR (ORDER BY|GROUP BY)/.test(line) ||
      /Seq Scan/.test(line) ||
      /^\s*(->\s*)?Sort\b/.test(line),
  );
}

/** SQLite's client sends `?` placeholders; the raw client takes `$1`, `$2`… in their order. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function explainCases(url: string, raw: RawDb, cases: BenchCase[], callers: BenchCaller[]) {
  let captured: SentQuery[] = [];
  const db = await createDb(url, { onQuery: (q) => captured.push(q) });
  const plans: Plan[] = [];
  try {
    const system = systemOperations(db);
    for (const caller of callers) {
      const user = await db.user.findUniqueOrThrow({ where: { username: caller.username } });
      const { token } = await openSession(db, user.id, 60_000);
      for (const benchCase of cases) {
        if (benchCase.roles && !benchCase.roles.includes(caller.role)) continue;
        const ctx = await createContextInner({ db, system, sessionToken: token });
        const call = appRouter.createCaller(ctx) as unknown as Record<string, unknown>;
        const procedure = benchCase.procedure
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], call);
        captured = [];
        await (procedure as (input: unknown) => Promise<unknown>)(benchCase.input(caller));
        for (const { sql, params } of captured) {
          if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)/i.test(sql)) continue;
          const text =
            raw.provider === 'sqlite'
              ? (await raw.all(`EXPLAIN QUERY PLAN ${numbered(sql)}`, params)).map((r) => String(r.detail))
              : (await raw.all(`EXPLAIN ${sql}`, params)).map((r) => String(r['QUERY PLAN']));
          plans.push({ case: benchCase.name, role: caller.role, sql, plan: text, warnings: warningsOf(text) });
        }
      }
    }
  } finally {
    await db.$disconnect();
  }
  return plans;
}
