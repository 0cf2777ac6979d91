// The training service is served by the gateway, behind sign-in and its permission: a township admin lists its
// township's courses, an editor (no training permission) is refused, and a request without a session is refused.
import { testProviders } from '@strata/db/testing';
import { buildServer, loadConfig } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { signInByInject } from '../../../tests/support/http-session';
import { addCourse } from './support/training';

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

  const list = (unitId: number, headers: Record<string, string>) =>
    app.inject({
      url: `/trpc/training.courses.list?input=${encodeURIComponent(JSON.stringify({ unitId }))}`,
      headers,
    });

  it('answers a township admin for its township, and refuses one without the permission', async () => {
    const township = env.seed.townships.chengguan!;
    const { course } = await addCourse(env, township.id, { title: '网站运营入门' });
    const admin = await signInByInject(app, 'chengguan', 'Strata#2026');
    const res = await list(township.id, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.items.map((c: { id: number }) => c.id)).toContain(course.id);
    const editor = await signInByInject(app, 'editor', 'Strata#2026');
    expect((await list(township.id, editor)).statusCode).toBe(403);
    expect((await list(township.id, {})).statusCode).toBe(401);
  });
});
