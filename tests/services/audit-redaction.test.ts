// Audit snapshots are rendered for the reader: a part of a before/after image that belongs to a unit
// outside the reader's scope is shown only as "outside your scope", never with its names.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('audit snapshots on %s', (provider) => {
  let env: TestEnv;
  let straddler: number;
  let foreignBranch: string;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    const chengguan = env.seed.townships.chengguan!;
    const branch = env.seed.townships.donghu!.branches[5]!;
    foreignBranch = branch.name;
    const admin = await env.as('admin');
    const user = await admin.identity.users.create({
      username: 'straddler',
      displayName: '跨镇账户',
      unitId: chengguan.id,
      password: 'Straddle#2026x',
    });
    straddler = user.id;
    await admin.identity.grants.add({ userId: straddler, role: 'content_editor', unitId: chengguan.id });
    await admin.identity.grants.add({ userId: straddler, role: 'reviewer', unitId: branch.id });
    // An entry of 城关镇 whose images name a 东湖街道 branch (the writer sees both townships).
    await admin.identity.users.update({ id: straddler, displayName: '跨镇账户（改）', disabled: false });
  });
  afterAll(() => env?.drop());

  const entryFor = async (username: string) => {
    const caller = await env.as(username);
    const page = await caller.identity.audit.list({ action: 'user.update', page: 1, pageSize: 50 });
    return page.items.find((r) => r.entityId === String(straddler));
  };

  it('a township admin reads the entry of its own account without the other township’s unit', async () => {
    const entry = await entryFor('chengguan');
    expect(entry).toBeDefined();
    const after = JSON.parse(entry?.after ?? '{}');
    expect(after.displayName).toBe('跨镇账户（改）');
    expect(after.grants).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'content_editor', unitName: '城关镇' })]),
    );
    expect(after.grants).toContainEqual({ outsideScope: true });
    expect(`${entry?.before}${entry?.after}`).not.toContain(foreignBranch);
  });

  it('the municipal admin reads the same entry whole', async () => {
    const entry = await entryFor('admin');
    expect(entry?.after).toContain(foreignBranch);
    expect(entry?.after).not.toContain('outsideScope');
  });
});
