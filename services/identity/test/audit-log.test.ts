// Reading the audit log on both databases: each entry keeps the object's name as it was and where the
// request came from; the filters (days in Shanghai, actor, kind of object, search) narrow within the scope,
// and a name the reader may not see can be neither read nor found.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { uniqueName } from '../../../tests/support/factories';

describe.each(await testProviders())('the readable audit log on %s', (provider) => {
  let env: TestEnv;
  let chengguan: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    chengguan = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  const township = () => env.seed.townships.chengguan!;
  const foreign = () => env.seed.townships.donghu!;

  it('keeps the name as it was, the client address and the user agent of the request', async () => {
    const agent = 'Mozilla/5.0 (X11; Linux x86_64) Chromium/140';
    const caller = await env.as('chengguan', { ip: '198.51.100.23', userAgent: agent });
    const name = uniqueName('旧名支部');
    const unit = await caller.identity.units.create({ parentId: township().id, kind: 'branch', name });
    await caller.identity.units.rename({ id: unit.id, name: `${name}新` });
    const page = await chengguan.identity.audit.list({ entity: 'Unit', search: String(unit.id), pageSize: 10 });
    expect(page.items.map((r) => [r.action, r.entityLabel, r.labelWithheld])).toEqual([
      ['unit.rename', `${name}新`, false],
      ['unit.create', name, false],
    ]);
    expect(page.items.every((r) => r.clientAddress === '198.51.100.23' && r.userAgent === agent)).toBe(true);
    // A later rename leaves the names the entries were written with.
    await caller.identity.units.rename({ id: unit.id, name: `${name}再` });
    const again = await chengguan.identity.audit.list({ entity: 'Unit', entityId: String(unit.id), pageSize: 10 });
    expect(again.items.map((r) => r.entityLabel)).toEqual([`${name}再`, `${name}新`, name]);
    // A call that no request carries (in-process, no address) records none.
    const local = await env.as('chengguan');
    await local.identity.units.rename({ id: unit.id, name: `${name}三` });
    const [latest] = (await chengguan.identity.audit.list({ search: String(unit.id), pageSize: 1 })).items;
    expect(latest).toMatchObject({ entityLabel: `${name}三`, clientAddress: null, userAgent: null });
  });

  it('takes a day range in Shanghai days: 15:59:59 UTC is the day before, 16:00 UTC the day itself', async () => {
    const unitId = township().branches[3]!.id;
    const label = uniqueName('日界');
    const entry = (at: string) =>
      env.db.auditLog.create({
        data: {
          at: new Date(at),
          unitId,
          labelUnitId: unitId,
          action: 'unit.update',
          entity: 'Unit',
          entityId: 'x',
          entityLabel: label,
        },
      });
    const late = await entry('2026-03-09T15:59:59Z');
    const early = await entry('2026-03-09T16:00:00Z');
    const last = await entry('2026-03-10T15:59:59Z');
    const ids = async (range: { from?: string; to?: string }) =>
      (await chengguan.identity.audit.list({ ...range, search: label })).items.map((r) => r.id);
    expect(await ids({ from: '2026-03-10', to: '2026-03-10' })).toEqual([last.id, early.id]);
    expect(await ids({ to: '2026-03-09' })).toEqual([late.id]);
    expect(await ids({ from: '2026-03-11' })).toEqual([]);
    expect(await ids({})).toEqual([last.id, early.id, late.id]);
    await expect(chengguan.identity.audit.list({ from: '2026-03-10', to: '2026-03-09' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(chengguan.identity.audit.list({ from: '2026-3-1' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('narrows to one actor and one kind of object, and offers the actors of the reader’s entries only', async () => {
    const branch = township().branches[4]!;
    const secretary = env.seed.users.secretary!;
    const label = uniqueName('操作人');
    await env.db.auditLog.createMany({
      data: [
        {
          unitId: branch.id,
          actorId: secretary,
          action: 'user.update',
          entity: 'User',
          entityId: '1',
          entityLabel: label,
          labelUnitId: branch.id,
        },
        {
          unitId: branch.id,
          actorId: env.seed.users.chengguan!,
          action: 'unit.update',
          entity: 'Unit',
          entityId: '2',
          entityLabel: label,
          labelUnitId: branch.id,
        },
      ],
    });
    // Someone acting only in 东湖街道: not among 城关镇's actors.
    const outsider = env.seed.users.volunteer!;
    await env.db.auditLog.create({
      data: { unitId: foreign().id, actorId: outsider, action: 'unit.update', entity: 'Unit', entityId: '3' },
    });
    const bySecretary = await chengguan.identity.audit.list({ actorId: secretary, search: label });
    expect(bySecretary.items.map((r) => r.entity)).toEqual(['User']);
    const users = await chengguan.identity.audit.list({ entity: 'User', search: label });
    expect(users.items.map((r) => r.actorName)).toEqual(['城关镇机关支部书记']);
    const actors = await chengguan.identity.audit.actors({});
    expect(actors.map((a) => a.id)).toEqual(expect.arrayContaining([secretary, env.seed.users.chengguan!]));
    expect(actors.map((a) => a.id)).not.toContain(outsider);
    expect((await chengguan.identity.audit.actors({ search: '书记' })).map((a) => a.id)).toEqual([secretary]);
    // The outsider's entries are none of 城关镇's business, however asked.
    expect((await chengguan.identity.audit.list({ actorId: outsider })).total).toBe(0);
    const admin = await env.as('admin');
    expect((await admin.identity.audit.actors({})).map((a) => a.id)).toContain(outsider);
  });

  it('withholds a name whose object lives outside the reader’s scope, and a search cannot find it', async () => {
    const branch = township().branches[5]!;
    const secret = uniqueName('东湖的人');
    const entry = await env.db.auditLog.create({
      data: {
        unitId: branch.id,
        labelUnitId: foreign().branches[0]!.id,
        action: 'grant.add',
        entity: 'Grant',
        entityId: '77',
        entityLabel: secret,
      },
    });
    const [row] = (await chengguan.identity.audit.list({ entity: 'Grant', unitId: branch.id, pageSize: 1 })).items;
    expect(row).toMatchObject({ id: entry.id, entityLabel: null, labelWithheld: true });
    expect((await chengguan.identity.audit.list({ search: secret })).total).toBe(0);
    // The municipal admin sees both units: the name shows and is found.
    const admin = await env.as('admin');
    const found = await admin.identity.audit.list({ search: secret });
    expect(found.items.map((r) => [r.id, r.entityLabel, r.labelWithheld])).toEqual([[entry.id, secret, false]]);
  });
});
