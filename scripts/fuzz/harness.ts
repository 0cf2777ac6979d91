// Fuzzing every procedure of the merged router through the gateway's real HTTP layer (Fastify `inject`):
// inputs from each procedure's own zod schema (tests/support/zod-inputs.ts), valid and hostile, plus
// malformed requests; as a signed-out visitor, the municipal admin and a member. Shared by the short run in
// `npm test` (tests/services/fuzz.test.ts) and the long one (`npm run fuzz`, scripts/fuzz/run.ts).
//
// The properties, per answer: no status >= 500; JSON in tRPC's shape (an error with the status it claims);
// no stack trace, file path, SQL text or Prisma error name anywhere in it. After a run: health answers, a
// normal call works, and no prototype was polluted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csrfCookie, openSession, roleCatalog, sessionCookie } from '@strata/api';
import type { Db } from '@strata/db';
import { appRouter, buildServer, demoPassword, demoUsers, loadConfig } from '@strata/gateway';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sessionHeaders } from '../../tests/support/http-session';
import { type FuzzInput, type Hints, invalidInput, jsonText, validValue } from '../../tests/support/zod-inputs';

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };
/** Every procedure, as the scope suite enumerates them: a new one is fuzzed without anyone listing it. */
export const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

export const callers = ['signed out', 'admin', 'member'] as const;
export type CallerName = (typeof callers)[number];

/** A calendar day from `min` to `max`, as YYYY-MM-DD. */
export const dayBetween = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Values for fields whose rule lies in a refinement or in the data: real role names, demo accounts. */
const hints: Hints = {
  role: fc.oneof(fc.constantFrom(...roleCatalog().roles()), fc.string()),
  username: fc.oneof(fc.constantFrom(...demoUsers.map((u) => u.username)), fc.stringMatching(/^[a-z0-9_.-]{3,32}$/)),
  currentPassword: fc.oneof(fc.constant(demoPassword), fc.string({ minLength: 1, maxLength: 20 })),
  // A calendar day that exists (the working-day calendar's entries), or anything.
  date: fc.oneof(dayBetween('2000-01-01', '2100-12-31'), fc.string()),
  // A period's first and last day (the statistics): from always before to, at most five years apart, or anything.
  from: fc.oneof(dayBetween('2020-01-01', '2022-12-31'), fc.string()),
  to: fc.oneof(dayBetween('2023-01-01', '2024-12-31'), fc.string()),
  ...refinedFieldHints({ anything: true }),
};

/**
 * Fields whose rule is a refinement: the days of a member's life and letters, of a dues payment and remittance, and
 * a unit's place (within China's extent). Real values, or (`anything`) real values mixed with anything of the kind.
 */
export function refinedFieldHints({ anything }: { anything: boolean }): Hints {
  const or = <T>(real: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => (anything ? fc.oneof(real, other) : real);
  const day = or(dayBetween('1950-01-01', '2026-12-31'), fc.string());
  const days = ['on', 'birthDate', 'appliedOn', 'activistOn', 'candidateOn', 'probationaryOn', 'fullOn', 'issuedOn'];
  // The dues' days: a payment's, a remittance's sending and receipt.
  days.push('paidOn', 'sentOn', 'receivedOn');
  // The volunteers' days: an award's, a certificate's period.
  days.push('awardedOn', 'fromOn', 'toOn');
  // Training's: an assignment's due day.
  days.push('dueOn');
  return {
    // A check-in code: six digits.
    code: or(fc.stringMatching(/^\d{6}$/), fc.string()),
    ...Object.fromEntries([...days, 'startedOn', 'untilOn', 'endedOn'].map((key) => [key, day])),
    latitude: or(fc.double({ min: 3, max: 54, noNaN: true }), fc.double()),
    longitude: or(fc.double({ min: 73, max: 136, noNaN: true }), fc.double()),
  };
}

export type FuzzServer = { app: FastifyInstance; db: Db; headers: (caller: CallerName) => Promise<Headers> };
type Headers = Record<string, string>;

/** The gateway on `db` (a seeded throwaway database), with sessions for the callers. */
export async function startFuzzServer(db: Db, url: string): Promise<FuzzServer> {
  // The gateway serves the shell from a folder; the fuzzer needs none, so an empty one, removed on close.
  const statics = mkdtempSync(join(tmpdir(), 'fuzz-static-'));
  const app = await buildServer(
    loadConfig({
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
      STATIC_ROOT: statics,
      // Every sign-in comes from 127.0.0.1: the per-address limit would soon answer all of them alike.
      SIGNIN_ATTEMPTS_PER_ADDRESS: '100000',
    }),
    db,
  );
  app.addHook('onClose', async () => rmSync(statics, { recursive: true, force: true }));
  const headers = async (caller: CallerName): Promise<Headers> => {
    if (caller === 'signed out') return { 'content-type': 'application/json', 'x-csrf-token': 'anonymous' };
    // The fuzzer may have disabled the member or made an admin reset its password: revive the account, so
    // every procedure meets a live session of each role rather than a run of 401s after the first accident.
    // A session opened directly, as tests/support/env.ts does: signing in costs an argon2 hash each time.
    const user = await db.user.update({
      where: { username: caller },
      data: { disabledAt: null, mustChangePassword: false },
    });
    const session = await openSession(db, user.id, 3_600_000);
    return sessionHeaders([`${sessionCookie}=${session.token}`, `${csrfCookie}=${session.csrfToken}`]);
  };
  return { app, db, headers };
}

// ---- Requests -----------------------------------------------------------------------------------------------

/** One fuzz case: an input for the procedure, or a request malformed at the HTTP level. */
export type FuzzCase = FuzzInput & { http?: { method?: 'GET' | 'POST'; query?: string; body?: string; type?: string } };

const malformedJson = ['{not json', '{"a":', '[', 'NaN', '{"a":1,}', "{'a':1}", '\u0000', '', 'null', '"', '{"a":1}{'];
const httpCases: fc.Arbitrary<FuzzCase> = fc.oneof(
  fc.constantFrom(...malformedJson).map((text) => ({
    label: 'malformed JSON',
    input: text,
    http: { body: text, query: `input=${encodeURIComponent(text)}` },
  })),
  fc
    .constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/json; charset=utf-16',
      '',
    )
    .map((type) => ({ label: `content type ${type || '(none)'}`, input: null, http: { type, body: '{"a":1}' } })),
  fc
    .constantFrom(
      'input=%',
      'input=%E0%A4%A',
      'input=%00',
      'input=1&input=2',
      'batch=1&input=[]',
      'batch=1&input={"0":1,"1":{"a":[]}}',
      'batch=x',
    )
    .map((query) => ({ label: `query ${query}`, input: null, http: { query, body: '{}' } })),
  fc
    .constantFrom('GET', 'POST')
    .map((method) => ({ label: `method ${method}`, input: null, http: { method: method as 'GET' | 'POST' } })),
  fc.constant({ label: 'body over the 2 MB limit', input: null, http: { body: `"${'a'.repeat(3 * 1024 * 1024)}"` } }),
);

/** Valid inputs, hostile inputs and malformed requests, for one procedure. */
export function casesFor(path: string): fc.Arbitrary<FuzzCase> {
  const schema = procedures[path]?._def.inputs[0];
  if (!schema) {
    const none = fc.constantFrom<FuzzCase>(
      { label: 'no input', input: undefined },
      { label: 'empty object', input: {} },
    );
    return fc.oneof(
      { weight: 4, arbitrary: none },
      { weight: 5, arbitrary: fc.jsonValue().map((input) => ({ label: 'any JSON', input })) },
      { weight: 1, arbitrary: httpCases },
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: validValue(schema, hints).map((input) => ({ label: 'valid', input })) },
    { weight: 5, arbitrary: invalidInput(schema, hints) },
    { weight: 1, arbitrary: httpCases },
  );
}

/** The request a browser would send: queries as GET with `?input=`, mutations as POST with the CSRF header. */
export function requestFor(path: string, c: FuzzCase, headers: Headers): InjectOptions {
  const type = procedures[path]?._def.type;
  const method = c.http?.method ?? (type === 'query' ? 'GET' : 'POST');
  const text = c.input === undefined ? undefined : jsonText(c.input);
  const query = c.http?.query ?? (text === undefined ? undefined : `input=${encodeURIComponent(text)}`);
  const withType = c.http?.type === undefined ? headers : { ...headers, 'content-type': c.http.type };
  if (method === 'GET')
    return { method, url: `/trpc/${path}${query && type === 'query' ? `?${query}` : ''}`, headers: withType };
  const url = `/trpc/${path}${c.http?.query ? `?${c.http.query}` : ''}`;
  const payload = c.http?.body ?? text;
  return { method, url, headers: withType, ...(payload === undefined ? {} : { payload }) };
}

// ---- Properties ---------------------------------------------------------------------------------------------

/**
 * What must never reach a client: a stack frame, a server path, SQL, a database or Prisma error's name. An
 * error answer is checked for all of them; a result only for the first and the last, since its strings come
 * from stored rows, which the fuzzer itself fills with random text (a title "SELECT a FROM b" is data).
 */
const leaks: [string, RegExp, 'errors' | 'all'][] = [
  ['stack trace', /\bat (?:async )?[\w$.<>[\]]+ \((?:file:|node:|\/)|\bat (?:file:|node:|\/)\S+:\d+:\d+/, 'all'],
  ['file path', /(?:\/work\/|\/home\/|\/tmp\/|node_modules|file:\/\/|\b[\w-]+\.(?:ts|mjs|cjs|js):\d+)/, 'errors'],
  [
    'SQL',
    /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]*\b(?:FROM|VALUES|SET|WHERE)\b|"public"\."|`main`\.|\bRETURNING\b/,
    'errors',
  ],
  [
    'database error',
    /SQLITE_[A-Z]+|no such (?:table|column)|syntax error at or near|violates \w+ constraint|duplicate key value|relation "\w+"/i,
    'errors',
  ],
  [
    'Prisma error',
    /Prisma\w*(?:Error|Exception)|\bP[1-6]\d{3}\b|Invalid `[^`]*` invocation|prisma\.\w+\.\w+\(/,
    'errors',
  ],
  ['Prisma error', /Prisma\w*(?:Error|Exception)/, 'all'],
];

/** Every string in a parsed body, keys included. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* stringsIn(v);
    }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Whether one answer (or a batch's item) has tRPC's shape; an error must claim the status it was sent with. */
function shapeProblem(item: unknown, status: number | undefined): string | null {
  if (!isObject(item)) return 'not an object';
  if ('result' in item) return isObject(item.result) ? null : 'result is not an object';
  const error = item.error;
  if (!isObject(error) || !isObject(error.data)) return 'neither result nor error with data';
  if (typeof error.message !== 'string' || typeof error.code !== 'number') return 'error without message or code';
  if (typeof error.data.code !== 'string' || typeof error.data.httpStatus !== 'number')
    return 'error data without code';
  if (status !== undefined && error.data.httpStatus !== status)
    return `httpStatus ${error.data.httpStatus} in a ${status}`;
  if ('stack' in error.data) return 'error data carries a stack';
  return null;
}

/** What is wrong with an answer, or null. Strings the request itself sent are not leaks when echoed. */
export function answerProblem(
  res: { statusCode: number; body: string; headers: Record<string, unknown> },
  sent: string[],
): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json'))
    return `content type ${String(res.headers['content-type'])}`;
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return 'body is not JSON';
  }
  const shape = Array.isArray(body)
    ? (body.map((item) => shapeProblem(item, undefined)).find((p) => p !== null) ?? null)
    : shapeProblem(body, res.statusCode >= 400 ? res.statusCode : undefined);
  if (shape) return `not tRPC's shape: ${shape}`;
  const echoes = sent.filter((s) => s.length >= 3);
  const isError = !Array.isArray(body) && isObject(body) && 'error' in body;
  const items = Array.isArray(body) ? body : [body];
  for (const item of items) {
    const inError = isError || (isObject(item) && 'error' in item);
    for (const text of stringsIn(item)) {
      const own = echoes.reduce((t, s) => t.split(s).join(''), text);
      for (const [name, pattern, where] of leaks)
        if ((inError || where === 'all') && pattern.test(own)) return `${name} in the body: ${own.slice(0, 200)}`;
    }
  }
  return null;
}

/** The strings a case sends (values and keys), which an answer may rightly echo. */
function sentStrings(c: FuzzCase): string[] {
  const out = [...stringsIn(c.input)];
  if (c.http?.body) out.push(c.http.body);
  return out;
}

/** The problems of the server after a run: health, a normal call as the admin, Object.prototype intact. */
export async function healthProblems(server: FuzzServer): Promise<string[]> {
  const problems: string[] = [];
  const health = await server.app.inject('/healthz');
  if (health.statusCode !== 200) problems.push(`/healthz answered ${health.statusCode}`);
  const headers = await server.headers('admin');
  const me = await server.app.inject({ url: '/trpc/identity.auth.me', headers });
  if (me.statusCode !== 200 || me.json().result?.data?.username !== 'admin')
    problems.push(`identity.auth.me answered ${me.statusCode}`);
  const list = await server.app.inject({
    url: `/trpc/content.articles.list?input=${encodeURIComponent('{}')}`,
    headers,
  });
  if (list.statusCode !== 200) problems.push(`content.articles.list answered ${list.statusCode}`);
  for (const name of ['polluted', 'value'])
    if (name in Object.prototype) problems.push(`Object.prototype gained "${name}"`);
  return problems;
}

// ---- Running ------------------------------------------------------------------------------------------------

/** A long string or a deep value, short enough to read in a report. */
export function printable(c: FuzzCase): string {
  const { http, ...rest } = c;
  return JSON.stringify({ ...rest, ...(http ? { http } : {}) }, (_k, v) =>
    typeof v === 'string' && v.length > 120 ? `${JSON.stringify(v.slice(0, 20))}... (${v.length} chars)` : v,
  );
}

export type Failure = { procedure: string; caller: CallerName; problem: string; input: string; seed: number };
export type ProcedureRun = { inputs: number; statuses: Record<string, number>; failure?: Failure };

/** `runs` cases for one procedure and caller; on a failing answer, fast-check shrinks to the smallest input. */
export async function fuzzProcedure(
  server: FuzzServer,
  procedure: string,
  caller: CallerName,
  opts: { runs: number; seed: number },
): Promise<ProcedureRun> {
  const headers = await server.headers(caller);
  const statuses: Record<string, number> = {};
  let inputs = 0;
  let shrinking = false;
  let lastProblem = '';
  const details = await fc.check(
    fc.asyncProperty(casesFor(procedure), async (c) => {
      const res = await server.app.inject(requestFor(procedure, c, headers));
      if (!shrinking) {
        inputs++;
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      }
      const problem = answerProblem(res, sentStrings(c));
      if (problem) {
        shrinking = true;
        lastProblem = problem;
      }
      return problem === null;
    }),
    { numRuns: opts.runs, seed: opts.seed },
  );
  if (!details.failed || !details.counterexample) return { inputs, statuses };
  const [smallest] = details.counterexample;
  // Run the smallest input once more, for the problem it causes (the last one seen may be a larger input's).
  const res = await server.app.inject(requestFor(procedure, smallest, headers));
  const problem = answerProblem(res, sentStrings(smallest)) ?? lastProblem;
  return { inputs, statuses, failure: { procedure, caller, problem, input: printable(smallest), seed: opts.seed } };
}

/** The procedures in the order they are fuzzed: signing out, which ends the callers' sessions, goes last. */
export const fuzzOrder = () =>
  Object.keys(procedures).sort((a, b) => Number(a === 'identity.auth.logout') - Number(b === 'identity.auth.logout'));

export type FuzzReport = {
  database: string;
  runsPerCaller: number;
  seconds: number;
  procedures: number;
  inputsPerProcedure: Record<string, number>;
  statuses: Record<string, number>;
  statusesPerProcedure: Record<string, Record<string, number>>;
  failures: Failure[];
  healthAfter: string[];
};

/** Every procedure, every caller: the figures and the failures of one database. */
export async function fuzzAll(
  server: FuzzServer,
  opts: { database: string; runs: number; seed: number; only?: string; progress?: (line: string) => void },
): Promise<FuzzReport> {
  const started = performance.now();
  const report: FuzzReport = {
    database: opts.database,
    runsPerCaller: opts.runs,
    seconds: 0,
    procedures: 0,
    inputsPerProcedure: {},
    statuses: {},
    statusesPerProcedure: {},
    failures: [],
    healthAfter: [],
  };
  for (const procedure of fuzzOrder().filter((p) => !opts.only || p.startsWith(opts.only))) {
    report.procedures++;
    const perProcedure: Record<string, number> = {};
    for (const caller of callers) {
      const run = await fuzzProcedure(server, procedure, caller, opts);
      report.inputsPerProcedure[procedure] = (report.inputsPerProcedure[procedure] ?? 0) + run.inputs;
      for (const [status, n] of Object.entries(run.statuses)) {
        perProcedure[status] = (perProcedure[status] ?? 0) + n;
        report.statuses[status] = (report.statuses[status] ?? 0) + n;
      }
      if (run.failure) report.failures.push(run.failure);
    }
    report.statusesPerProcedure[procedure] = perProcedure;
    opts.progress?.(`${opts.database} ${procedure} ${JSON.stringify(perProcedure)}`);
  }
  report.healthAfter = await healthProblems(server);
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}
