import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('the unit tree on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 3 });
  });
  afterAll(() => env?.drop());

  it('seeds 1 municipality, 6 townships and 8 branches each, each with the six default columns', async () => {
    expect(await env.db.unit.count({ where: { kind: 'township' } })).toBe(6);
    expect(await env.db.unit.count({ where: { kind: 'branch' } })).toBe(48);
    expect(await env.db.column.count()).toBe(55 * 6);
  });

  it('creates a unit with its path, default columns and an audit entry', async () => {
    const admin = await env.as('chengguan');
    const township = env.seed.townships.chengguan!;
    const unit = await admin.identity.units.create({ parentId: township.id, kind: 'branch', name: '新建支部' });
    expect(unit.path).toBe(`${township.path}${unit.id}/`);
    expect((await admin.content.columns.list({ unitId: unit.id })).map((c) => c.name)).toEqual([
      '领导论坛',
      '党建动态',
      '基层党建',
      '干部天地',
      '信息调研',
      '时代风采',
    ]);
    expect(await env.db.auditLog.count({ where: { action: 'unit.create', entityId: String(unit.id) } })).toBe(1);
  });

  it('moves a subtree in one transaction: descendants follow, their data stays visible to the new parent', async () => {
    const admin = await env.as('admin');
    const from = env.seed.townships.xishan!;
    const to = env.seed.townships.nanling!;
    const branch = from.branches[2]!;
    const group = await admin.identity.units.create({ parentId: branch.id, kind: 'group', name: '第一党小组' });
    const articles = await env.db.article.count({ where: { unitId: branch.id } });
    await admin.identity.units.move({ id: branch.id, parentId: to.id });
    const moved = await env.db.unit.findUniqueOrThrow({ where: { id: group.id } });
    expect(moved.path).toBe(`${to.path}${branch.id}/${group.id}/`);
    expect(moved.depth).toBe(3);
    const seen = await admin.content.articles.list({
      unitId: to.id,
      page: 1,
      pageSize: 100,
      sort: 'updatedAt',
      order: 'desc',
    });
    expect(seen.items.filter((a) => a.unitId === branch.id)).toHaveLength(articles);
  });

  it('refuses a cycle and a wrong kind order, leaving the tree untouched', async () => {
    const admin = await env.as('admin');
    const township = env.seed.townships.beitang!;
    const branch = township.branches[0]!;
    await expect(admin.identity.units.move({ id: township.id, parentId: branch.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      admin.identity.units.create({ parentId: branch.id, kind: 'township', name: 'x' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: township.id } })).path).toBe(township.path);
  });

  it('archives only a unit without active sub-units, and never deletes it', async () => {
    const admin = await env.as('admin');
    const township = env.seed.townships.qinghe!;
    await expect(admin.identity.units.archive({ id: township.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const branch = township.branches[7]!;
    const archived = await admin.identity.units.archive({ id: branch.id });
    expect(archived.archivedAt).not.toBeNull();
    expect(await env.db.unit.count({ where: { id: branch.id } })).toBe(1);
    expect((await admin.identity.units.tree()).map((u) => u.id)).not.toContain(branch.id);
  });

  it('leaves nothing half-written when a mutation fails midway', async () => {
    const admin = await env.as('admin');
    const township = env.seed.townships.chengguan!;
    const before = await env.db.unit.count();
    // Archived parent: the check runs after the transaction began; nothing may remain.
    await admin.identity.units.archive({ id: township.branches[6]!.id });
    await expect(
      admin.identity.units.create({ parentId: township.branches[6]!.id, kind: 'group', name: '小组' }),
    ).rejects.toThrow();
    expect(await env.db.unit.count()).toBe(before);
  });

  it('grants only roles the granter holds there', async () => {
    const township = await env.as('chengguan');
    await expect(
      township.identity.grants.add({
        userId: env.seed.users.editor!,
        role: 'municipal_admin',
        unitId: env.seed.townships.chengguan!.id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const grant = await township.identity.grants.add({
      userId: env.seed.users.editor!,
      role: 'reviewer',
      unitId: env.seed.townships.chengguan!.branches[0]!.id,
    });
    expect(grant.role).toBe('reviewer');
  });
});
