// Page cases (PageBenchCase): which page each caller loads (the case's SQL, read once from the database under test),
// and the floor's copy of it: the bytes the gateway serves for that page, written to a folder the floor server serves
// as static files. Both servers then answer the same bytes, one rendering them, the other reading a file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BatchCall,
  type BenchCaller,
  type BenchCase,
  type BenchPicked,
  isBatchCase,
  isPageCase,
} from '@strata/api';
import { pickedFor } from './cases';
import type { RawDb } from './raw-db';

/** The floor's file of a page case for a role (the floor server and the runner agree on it). */
export const pageFile = (name: string, role: string) => `${encodeURIComponent(name)}--${role}.html`;

const key = (name: string, role: string) => `${name}/${role}`;

/** Each page case's address per caller, read with the case's SQL. */
export async function resolvePages(raw: RawDb, cases: readonly BenchCase[], callers: readonly BenchCaller[]) {
  const paths = new Map<string, string>();
  for (const benchCase of cases.filter(isPageCase))
    for (const caller of callers) {
      if (benchCase.roles && !benchCase.roles.includes(caller.role)) continue;
      const [row] = await raw.all(benchCase.page.sql, benchCase.page.params(caller));
      if (!row?.path) throw new Error(`bench page ${benchCase.name}: no page for ${caller.role} in this database`);
      paths.set(key(benchCase.name, caller.role), String(row.path));
    }
  return paths;
}

/** Fetches every resolved page once from the gateway and writes it to `dir` for the floor. */
export async function writePageFloors(origin: string, paths: Map<string, string>, dir: string) {
  for (const [k, path] of paths) {
    const res = await fetch(`${origin}${path}`);
    if (res.status !== 200) throw new Error(`bench page ${path}: ${res.status}`);
    const [name, role] = k.split('/') as [string, string];
    writeFileSync(join(dir, pageFile(name, role)), Buffer.from(await res.arrayBuffer()));
  }
}

/** What the gateway is asked for in a case, as a caller: a procedure with its session, or a public page. */
export function gatewayRequest(
  benchCase: BenchCase,
  caller: BenchCaller,
  cookie: string,
  paths: Map<string, string>,
  picks: ReadonlyMap<string, BenchPicked> = new Map(),
  batches: ReadonlyMap<string, readonly BatchCall[]> = new Map(),
): { path: string | (() => string); headers: Record<string, string> } {
  if (isBatchCase(benchCase)) {
    // tRPC's batch, as the console's client sends it: the procedures joined by commas, the inputs by their place.
    const calls = batches.get(key(benchCase.name, caller.role)) ?? [];
    const inputs = Object.fromEntries(calls.map((c, i) => [i, c.input]));
    const path = `/trpc/${calls.map((c) => c.procedure).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
    return { path, headers: { cookie } };
  }
  if (isPageCase(benchCase)) {
    const path = paths.get(key(benchCase.name, caller.role)) as string;
    if (!benchCase.fresh) return { path, headers: {} };
    let n = 0;
    return { path: () => `${path}${path.includes('?') ? '&' : '?'}fresh=${++n}`, headers: {} };
  }
  const pathOf = (n: number) =>
    `/trpc/${benchCase.procedure}?input=${encodeURIComponent(JSON.stringify(benchCase.input(caller, n, pickedFor(picks, benchCase.name, caller.role))))}`;
  if (!benchCase.fresh) return { path: pathOf(1), headers: { cookie } };
  let n = 0;
  return { path: () => pathOf(++n), headers: { cookie } };
}
