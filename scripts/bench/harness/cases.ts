// Every registered team's bench cases, and the callers they run as (the demo's logins, which the large fixture
// keeps): one place, read by the runner and the floor server alike.
import {
  type BatchCall,
  type BenchCaller,
  type BenchCase,
  type BenchPicked,
  type BenchRole,
  benchRoles,
  isBatchCase,
  isPageCase,
  type ProcedureBenchCase,
} from '@strata/api';
import { teams } from '@strata/gateway';
import { dashboardCase } from './dashboard';
import type { RawDb } from './raw-db';

export async function loadCases(only?: string): Promise<BenchCase[]> {
  const all = [
    ...(await Promise.all(teams.map(async (team) => (team.bench ? await team.bench() : [])))).flat(),
    // The shell's: the overview's dashboard, composed of the teams' cards.
    dashboardCase,
  ];
  const names = all.map((c) => c.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new Error(`bench cases registered twice: ${twice.join(', ')}`);
  return only ? all.filter((c) => c.name.includes(only)) : all;
}

/** The demo login that plays each role. */
export const benchUsernames: Record<BenchRole, string> = {
  municipal: 'admin',
  township: 'chengguan',
  branch: 'secretary',
};

/** Each role's caller: its login and the root unit of its widest grant, read from the database under test. */
export async function loadCallers(raw: RawDb): Promise<BenchCaller[]> {
  return Promise.all(
    benchRoles.map(async (role) => {
      const username = benchUsernames[role];
      const [row] = await raw.all(
        `SELECT u."id" AS "unitId", u."path" AS "unitPath" FROM "User" us JOIN "Grant" g ON g."userId" = us."id"
          JOIN "Unit" u ON u."id" = g."unitId" WHERE us."username" = $1 ORDER BY length(u."path"), u."id" LIMIT 1`,
        [username],
      );
      if (!row) throw new Error(`bench role ${role}: ${username} has no grant in this database`);
      return { role, username, unitId: Number(row.unitId), unitPath: String(row.unitPath) };
    }),
  );
}

/** Each procedure case's `pick` as read for each caller it runs as (its first row), keyed `<case>/<role>`. */
export async function resolvePicks(raw: RawDb, cases: readonly BenchCase[], callers: readonly BenchCaller[]) {
  const picks = new Map<string, BenchPicked>();
  for (const benchCase of cases)
    for (const caller of callers) {
      if (!isProcedureCase(benchCase) || !benchCase.pick || (benchCase.roles && !benchCase.roles.includes(caller.role)))
        continue;
      const [row] = await raw.all(benchCase.pick.sql, benchCase.pick.params(caller));
      if (!row) throw new Error(`bench case ${benchCase.name}: nothing to pick for ${caller.role} in this database`);
      picks.set(`${benchCase.name}/${caller.role}`, row);
    }
  return picks;
}

/** What a case picked for a role (empty for a case without a pick). */
export const pickedFor = (picks: ReadonlyMap<string, BenchPicked>, name: string, role: string): BenchPicked =>
  picks.get(`${name}/${role}`) ?? {};

const isProcedureCase = (c: BenchCase): c is ProcedureBenchCase => !isPageCase(c) && !isBatchCase(c);

/** Each batch case's calls for each caller it runs as, keyed `<case>/<role>`. */
export async function resolveBatches(cases: readonly BenchCase[], callers: readonly BenchCaller[]) {
  const batches = new Map<string, readonly BatchCall[]>();
  for (const benchCase of cases.filter(isBatchCase))
    for (const caller of callers) {
      if (benchCase.roles && !benchCase.roles.includes(caller.role)) continue;
      batches.set(`${benchCase.name}/${caller.role}`, await benchCase.calls(caller));
    }
  return batches;
}

/**
 * A batch's floor: the cases named after its procedures (`mailbox.stats.letters`), each once, their floors run side by
 * side. A procedure without such a case stops the run: the batch would be measured against less than it asks.
 */
export function batchFloorCases(cases: readonly BenchCase[], calls: readonly BatchCall[]): ProcedureBenchCase[] {
  return [...new Set(calls.map((c) => c.procedure))].map((procedure) => {
    const found = cases.find((c): c is ProcedureBenchCase => isProcedureCase(c) && c.name === procedure);
    if (!found) throw new Error(`no bench case named ${procedure}, the floor of a batch that asks it`);
    return found;
  });
}
