// Below the township: a branch secretary sees their own branch, not a sibling branch of the same township;
// and a role without the permission is refused whatever the unit.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('branch isolation on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider);
  });
  afterAll(() => env?.drop());

  it('lists only the own branch in every list procedure', async () => {
    const branch = env.seed.townships.chengguan!.branches[0]!;
    const sibling = env.seed.townships.chengguan!.branches[1]!;
    const secretary = await env.as('secretary');
    const list = { page: 1, pageSize: 100 };
    const units = await secretary.identity.units.tree();
    expect(units.map((u) => u.id)).toEqual([branch.id]);
    const articles = await secretary.content.articles.list({ ...list, sort: 'updatedAt', order: 'desc' });
    expect(articles.items.length).toBeGreaterThan(0);
    expect(new Set(articles.items.map((a) => a.unitId))).toEqual(new Set([branch.id]));
    const users = await secretary.identity.users.list(list);
    expect(users.items.every((u) => u.unitId === branch.id)).toBe(true);
    const audit = await secretary.identity.audit.list(list);
    expect(audit.items.every((r) => r.unitId === branch.id)).toBe(true);
    await expect(secretary.content.columns.list({ unitId: sibling.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(secretary.identity.units.get({ id: branch.parentId as number })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses what the role does not permit, whatever the unit', async () => {
    const member = await env.as('member');
    const branch = env.seed.townships.chengguan!.branches[0]!;
    const column = (await env.db.column.findFirstOrThrow({ where: { unitId: branch.id } })).id;
    await expect(
      member.content.articles.create({
        columnId: column,
        title: '党员越权',
        summary: '',
        body: '正文',
        status: 'draft',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(member.identity.users.list({ page: 1, pageSize: 20 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
