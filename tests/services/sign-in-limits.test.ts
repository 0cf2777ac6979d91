// Sign-in limits that hold under concurrency and reveal nothing: attempts are counted atomically before the
// password is checked, per username (existing or not) and per address; a locked, a wrong and an unknown
// account get the same answers.

import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

const codes = (results: PromiseSettledResult<unknown>[]) =>
  results.map((r) => (r.status === 'fulfilled' ? 'OK' : (r.reason as { code: string }).code));

describe.each(await testProviders())('sign-in limits on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const attempt = async (username: string, password: string, ip = 'local', locale = 'zh-CN') =>
    (await env.anonymous({ ip, locale })).identity.auth.login({ username, password });

  it('locks an account after 20 concurrent wrong passwords, and the right one is then refused', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => attempt('editor', `wrong-${i}`, `10.1.0.${i}`)),
    );
    expect(codes(results).filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(15);
    expect(codes(results).filter((c) => c === 'UNAUTHORIZED').length).toBeLessThanOrEqual(4);
    await expect(attempt('editor', 'Strata#2026', '10.1.1.1')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('lets at most the configured number of attempts from one address through, even all at once', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => attempt(`nobody-${i}`, 'wrong-password', '10.2.0.1')),
    );
    const unauthorised = codes(results).filter((c) => c === 'UNAUTHORIZED').length;
    expect(unauthorised).toBe(30);
    expect(codes(results).filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(30);
    // Another address is not affected, and a right password from it signs in.
    await expect(attempt('reviewer', 'Strata#2026', '10.2.0.2')).resolves.toMatchObject({ username: 'reviewer' });
  });

  it('answers an unknown username exactly like an existing one, lockout included', async () => {
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++)
        out.push(
          await attempt(username, 'wrong-password', `10.3.${username.length}.${i}`, 'en-US').then(
            () => 'OK',
            (e: { code: string; message: string }) => `${e.code}: ${e.message}`,
          ),
        );
      return out;
    };
    const existing = await answers('secretary');
    const unknown = await answers('no-such-user');
    expect(unknown).toEqual(existing);
    expect(existing.at(-1)).toMatch(/^TOO_MANY_REQUESTS: .*locked/);
  });

  it('spends as long on a locked account as on a wrong password (no early answer)', async () => {
    for (let i = 0; i < 5; i++) await attempt('dues', 'wrong-password', '10.4.0.1').catch(() => undefined);
    const time = async (username: string) => {
      const started = performance.now();
      await attempt(username, 'wrong-password', '10.4.0.2').catch(() => undefined);
      return performance.now() - started;
    };
    const locked: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) {
      locked.push(await time('dues'));
      wrong.push(await time(`fresh-${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    // A locked answer used to come back without hashing (3 ms against 20 ms): it must take the same work.
    expect(median(locked)).toBeGreaterThan(median(wrong) * 0.5);
  });

  it('a successful sign-in clears the account’s failures', async () => {
    for (let i = 0; i < 3; i++) await attempt('trainer', 'wrong-password', '10.5.0.1').catch(() => undefined);
    await attempt('trainer', 'Strata#2026', '10.5.0.1');
    for (let i = 0; i < 4; i++)
      await expect(attempt('trainer', 'wrong-password', '10.5.0.1')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
