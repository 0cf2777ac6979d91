// The volunteers service is served by the gateway, behind sign-in and its permission.

import { testProviders } from '@strata/db/testing';
import { buildServer, loadConfig } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { signInByInject } from '../../../tests/support/http-session';
import { addVolunteer } from './support/volunteers';

describe.each(await testProviders())('volunteers over HTTP on %s', (provider) => {
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

  const tableOf = (unitId: number, headers: Record<string, string>) =>
    app.inject({
      url: `/trpc/volunteers.people.list?input=${encodeURIComponent(JSON.stringify({ unitId, sort: 'name', order: 'asc', page: 1, pageSize: 20 }))}`,
      headers,
    });

  it('answers a township admin for its township, and refuses one without the permission', async () => {
    const township = env.seed.townships.chengguan!;
    const volunteer = await addVolunteer(env, township.id);
    const admin = await signInByInject(app, 'chengguan', 'Strata#2026');
    const res = await tableOf(township.id, admin);
    expect(res.statusCode).toBe(200);
    const body = JSON.stringify(res.json());
    expect(body).toContain(volunteer.name);
    // Masked in every list: the ID number never travels in the clear.
    expect(body).not.toContain(volunteer.clear.idNumber);
    const editor = await signInByInject(app, 'editor', 'Strata#2026');
    expect((await tableOf(township.id, editor)).statusCode).toBe(403);
    expect((await tableOf(township.id, {})).statusCode).toBe(401);
  });
});
