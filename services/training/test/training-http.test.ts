// The training service is served by the gateway, behind sign-in and its permission.

import { testProviders } from '@strata/db/testing';
import { buildServer, loadConfig } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { signInByInject } from '../../../tests/support/http-session';

describe.each(await testProviders())('training over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  const summary = (unitId: number, headers: Record<string, string>) =>
    app.inject({
      url: `/trpc/training.overview.summary?input=${encodeURIComponent(JSON.stringify({ unitId }))}`,
      headers,
    });

  it('answers a township admin for its township, and refuses one without the permission', async () => {
    const township = env.seed.townships.chengguan!;
    const admin = await signInByInject(app, 'chengguan', 'Strata#2026');
    const res = await summary(township.id, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.unitId).toBe(township.id);
    const editor = await signInByInject(app, 'editor', 'Strata#2026');
    expect((await summary(township.id, editor)).statusCode).toBe(403);
    expect((await summary(township.id, {})).statusCode).toBe(401);
  });
});
