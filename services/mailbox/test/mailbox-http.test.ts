// The mailbox service is served by the gateway, behind sign-in and its permissions.

import { testProviders } from '@strata/db/testing';
import type { buildServer } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { signInByInject } from '../../../tests/support/http-session';
import { testServer } from '../../../tests/support/test-server';
import { addLetter } from './support/letters';

describe.each(await testProviders())('mailbox over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    app = await testServer(env);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  const list = (unitId: number, headers: Record<string, string>) =>
    app.inject({
      url: `/trpc/mailbox.letters.list?input=${encodeURIComponent(JSON.stringify({ unitId }))}`,
      headers,
    });

  it("answers a township admin with its township's letters, and refuses one without the permission", async () => {
    const township = env.seed.townships.chengguan!;
    const letter = await addLetter(env, township.id);
    const admin = await signInByInject(app, 'chengguan', 'Strata#2026');
    const res = await list(township.id, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.items.map((i: { id: number }) => i.id)).toContain(letter.id);
    const editor = await signInByInject(app, 'editor', 'Strata#2026');
    expect((await list(township.id, editor)).statusCode).toBe(403);
    expect((await list(township.id, {})).statusCode).toBe(401);
  });
});
