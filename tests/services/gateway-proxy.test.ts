// Behind a proxy the gateway trusts only the hops it is told about: a client cannot pick its own address
// (proxies are named by address: a hop count cannot check who is talking, and Fastify 5 ignores it)
// with X-Forwarded-For and so escape the per-address sign-in limit.
import { loadConfig } from '@strata/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { testServer } from '../support/test-server';

describe('TRUST_PROXY', () => {
  let env: TestEnv;
  let app: FastifyInstance;
  beforeAll(async () => {
    env = await createTestEnv('sqlite', { articlesPerUnit: 0 });
    app = await testServer(env, { TRUST_PROXY: '127.0.0.1', SIGNIN_ATTEMPTS_PER_ADDRESS: '3' });
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  let n = 0;
  const login = (forwardedFor: string) =>
    app.inject({
      method: 'POST',
      url: '/trpc/identity.auth.login',
      payload: { username: `nobody-${n++}`, password: 'wrong-password' },
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'x', 'x-forwarded-for': forwardedFor },
    });

  it('takes the address the trusted proxy saw, whatever the client wrote before it', async () => {
    const codes: number[] = [];
    for (let i = 1; i <= 4; i++) codes.push((await login(`198.51.100.${i}, 203.0.113.9`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy is its own address.
    expect((await login('203.0.113.10')).statusCode).toBe(401);
  });

  it('keeps the address the trusted proxy saw and the user agent with the audit entry', async () => {
    const { username } = await env.db.user.findUniqueOrThrow({ where: { id: env.seed.users.member! } });
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/identity.auth.login',
      payload: { username, password: 'wrong-password' },
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': 'x',
        'x-forwarded-for': '198.51.100.77, 203.0.113.44',
        'user-agent': 'StrataTest/1.0 (audit origin)',
      },
    });
    expect(response.statusCode).toBe(401);
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'auth.loginFailed', actorId: env.seed.users.member! },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ clientAddress: '203.0.113.44', userAgent: 'StrataTest/1.0 (audit origin)' });
  });

  it('refuses "true" (every hop) and a bare hop count, and takes the proxies’ addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '2' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['10.0.0.1', '10.0.0.0/8']);
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
  });
});
