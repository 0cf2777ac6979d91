// Restoring an archived unit, through the real callers on both databases: the unit manager's act, audited
// once, only under an active parent, and safe against the parent being archived at the same moment.
import { inconsistentUnits } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';

describe.each(await testProviders())('restoring a unit on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  let n = 0;
  const fresh = (stem: string) => `${stem}${++n}`;
  const row = (id: number) => env.db.unit.findUniqueOrThrow({ where: { id } });
  const restores = (id: number) => env.db.auditLog.count({ where: { action: 'unit.restore', entityId: String(id) } });

  beforeAll(async () => {
    env = await createTestEnv(provider);
    admin = await env.as('admin');
  });
  afterAll(() => env?.drop());

  it('brings an archived unit back into the tree, with one audit entry by the manager', async () => {
    const chengguan = await env.as('chengguan');
    const township = env.seed.townships.chengguan!;
    const unit = await chengguan.identity.units.create({
      parentId: township.id,
      kind: 'branch',
      name: fresh('误归档'),
    });
    await chengguan.identity.units.archive({ id: unit.id });
    expect((await chengguan.identity.units.tree()).map((u) => u.id)).not.toContain(unit.id);

    const restored = await chengguan.identity.units.restore({ id: unit.id });
    expect(restored).toMatchObject({ id: unit.id, archivedAt: null, path: unit.path });
    expect((await row(unit.id)).archivedAt).toBeNull();
    expect((await chengguan.identity.units.tree()).map((u) => u.id)).toContain(unit.id);
    const entries = await env.db.auditLog.findMany({ where: { action: 'unit.restore', entityId: String(unit.id) } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: env.seed.users.chengguan,
      unitId: unit.id,
      after: '{"archivedAt":null}',
    });
  });

  it('refuses a unit under an archived parent, naming the parent, and one that is not archived', async () => {
    const township = env.seed.townships.nanling!;
    const branch = await admin.identity.units.create({ parentId: township.id, kind: 'branch', name: fresh('上级') });
    const group = await admin.identity.units.create({ parentId: branch.id, kind: 'group', name: fresh('小组') });
    await admin.identity.units.archive({ id: group.id });
    await admin.identity.units.archive({ id: branch.id });
    await expect(admin.identity.units.restore({ id: group.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      key: 'unitParentArchived',
      vars: { parent: branch.name },
    });
    await expect(admin.identity.units.restore({ id: township.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      key: 'unitNotArchived',
    });
    // Top down, both come back.
    await admin.identity.units.restore({ id: branch.id });
    await admin.identity.units.restore({ id: group.id });
    expect((await row(group.id)).archivedAt).toBeNull();
    expect(await restores(group.id)).toBe(1);
  });

  it('is refused to those who may only read units', async () => {
    const unit = await admin.identity.units.create({
      parentId: env.seed.townships.chengguan!.id,
      kind: 'branch',
      name: fresh('只读'),
    });
    await admin.identity.units.archive({ id: unit.id });
    for (const reader of ['dues', 'secretary', 'editor'])
      await expect((await env.as(reader)).identity.units.restore({ id: unit.id })).rejects.toMatchObject({
        code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
      });
    expect((await row(unit.id)).archivedAt).not.toBeNull();
    expect(await restores(unit.id)).toBe(0);
  });

  it('racing the archiving of its parent: exactly one of the two succeeds, and nothing active hangs below an archived unit', async () => {
    const township = env.seed.townships.beitang!;
    for (let round = 0; round < 5; round++) {
      const parent = await admin.identity.units.create({ parentId: township.id, kind: 'branch', name: fresh('父') });
      const child = await admin.identity.units.create({ parentId: parent.id, kind: 'group', name: fresh('子') });
      await admin.identity.units.archive({ id: child.id });
      const settled = await Promise.allSettled([
        admin.identity.units.restore({ id: child.id }),
        admin.identity.units.archive({ id: parent.id }),
      ]);
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
      expect(await inconsistentUnits(env.db)).toEqual([]);
      const [p, c] = [await row(parent.id), await row(child.id)];
      expect(p.archivedAt !== null && c.archivedAt === null).toBe(false);
    }
  });
});
