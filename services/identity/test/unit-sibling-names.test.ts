// One name per set of active siblings, through the real callers on both databases: refused on create, rename,
// move and restore with a field error naming the sibling and the parent, free again once the sibling is
// archived, checked even against siblings above the caller's scope, and kept when calls race.
import { inconsistentUnits } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';

const taken = (name: string, parent: string, field = 'name') =>
  expect.objectContaining({ code: 'CONFLICT', key: 'unitNameTaken', field, vars: { name, parent } });

describe.each(await testProviders())('sibling unit names on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  let n = 0;
  const fresh = (stem: string) => `${stem}${++n}`;
  const township = (slug: string) => env.seed.townships[slug]!;
  const audits = () => env.db.auditLog.count();
  const activeNamed = (parentId: number, name: string) =>
    env.db.unit.count({ where: { parentId, name, archivedAt: null } });

  beforeAll(async () => {
    env = await createTestEnv(provider);
    admin = await env.as('admin');
  });
  afterAll(() => env?.drop());

  it('refuses a new unit named like an active sibling, in any case or spacing, and writes nothing', async () => {
    const xishan = township('xishan');
    const units = await env.db.unit.count();
    const before = await audits();
    await expect(
      admin.identity.units.create({ parentId: xishan.id, kind: 'branch', name: '西山镇第一村支部' }),
    ).rejects.toEqual(taken('西山镇第一村支部', '西山镇'));
    const latin = fresh('Party Office ');
    await admin.identity.units.create({ parentId: xishan.id, kind: 'branch', name: latin });
    await expect(
      admin.identity.units.create({ parentId: xishan.id, kind: 'branch', name: `  ${latin.toUpperCase()}` }),
    ).rejects.toEqual(taken(latin, '西山镇'));
    expect(await env.db.unit.count()).toBe(units + 1);
    expect(await audits()).toBe(before + 1);
  });

  it('takes the same name under another parent', async () => {
    const name = fresh('同名支部');
    await admin.identity.units.create({ parentId: township('xishan').id, kind: 'branch', name });
    await admin.identity.units.create({ parentId: township('nanling').id, kind: 'branch', name });
    expect(await env.db.unit.count({ where: { name } })).toBe(2);
  });

  it('refuses a rename to a sibling’s name, and takes a unit’s own name in another case', async () => {
    const nanling = township('nanling');
    const unit = await admin.identity.units.create({ parentId: nanling.id, kind: 'branch', name: fresh('Youth ') });
    await expect(admin.identity.units.rename({ id: unit.id, name: '南岭乡社区支部' })).rejects.toEqual(
      taken('南岭乡社区支部', '南岭乡'),
    );
    expect(await admin.identity.units.rename({ id: unit.id, name: unit.name.toUpperCase() })).toMatchObject({
      name: unit.name.toUpperCase(),
    });
  });

  it('refuses a move under a parent where an active unit has the name, leaving the subtree where it was', async () => {
    const from = township('beitang');
    const to = township('qinghe');
    const name = fresh('流动党员支部');
    await admin.identity.units.create({ parentId: to.id, kind: 'branch', name });
    const unit = await admin.identity.units.create({ parentId: from.id, kind: 'branch', name });
    await expect(admin.identity.units.move({ id: unit.id, parentId: to.id })).rejects.toEqual(
      taken(name, '清河镇', 'parentId'),
    );
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: unit.id } })).path).toBe(unit.path);
  });

  it('frees a name when its unit is archived, and then refuses to restore that unit over the new one', async () => {
    const qinghe = township('qinghe');
    const name = fresh('临时支部');
    const old = await admin.identity.units.create({ parentId: qinghe.id, kind: 'branch', name });
    await admin.identity.units.archive({ id: old.id });
    const successor = await admin.identity.units.create({ parentId: qinghe.id, kind: 'branch', name });
    await expect(admin.identity.units.restore({ id: old.id })).rejects.toEqual(taken(name, '清河镇'));
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: old.id } })).archivedAt).not.toBeNull();
    await admin.identity.units.rename({ id: successor.id, name: fresh('新临时支部') });
    expect((await admin.identity.units.restore({ id: old.id })).archivedAt).toBeNull();
  });

  it('checks siblings above the caller’s scope: a township admin cannot give its township a sibling’s name', async () => {
    const chengguan = await env.as('chengguan');
    await expect(chengguan.identity.units.rename({ id: township('chengguan').id, name: '东湖街道' })).rejects.toEqual(
      taken('东湖街道', '江城市'),
    );
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: township('chengguan').id } })).name).toBe('城关镇');
  });

  describe('when calls race', () => {
    const rounds = 5;
    /** Starts the calls in the same tick; answers 'ok' or the error code of each. */
    async function race(calls: (() => Promise<unknown>)[]) {
      const settled = await Promise.allSettled(calls.map((call) => call()));
      expect(await inconsistentUnits(env.db)).toEqual([]);
      return settled.map((r) => (r.status === 'fulfilled' ? 'ok' : String((r.reason as { code?: string }).code)));
    }

    it('two creates of one name under one parent: one unit is made, the other is told the name is taken', async () => {
      const parent = township('donghu');
      for (let round = 0; round < rounds; round++) {
        const name = fresh('并发支部');
        const create = (spelling: string) => () =>
          admin.identity.units.create({ parentId: parent.id, kind: 'branch', name: spelling });
        expect((await race([create(name), create(` ${name} `)])).sort()).toEqual(['CONFLICT', 'ok']);
        expect(await activeNamed(parent.id, name)).toBe(1);
      }
    });

    it('a rename and a create racing for one name: exactly one of them gets it', async () => {
      const parent = township('chengguan');
      for (let round = 0; round < rounds; round++) {
        const unit = await admin.identity.units.create({ parentId: parent.id, kind: 'branch', name: fresh('旧名') });
        const name = fresh('抢注名');
        const outcomes = await race([
          () => admin.identity.units.rename({ id: unit.id, name }),
          () => admin.identity.units.create({ parentId: parent.id, kind: 'branch', name }),
        ]);
        expect(outcomes.sort()).toEqual(['CONFLICT', 'ok']);
        expect(await activeNamed(parent.id, name)).toBe(1);
      }
    });

    it('a restore and a move into the parent racing for one name: exactly one of them gets it', async () => {
      const parent = township('xishan');
      for (let round = 0; round < rounds; round++) {
        const name = fresh('回迁支部');
        const archived = await admin.identity.units.create({ parentId: parent.id, kind: 'branch', name });
        await admin.identity.units.archive({ id: archived.id });
        const mover = await admin.identity.units.create({ parentId: township('nanling').id, kind: 'branch', name });
        const outcomes = await race([
          () => admin.identity.units.restore({ id: archived.id }),
          () => admin.identity.units.move({ id: mover.id, parentId: parent.id }),
        ]);
        expect(outcomes.sort()).toEqual(['CONFLICT', 'ok']);
        expect(await activeNamed(parent.id, name)).toBe(1);
      }
    });
  });
});
