// The HTTP path as a browser meets it: cookies, CSRF, error shapes, health and manifest.
import { testProviders } from '@strata/db/testing';
import { appRouter } from '@strata/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { testServer } from '../support/test-server';

type Body = {
  error?: {
    message: string;
    data: { code: string; httpStatus: number; fieldErrors?: Record<string, string[]>; stack?: string };
  };
};

describe.each(await testProviders())('gateway over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: FastifyInstance;
  let cookie = '';
  let csrf = '';
  const post = (path: string, payload: unknown, locale = 'zh-CN') =>
    app.inject({
      method: 'POST',
      url: `/trpc/${path}`,
      payload: payload as object,
      headers: {
        cookie,
        'x-csrf-token': csrf || 'anonymous',
        'x-strata-locale': locale,
        'content-type': 'application/json',
      },
    });
  const get = (path: string, input: unknown) =>
    app.inject({
      method: 'GET',
      url: `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
      headers: { cookie },
    });

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 3 });
    app = await testServer(env);
    const login = await post('identity.auth.login', { username: 'admin', password: 'Strata#2026' });
    expect(login.statusCode).toBe(200);
    const setCookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    const session = setCookies.find((c) => c.startsWith('strata_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    csrf = /strata_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  it('records the connecting address with an audit entry, not what X-Forwarded-For claims (no proxy is trusted)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/identity.auth.login',
      payload: { username: 'member', password: 'wrong-password' },
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': 'x',
        'x-forwarded-for': '198.51.100.99',
        'user-agent': 'StrataTest/2.0',
      },
    });
    expect(response.statusCode).toBe(401);
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'auth.loginFailed', actorId: env.seed.users.member! },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ clientAddress: '127.0.0.1', userAgent: 'StrataTest/2.0' });
  });

  it('marks API answers as not to be stored', async () => {
    expect((await get('identity.auth.me', undefined)).headers['cache-control']).toBe('no-store');
  });

  it('answers health and the remote manifest', async () => {
    expect((await app.inject('/healthz')).json()).toMatchObject({ ok: true });
    const manifest = (await app.inject('/manifest.json')).json() as { remotes: { name: string; entry: string }[] };
    expect(manifest.remotes.map((r) => r.name)).toEqual([
      'content',
      'mailbox',
      'members',
      'dues',
      'volunteers',
      'training',
    ]);
  });

  it.each([
    ['identity.units.create', { parentId: 'one', kind: 'city', name: '' }, ['kind', 'name', 'parentId']],
    [
      'identity.users.create',
      { username: 'a', displayName: '', unitId: 0, password: 'abc' },
      ['displayName', 'password', 'unitId', 'username'],
    ],
    ['content.articles.create', { columnId: 1, title: 'x'.repeat(101), body: '' }, ['body', 'title']],
    ['content.articles.update', { id: -1, status: 'gone' }, ['id', 'status']],
  ])('malformed input to %s is a 400 that names the fields', async (path, payload, fields) => {
    const res = await post(path, payload, 'en-US');
    expect(res.statusCode).toBe(400);
    const body = res.json() as Body;
    expect(Object.keys(body.error?.data.fieldErrors ?? {}).sort()).toEqual(fields);
    expect(body.error?.message).toBe('Some input is invalid: check the marked fields');
    expect(body.error?.data.stack).toBeUndefined();
  });

  it('every procedure answers malformed input with a 4xx, never a 500', async () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const statuses: Record<string, number> = {};
    for (const [path, procedure] of Object.entries(procedures)) {
      if (path === 'identity.auth.logout') continue; // would end the session the other cases use
      for (const garbage of ['garbage', { id: 'x', page: -1, unitId: [], title: 5 }]) {
        const res = procedure._def.type === 'query' ? await get(path, garbage) : await post(path, garbage);
        statuses[`${path} ${JSON.stringify(garbage)}`] = res.statusCode;
      }
    }
    const bad = Object.entries(statuses).filter(([, status]) => status < 400 || status >= 500);
    expect(bad).toEqual([]);
  });

  it('a query with malformed input is a 400 too, in Chinese by default', async () => {
    const res = await get('content.articles.list', { page: 0, pageSize: 1000, sort: 'nope' });
    expect(res.statusCode).toBe(400);
    const body = res.json() as Body;
    expect(Object.keys(body.error?.data.fieldErrors ?? {}).sort()).toEqual(['page', 'pageSize', 'sort']);
    expect(body.error?.message).toBe('输入有误，请检查标注的字段');
  });

  it('a non-JSON body is a 4xx, not a 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/content.articles.create',
      payload: '{not json',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('a mutation without the session CSRF token is refused', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/identity.auth.setLocale',
      payload: { locale: 'en-US' },
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('signing out ends the session', async () => {
    // As the browser's batch link sends it: a batch of one with no input.
    const out = await app.inject({
      method: 'POST',
      url: '/trpc/identity.auth.logout?batch=1',
      payload: {},
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    });
    expect(out.statusCode).toBe(200);
    const me = (await get('identity.auth.me', undefined)).json() as { result: { data: unknown } };
    expect(me.result.data).toBeNull();
  });
});
