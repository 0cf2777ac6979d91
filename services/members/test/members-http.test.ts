// The members registry over HTTP, as the console calls it: behind sign-in (401) and its permissions (403), the
// answers a browser reads, and the server's log, captured at debug while members are registered, looked up, revealed,
// refused and read under a lost key, holds none of their ID numbers, phones or addresses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testProviders } from '@strata/db/testing';
import { buildServer, demoPassword, loadConfig } from '@strata/gateway';
import { installKeyRing, parseKeyRing } from '@strata/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';
import { signInByInject } from '../../../tests/support/http-session';
import { testKeyRing } from '../../../tests/support/test-keys';
import { newIdNumber, newMemberInput } from './support/members';

describe.each(await testProviders())('members over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: Awaited<ReturnType<typeof buildServer>>;
  // pino writes to process.stdout through its own write when the stream's write is not the stream's own (pino's
  // "tampered" check): replaced before the server builds its logger, every line it logs lands here.
  let logs = '';
  const ownWrite = process.stdout.write;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logs += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof process.stdout.write;
    app = await buildServer(
      loadConfig({
        DATABASE_URL: env.url,
        LOG_LEVEL: 'debug',
        STATIC_ROOT: mkdtempSync(join(tmpdir(), 'strata-static-')),
      }),
      env.db,
    );
  });
  afterAll(async () => {
    process.stdout.write = ownWrite;
    await app?.close();
    await env?.drop();
  });

  const branch = () => env.seed.townships.chengguan!.branches[0]!;
  const query = (path: string, input: unknown, headers: Record<string, string>) =>
    app.inject({ url: `/trpc/members.registry.${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers });
  const mutate = (path: string, input: unknown, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: `/trpc/members.registry.${path}`, payload: input as object, headers });

  it('answers a township admin, refuses the signed-out (401) and those without the permission (403)', async () => {
    const admin = await signInByInject(app, 'chengguan', demoPassword);
    const listed = await query('list', { unitId: branch().id }, admin);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().result.data).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
    expect((await query('list', { unitId: branch().id }, {})).statusCode).toBe(401);
    const editor = await signInByInject(app, 'editor', demoPassword);
    expect((await query('list', { unitId: branch().id }, editor)).statusCode).toBe(403);
    expect((await mutate('create', newMemberInput(branch().id), editor)).statusCode).toBe(403);

    // A registry reader reads, masked, and may neither reveal nor export personal data.
    const viewer = await addAccount(env, {
      unitId: branch().id,
      grants: [{ role: 'members_viewer', unitId: branch().id }],
    });
    const reader = await signInByInject(app, viewer.username, demoPassword);
    const made = await mutate('create', newMemberInput(branch().id, { phone: '13955550001' }), admin);
    expect(made.statusCode).toBe(200);
    const { id } = made.json().result.data;
    const seen = await query('get', { id }, reader);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().result.data).toMatchObject({ phone: '139****0001', canReveal: false });
    expect((await mutate('reveal', { id }, reader)).statusCode).toBe(403);
    expect((await mutate('exportPage', { unitId: branch().id }, reader)).statusCode).toBe(403);
    expect((await mutate('reveal', { id }, admin)).json().result.data.phone).toBe('13955550001');
  });

  it('logs no ID number, phone or address, whatever the call and however it ends', async () => {
    const admin = await signInByInject(app, 'chengguan', demoPassword);
    const english = { ...admin, 'x-strata-locale': 'en-US' };
    const person = { ...newIdNumber('male'), phone: '13955550002', address: '湖北省武汉市新洲区问津大道 77 号' };
    const start = logs.length;

    const made = await mutate(
      'create',
      newMemberInput(branch().id, { idNumber: person.idNumber, phone: person.phone, address: person.address }),
      admin,
    );
    expect(made.statusCode).toBe(200);
    const { id } = made.json().result.data;
    // Looked up by each value (the values travel in the query string), revealed, exported.
    expect((await query('list', { idNumber: person.idNumber }, admin)).json().result.data.total).toBe(1);
    expect((await query('list', { phone: `+86 ${person.phone}` }, admin)).json().result.data.total).toBe(1);
    expect((await mutate('reveal', { id }, admin)).json().result.data).toEqual({
      idNumber: person.idNumber,
      phone: person.phone,
      address: person.address,
    });
    expect((await mutate('exportPage', { unitId: branch().id }, admin)).statusCode).toBe(200);

    // Refused: the same number again, a bad check character, a bad phone; the answer names the field, not the value.
    const wrongCheck = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
    const refusals = [
      await mutate('create', newMemberInput(branch().id, { idNumber: person.idNumber }), admin),
      await mutate('create', newMemberInput(branch().id, { idNumber: wrongCheck }), english),
      await mutate('create', newMemberInput(branch().id, { phone: '1395555' }), admin),
      await query('list', { idNumber: wrongCheck }, admin),
    ];
    expect(refusals.map((r) => [r.statusCode, Object.keys(r.json().error.data.fieldErrors ?? {})])).toEqual([
      [409, ['idNumber']],
      [400, ['idNumber']],
      [400, ['phone']],
      [400, ['idNumber']],
    ]);
    expect(refusals[1]?.json().error.message).toMatch(/check character/);
    for (const r of refusals) expect(r.body).not.toContain(person.idNumber.slice(0, 17));
    expect(refusals[2]?.body).not.toContain('1395555');

    // Read under a ring that lost its key: a clear answer and an error logged, neither holding a value.
    const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
    installKeyRing(
      parseKeyRing(JSON.stringify({ version: 1, active: 'other', keys: { other: key(0x44) }, index: key(0x22) })),
    );
    let lost: Awaited<ReturnType<typeof query>>;
    try {
      lost = await query('get', { id }, admin);
    } finally {
      installKeyRing(testKeyRing);
    }
    expect(lost.statusCode).toBe(500);
    expect(lost.json().error.message).toContain('密钥“test”不在当前密钥环中');

    const logged = logs.slice(start);
    // The capture works: each call is logged at debug (its path, never its query string), the failure at error.
    expect(logged).toContain('/trpc/members.registry.create');
    expect(logged).toContain('/trpc/members.registry.reveal');
    expect(logged).toContain('procedure failed');
    for (const value of [
      person.idNumber,
      person.idNumber.slice(0, 17),
      wrongCheck,
      person.phone,
      '1395555',
      person.address,
      person.address.slice(6),
      encodeURIComponent(person.address),
    ])
      expect(logged, value).not.toContain(value);
  });
});
