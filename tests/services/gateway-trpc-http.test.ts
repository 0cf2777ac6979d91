// tRPC over HTTP as the gateway serves it (services/gateway/src/trpc-http.ts): single calls and batches by GET and
// POST, tRPC's statuses (207 for a mixed batch, 405, 413, 415, 400 for malformed input) and its error shape.
import { testProviders } from '@strata/db/testing';
import { demoPassword, maxBatchSize } from '@strata/gateway';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { type SessionHeaders, signInByInject } from '../support/http-session';
import { testServer } from '../support/test-server';

type ErrorShape = { message: string; code: number; data: { code: string; httpStatus: number; path?: string } };
type Answer = { result?: { data: unknown }; error?: ErrorShape };

// The first provider is enough: this is the HTTP layer, the same on either database.
const [provider] = await testProviders();

describe(`tRPC over HTTP on ${provider}`, () => {
  let env: TestEnv;
  let app: FastifyInstance;
  let session: SessionHeaders;

  const call = async (opts: InjectOptions) => {
    const res = await app.inject(opts);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    // Helmet's headers, on every answer.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    return { status: res.statusCode, body: res.json() as Answer | Answer[] };
  };
  const query = (path: string, input: unknown, extra = '') =>
    call({
      method: 'GET',
      url: `/trpc/${path}?${extra}input=${encodeURIComponent(JSON.stringify(input))}`,
      headers: { cookie: session.cookie },
    });
  const codes = (body: Answer | Answer[]) =>
    ([] as Answer[]).concat(body).map((a) => (a.error ? `${a.error.data.httpStatus} ${a.error.data.code}` : 'ok'));

  beforeAll(async () => {
    env = await createTestEnv(provider!);
    app = await testServer(env);
    session = await signInByInject(app, 'admin', demoPassword);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  it('answers a single query with its result', async () => {
    const { status, body } = await query('content.articles.list', { page: 1, pageSize: 2 });
    expect(status).toBe(200);
    expect((body as Answer).result?.data).toMatchObject({ items: expect.any(Array) });
    expect((body as Answer).result?.data).toHaveProperty('items.length', 2);
  });

  it('answers a GET batch with one answer per call, in order, each as the call made alone answers it', async () => {
    const inputs = { 0: { page: 1, pageSize: 1 }, 1: { page: 2, pageSize: 1 } };
    const { status, body } = await query('content.articles.list,content.articles.list', inputs, 'batch=1&');
    expect(status).toBe(200);
    const alone = await Promise.all([
      query('content.articles.list', inputs[0]),
      query('content.articles.list', inputs[1]),
    ]);
    expect(body).toEqual(alone.map((a) => a.body));
    expect((body as Answer[])[0]).not.toEqual((body as Answer[])[1]);
  });

  it('answers a mixed batch with 207, each call with its own status in the shape', async () => {
    const { status, body } = await query(
      'identity.auth.me,identity.nothing.here,content.articles.list',
      {
        1: {},
        2: { page: 0 },
      },
      'batch=1&',
    );
    expect(status).toBe(207);
    expect(codes(body)).toEqual(['ok', '404 NOT_FOUND', '400 BAD_REQUEST']);
    expect((body as Answer[])[1]?.error?.data.path).toBe('identity.nothing.here');
  });

  it('gives a batch whose calls all fail alike their common status', async () => {
    const { status, body } = await query('a.b,c.d', {}, 'batch=1&');
    expect(status).toBe(404);
    expect(codes(body)).toEqual(['404 NOT_FOUND', '404 NOT_FOUND']);
  });

  it('runs a POST batch of mutations with the CSRF header, and refuses it without', async () => {
    const payload = { 0: { locale: 'en-US' }, 1: { locale: 'zh-CN' } };
    const url = '/trpc/identity.auth.setLocale,identity.auth.setLocale?batch=1';
    const ok = await call({ method: 'POST', url, payload, headers: session });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual([{ result: { data: { ok: true } } }, { result: { data: { ok: true } } }]);
    const refused = await call({ method: 'POST', url, payload, headers: { ...session, 'x-csrf-token': 'wrong' } });
    expect(codes(refused.body)).toEqual(['403 FORBIDDEN', '403 FORBIDDEN']);
  });

  it('refuses a batch mixing queries and mutations whole, with one error', async () => {
    const { status, body } = await call({
      method: 'POST',
      url: '/trpc/identity.auth.me,identity.auth.setLocale?batch=1',
      payload: { 1: { locale: 'en-US' } },
      headers: session,
    });
    expect(status).toBe(400);
    expect(Array.isArray(body)).toBe(false);
    expect((body as Answer).error?.message).toMatch(/mix/);
  });

  it(`refuses a GET batch over ${maxBatchSize} calls whole`, async () => {
    const paths = Array.from({ length: maxBatchSize + 1 }, () => 'identity.auth.me').join(',');
    const { status, body } = await query(paths, {}, 'batch=1&');
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['400 BAD_REQUEST']);
  });

  it.each([
    ['a query by POST', 'POST', 'identity.auth.me'],
    ['a mutation by GET', 'GET', 'identity.auth.setLocale'],
    ['a query by PUT', 'PUT', 'identity.auth.me'],
    ['a mutation by DELETE', 'DELETE', 'identity.auth.logout'],
  ] as const)('answers %s with 405', async (_label, method, path) => {
    const body = method === 'GET' ? {} : { payload: {} };
    const res = await call({ method, url: `/trpc/${path}`, headers: session, ...body });
    expect(res.status).toBe(405);
    expect(codes(res.body)).toEqual(['405 METHOD_NOT_SUPPORTED']);
  });

  it('answers HEAD with an empty 204', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/trpc/identity.auth.me' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'multipart/form-data; boundary=x'],
    ['no type', undefined],
  ])('answers a POST body of %s with 415', async (_label, type) => {
    const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session['x-csrf-token'] };
    if (type) headers['content-type'] = type;
    const res = await call({ method: 'POST', url: '/trpc/identity.auth.setLocale', headers, payload: '{"a":1}' });
    expect(res.status).toBe(415);
    expect(codes(res.body)).toEqual(['415 UNSUPPORTED_MEDIA_TYPE']);
  });

  it('answers a body over the limit with 413', async () => {
    const payload = `{"locale":"${'a'.repeat(3 * 1024 * 1024)}"}`;
    const res = await call({ method: 'POST', url: '/trpc/identity.auth.setLocale', headers: session, payload });
    expect(res.status).toBe(413);
    expect(codes(res.body)).toEqual(['413 PAYLOAD_TOO_LARGE']);
  });

  it.each([
    ['malformed JSON in a query string', { method: 'GET', url: '/trpc/content.articles.list?input=%7Bnot' }],
    ['a malformed JSON body', { method: 'POST', url: '/trpc/identity.auth.setLocale', payload: '{"locale":' }],
    ['an empty JSON body', { method: 'POST', url: '/trpc/identity.auth.setLocale', payload: '' }],
    ['batch input that is not an object', { method: 'GET', url: '/trpc/content.articles.list?batch=1&input=[]' }],
  ] as const)('answers %s with 400 in the shape, naming no parser', async (_label, req) => {
    const res = await call({ ...req, headers: session });
    expect(res.status).toBe(400);
    const [answer] = ([] as Answer[]).concat(res.body);
    expect(answer?.error?.data.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(res.body)).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d/);
  });

  it('decodes a percent-encoded path', async () => {
    const encoded = await call({ method: 'GET', url: '/trpc/identity.auth%2Eme', headers: session });
    expect(encoded.status).toBe(200);
  });

  it('does not find what is not a procedure of the router (inherited names included)', async () => {
    for (const path of ['constructor', '__proto__', 'toString', 'identity', 'identity.auth']) {
      const res = await call({ method: 'GET', url: `/trpc/${path}`, headers: session });
      expect(codes(res.body)).toEqual(['404 NOT_FOUND']);
    }
  });
});
