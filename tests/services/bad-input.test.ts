// Bad input never answers 500, on either database: every procedure's input is fuzzed from its own schema
// (out-of-range integers, control characters, unknown keys), and the rules the fuzzer found are pinned.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testProviders } from '@strata/db/testing';
import { appRouter, buildServer, demoPassword, loadConfig } from '@strata/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { signInByInject } from '../support/http-session';
import { testServer } from '../support/test-server';
import { brokenVariants, objectSchemas } from '../support/zod-inputs';

type Procedure = { _def: { type: string; inputs: unknown[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

describe('input schemas', () => {
  it('are strict everywhere: an unknown key is an error, never silently dropped', () => {
    const loose = Object.entries(procedures).flatMap(([path, p]) =>
      p._def.inputs.flatMap((schema) => objectSchemas(schema, path).filter((o) => !o.strict)),
    );
    expect(loose.map((o) => o.path)).toEqual([]);
  });
});

describe.each(await testProviders())('bad input on %s', (provider) => {
  let env: TestEnv;
  let app: FastifyInstance;
  let headers: Record<string, string> = {};
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 1 });
    app = await testServer(env, { SIGNIN_ATTEMPTS_PER_ADDRESS: '100000' });
    headers = await signInByInject(app, 'admin', demoPassword);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  const call = (path: string, input: unknown) =>
    procedures[path]?._def.type === 'query'
      ? app.inject({ url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers })
      : app.inject({ method: 'POST', url: `/trpc/${path}`, payload: input as object, headers });

  it('answers every procedure’s broken inputs with a 400, never a 500', async () => {
    const wrong: string[] = [];
    for (const [path, procedure] of Object.entries(procedures)) {
      if (path === 'identity.auth.logout') continue;
      for (const schema of procedure._def.inputs)
        for (const { label, input } of brokenVariants(schema)) {
          const res = await call(path, input);
          if (res.statusCode !== 400) wrong.push(`${path} ${label}: ${res.statusCode}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it('names the field that holds a control character, sign-in included, and counts no attempt', async () => {
    const res = await call('identity.auth.login', { username: 'admin\u0000', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.data.fieldErrors)).toEqual(['username']);
    const counters = await env.db.attemptCounter.findMany({ select: { key: true } });
    expect(counters.filter((c) => c.key.includes('\u0000'))).toEqual([]);
  });

  it('refuses role names that are only keys of every object (constructor, __proto__)', async () => {
    for (const role of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const admin = await env.as('admin');
      await expect(
        admin.identity.grants.add({ userId: env.seed.users.member!, role, unitId: env.seed.municipality.id }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
  });

  it('never takes % or _ in a search as a wildcard', async () => {
    const admin = await env.as('admin');
    const columnId = (await env.db.column.findFirstOrThrow({ where: { unitId: env.seed.municipality.id } })).id;
    const base = { columnId, summary: '', body: '正文', status: 'draft' as const };
    await admin.content.articles.create({ ...base, title: '完成率 100% 的支部' });
    await admin.content.articles.create({ ...base, title: 'snake_case 的标题' });
    const list = { page: 1, pageSize: 100, sort: 'updatedAt', order: 'desc' } as const;
    const titles = async (search: string) =>
      (await admin.content.articles.list({ ...list, search })).items.map((a) => a.title);
    // Articles are found by their words (full-text search): punctuation alone looks for nothing and finds nothing.
    expect(await titles('%')).toEqual([]);
    expect(await titles('_')).toEqual([]);
    expect(await titles('完成率 100%')).toEqual(['完成率 100% 的支部']);
    expect(await titles('snake_case')).toEqual(['snake_case 的标题']);
    // Users are found by a part of their name, % and _ included, as the characters they are.
    const users = await admin.identity.users.list({ page: 1, pageSize: 100, search: '_' });
    expect(users.total).toBe(0);
  });

  it('refuses new users, columns and articles in an archived unit, with a clear message', async () => {
    const admin = await env.as('admin', { locale: 'en-US' });
    const branch = env.seed.townships.qinghe!.branches[7]!;
    const columnId = (await env.db.column.findFirstOrThrow({ where: { unitId: branch.id } })).id;
    await admin.identity.units.archive({ id: branch.id });
    const archived = { code: 'BAD_REQUEST', message: expect.stringMatching(/archived/) };
    await expect(
      admin.identity.users.create({ username: 'late', displayName: 'x', unitId: branch.id, password: 'Late#2026pass' }),
    ).rejects.toMatchObject(archived);
    await expect(admin.content.columns.create({ unitId: branch.id, name: '新栏目' })).rejects.toMatchObject(archived);
    await expect(
      admin.content.articles.create({ columnId, title: '归档后', summary: '', body: '正文', status: 'draft' }),
    ).rejects.toMatchObject(archived);
    await expect(
      admin.identity.grants.add({ userId: env.seed.users.member!, role: 'member', unitId: branch.id }),
    ).rejects.toMatchObject(archived);
  });

  it('treats usernames without regard to case', async () => {
    const admin = await env.as('admin');
    await expect(
      admin.identity.users.create({
        username: 'ADMIN',
        displayName: 'x',
        unitId: env.seed.municipality.id,
        password: 'Other#2026pass',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const created = await admin.identity.users.create({
      username: 'New.User',
      displayName: 'x',
      unitId: env.seed.municipality.id,
      password: 'Other#2026pass',
    });
    expect(created.username).toBe('new.user');
    const me = await (await env.anonymous()).identity.auth.login({ username: 'Admin', password: 'Strata#2026' });
    expect(me.username).toBe('admin');
  });
});

describe('HSTS', () => {
  it('is sent only when served over HTTPS (SECURE_COOKIES)', async () => {
    const env = await createTestEnv('sqlite', { articlesPerUnit: 0 });
    const statics = mkdtempSync(join(tmpdir(), 'strata-static-'));
    for (const [secure, expected] of [
      ['false', undefined],
      ['true', expect.stringContaining('max-age=')],
    ] as const) {
      const app = await buildServer(
        loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent', STATIC_ROOT: statics, SECURE_COOKIES: secure }),
        env.db,
      );
      expect((await app.inject('/healthz')).headers['strict-transport-security']).toEqual(expected);
      await app.close();
    }
    await env.drop();
  });
});
