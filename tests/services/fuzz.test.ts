// Fuzzing as a test: every procedure of the merged router, called through the gateway's HTTP layer with inputs
// generated from its own zod schema (valid ones and hostile ones) and with malformed requests, as a signed-out
// visitor, the municipal admin and a member, on each database. No answer is a 5xx, every answer is JSON in
// tRPC's shape with no stack, path, SQL or Prisma name in it, and the server is healthy afterwards.
// The short run lives here; `npm run fuzz -- --runs N` is the long one (scripts/fuzz/), same harness.
import { roleCatalog } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  answerProblem,
  callers,
  dayBetween,
  type FuzzCase,
  type FuzzServer,
  fuzzOrder,
  fuzzProcedure,
  healthProblems,
  procedures,
  refinedFieldHints,
  requestFor,
  startFuzzServer,
} from '../../scripts/fuzz/harness';
import { createTestEnv, type TestEnv } from '../support/env';
import { Deep, validValue } from '../support/zod-inputs';

/**
 * Inputs per procedure and caller: 10 x 3 callers x 308 procedures x 2 databases is about 18,500 requests. At 20 the
 * file took 98 s of a clean-clone run's 617 s of Vitest on two cores (2026-12-06), the heaviest file; a short run
 * catches a procedure that fails on what any input of its shape brings, and `npm run fuzz -- --runs N` goes deep
 * (1,000 and more per procedure, both databases).
 */
const runs = 10;
/** Fixed, so a red run is reproduced by running it again. */
const seed = 7;

/** Days that exist, as the working-day calendar's fields take them. */
const calendarDays = dayBetween('2000-01-01', '2100-12-31');

describe('the generator', () => {
  // Role names and calendar days are refinements no generator guesses: given real ones, every valid value must pass.
  const hints = {
    role: fc.constantFrom(...roleCatalog().roles()),
    date: calendarDays,
    from: dayBetween('2020-01-01', '2022-12-31'),
    to: dayBetween('2023-01-01', '2024-12-31'),
    ...refinedFieldHints({ anything: false }),
  };

  it.each(fuzzOrder())('makes values %s’s schema accepts', (procedure) => {
    const schema = procedures[procedure]?._def.inputs[0];
    const refused = fc
      .sample(schema ? validValue(schema, hints) : fc.constant(undefined), { numRuns: 200, seed })
      .filter((value) => schema && !(schema as z.ZodType).safeParse(value).success);
    expect(refused.slice(0, 3)).toEqual([]);
  });
});

describe('the checks on an answer', () => {
  const json = { 'content-type': 'application/json' };
  const error = (message: string, status = 400) =>
    JSON.stringify({ error: { message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: status } } });

  it.each([
    ['a 5xx', { statusCode: 500, body: error('x', 500), headers: json }, /status 500/],
    ['text/plain', { statusCode: 400, body: error('x'), headers: { 'content-type': 'text/plain' } }, /content type/],
    ['not JSON', { statusCode: 400, body: 'oops', headers: json }, /not JSON/],
    ['Fastify’s shape', { statusCode: 413, body: '{"statusCode":413,"code":"FST_ERR"}', headers: json }, /shape/],
    ['a wrong httpStatus', { statusCode: 404, body: error('x'), headers: json }, /httpStatus 400 in a 404/],
    ['a stack trace', { statusCode: 400, body: error('at run (/work/x/src/a.ts:3:9)'), headers: json }, /stack/],
    ['SQL', { statusCode: 400, body: error('SELECT "id" FROM "User" WHERE 1'), headers: json }, /SQL/],
    [
      'a Prisma error',
      { statusCode: 400, body: error('PrismaClientKnownRequestError: P2002'), headers: json },
      /Prisma/,
    ],
    ['a database error', { statusCode: 400, body: error('SQLITE_CONSTRAINT: UNIQUE'), headers: json }, /database/],
  ])('catch %s', (_label, res, problem) => {
    expect(answerProblem(res, [])).toMatch(problem);
  });

  it('let through an answer that echoes what the request sent', () => {
    const title = 'SELECT a FROM b';
    const res = { statusCode: 400, body: error(`duplicate: ${title}`), headers: json };
    expect(answerProblem(res, [title])).toBeNull();
  });
});

describe.each(await testProviders())('fuzzing every procedure on %s', (provider) => {
  let env: TestEnv;
  let server: FuzzServer;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 1 });
    server = await startFuzzServer(env.db, env.url);
  });
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  // What the fuzzer found, pinned at the smallest input it shrank to (each fixed in its own commit).
  describe('findings', () => {
    const ask = async (procedure: string, c: FuzzCase) =>
      server.app.inject(requestFor(procedure, c, await server.headers('admin')));
    const deep = new Deep(10_000, 'array');

    it('10,000 nested arrays as a query’s or a mutation’s input are a 400, not a stack overflow (500)', async () => {
      for (const procedure of ['identity.auth.me', 'identity.units.get', 'identity.units.rename']) {
        const res = await ask(procedure, { label: 'deep nesting at root', input: deep });
        expect(answerProblem(res, [])).toBeNull();
        expect(res.statusCode).toBe(400);
      }
    });

    it.each([
      ['text/plain', 415],
      ['', 415],
      ['application/xml', 415],
      ['application/x-www-form-urlencoded', 415],
    ])('a body of content type "%s" is a %i in tRPC’s shape, labelled JSON', async (type, status) => {
      const res = await ask('identity.auth.login', {
        label: 'content type',
        input: null,
        http: { type, body: '{"a":1}' },
      });
      expect(answerProblem(res, [])).toBeNull();
      expect(res.statusCode).toBe(status);
    });

    it('a malformed multipart body is a 415 (no procedure takes form data), not a 500', async () => {
      const http = { type: 'multipart/form-data; boundary=x', body: '{"a":1}' };
      for (const procedure of ['identity.auth.login', 'identity.auth.setLocale']) {
        const res = await ask(procedure, { label: 'content type multipart', input: null, http });
        expect(answerProblem(res, [])).toBeNull();
        expect(res.statusCode).toBe(415);
      }
    });

    it('a body over the 2 MB limit is a 413 in tRPC’s shape', async () => {
      const body = `"${'a'.repeat(3 * 1024 * 1024)}"`;
      const res = await ask('identity.auth.login', { label: 'body over the limit', input: null, http: { body } });
      expect(answerProblem(res, [])).toBeNull();
      expect(res.statusCode).toBe(413);
    });
  });

  it.each(fuzzOrder())('%s answers every input without a 5xx or a leak', async (procedure) => {
    const failures = [];
    const inputs: Record<string, number> = {};
    for (const caller of callers) {
      const run = await fuzzProcedure(server, procedure, caller, { runs, seed });
      inputs[caller] = run.inputs;
      if (run.failure) failures.push(run.failure);
    }
    expect(failures).toEqual([]);
    expect(inputs).toEqual(Object.fromEntries(callers.map((c) => [c, runs])));
  });

  it('is healthy afterwards: health, a normal call, no polluted prototype', async () => {
    expect(await healthProblems(server)).toEqual([]);
  });
});
