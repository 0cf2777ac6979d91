// The scope suite: for EVERY procedure of the merged router, a township admin (城关镇, "chengguan")
// cannot list, read, count, create in, update or delete anything of another township (东湖街道, "donghu").
// A procedure without a case here fails the suite.

import { testProviders } from '@strata/db/testing';
import { appRouter } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../support/env';

type Ids = {
  donghu: number;
  donghuBranch: number;
  chengguan: number;
  chengguanBranch: number;
  donghuUser: number;
  donghuGrant: number;
  donghuColumn: number;
  donghuArticle: number;
  donghuSubtree: Set<number>;
};
type Case = (a: Caller, env: TestEnv, ids: Ids) => Promise<void>;

const missing = 999_999;

/** A foreign id must fail exactly as a non-existent one: same code, same message, same field errors. */
async function expectHidden(foreign: Promise<unknown>, absent: Promise<unknown>) {
  const [f, m] = await Promise.allSettled([foreign, absent]);
  expect(f.status).toBe('rejected');
  expect(m.status).toBe('rejected');
  const shape = (r: PromiseSettledResult<unknown>) => {
    const e = (r as PromiseRejectedResult).reason as { code?: string; message?: string; shape?: unknown };
    return { code: e.code, message: e.message };
  };
  expect(shape(f)).toEqual(shape(m));
  expect(['NOT_FOUND', 'BAD_REQUEST']).toContain(shape(f).code);
}

const cases: Record<string, Case> = {
  'identity.auth.me': async (a, _env, ids) => {
    const me = await a.identity.auth.me();
    expect(me?.grants.map((g) => g.unitId)).not.toContain(ids.donghu);
  },
  'identity.auth.login': async (_a, env) => {
    const anon = await env.anonymous();
    await expect(anon.identity.auth.login({ username: 'donghu', password: 'wrong-password-1' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  },
  'identity.auth.logout': async (a, env) => {
    const b = await env.as('donghu');
    await a.identity.auth.logout();
    expect(await b.identity.auth.me()).not.toBeNull();
  },
  'identity.auth.changePassword': async (a, env) => {
    await a.identity.auth.changePassword({ currentPassword: 'Strata#2026', newPassword: 'Another#2026pw' });
    const user = await env.db.user.findUniqueOrThrow({ where: { username: 'donghu' } });
    expect(user.mustChangePassword).toBe(false);
    const anon = await env.anonymous();
    await expect(anon.identity.auth.login({ username: 'donghu', password: 'Strata#2026' })).resolves.toMatchObject({
      username: 'donghu',
    });
  },
  'identity.auth.setLocale': async (a, env) => {
    await a.identity.auth.setLocale({ locale: 'en-US' });
    expect((await env.db.user.findUniqueOrThrow({ where: { username: 'donghu' } })).locale).toBe('zh-CN');
  },
  'identity.units.tree': async (a, _env, ids) => {
    const units = await a.identity.units.tree({ includeArchived: true });
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter((u) => ids.donghuSubtree.has(u.id))).toEqual([]);
  },
  'identity.units.get': async (a, _env, ids) => {
    await expectHidden(a.identity.units.get({ id: ids.donghu }), a.identity.units.get({ id: missing }));
    await expectHidden(a.identity.units.get({ id: ids.donghuBranch }), a.identity.units.get({ id: missing }));
  },
  'identity.units.create': async (a, env, ids) => {
    const before = await env.db.unit.count();
    await expectHidden(
      a.identity.units.create({ parentId: ids.donghu, kind: 'branch', name: '越权支部' }),
      a.identity.units.create({ parentId: missing, kind: 'branch', name: '越权支部' }),
    );
    expect(await env.db.unit.count()).toBe(before);
  },
  'identity.units.rename': async (a, env, ids) => {
    await expectHidden(
      a.identity.units.rename({ id: ids.donghu, name: 'x' }),
      a.identity.units.rename({ id: missing, name: 'x' }),
    );
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: ids.donghu } })).name).toBe('东湖街道');
  },
  'identity.units.move': async (a, env, ids) => {
    await expectHidden(
      a.identity.units.move({ id: ids.donghuBranch, parentId: ids.chengguan }),
      a.identity.units.move({ id: missing, parentId: ids.chengguan }),
    );
    await expectHidden(
      a.identity.units.move({ id: ids.chengguanBranch, parentId: ids.donghu }),
      a.identity.units.move({ id: ids.chengguanBranch, parentId: missing }),
    );
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: ids.donghuBranch } })).parentId).toBe(ids.donghu);
  },
  'identity.units.archive': async (a, env, ids) => {
    await expectHidden(a.identity.units.archive({ id: ids.donghuBranch }), a.identity.units.archive({ id: missing }));
    expect((await env.db.unit.findUniqueOrThrow({ where: { id: ids.donghuBranch } })).archivedAt).toBeNull();
  },
  'identity.users.list': async (a, env, ids) => {
    const page = await a.identity.users.list({ page: 1, pageSize: 100 });
    expect(page.items.map((u) => u.id)).not.toContain(ids.donghuUser);
    const own = await env.db.user.count({ where: { unit: { path: { startsWith: `/1/${ids.chengguan}/` } } } });
    expect(page.total).toBe(own);
    await expectHidden(
      a.identity.users.list({ unitId: ids.donghu, page: 1, pageSize: 20 }),
      a.identity.users.list({ unitId: missing, page: 1, pageSize: 20 }),
    );
  },
  'identity.users.create': async (a, env, ids) => {
    await expectHidden(
      a.identity.users.create({
        username: 'intruder',
        displayName: 'x',
        unitId: ids.donghu,
        password: 'Strong#password1',
      }),
      a.identity.users.create({
        username: 'intruder',
        displayName: 'x',
        unitId: missing,
        password: 'Strong#password1',
      }),
    );
    expect(await env.db.user.count({ where: { username: 'intruder' } })).toBe(0);
  },
  'identity.users.update': async (a, env, ids) => {
    await expectHidden(
      a.identity.users.update({ id: ids.donghuUser, displayName: 'x', disabled: true }),
      a.identity.users.update({ id: missing, displayName: 'x', disabled: true }),
    );
    expect((await env.db.user.findUniqueOrThrow({ where: { id: ids.donghuUser } })).disabledAt).toBeNull();
  },
  'identity.users.resetPassword': async (a, env, ids) => {
    const before = await env.db.user.findUniqueOrThrow({ where: { id: ids.donghuUser } });
    await expectHidden(
      a.identity.users.resetPassword({ id: ids.donghuUser, newPassword: 'Strong#password1' }),
      a.identity.users.resetPassword({ id: missing, newPassword: 'Strong#password1' }),
    );
    expect((await env.db.user.findUniqueOrThrow({ where: { id: ids.donghuUser } })).passwordHash).toBe(
      before.passwordHash,
    );
  },
  'identity.grants.roles': async (a) => {
    // Static role definitions: no unit data at all.
    const roles = await a.identity.grants.roles();
    expect(roles.every((r) => Object.keys(r).sort().join() === 'permissions,role')).toBe(true);
  },
  'identity.grants.add': async (a, env, ids) => {
    const own = env.seed.users.chengguan as number;
    await expectHidden(
      a.identity.grants.add({ userId: ids.donghuUser, role: 'member', unitId: ids.chengguan }),
      a.identity.grants.add({ userId: missing, role: 'member', unitId: ids.chengguan }),
    );
    await expectHidden(
      a.identity.grants.add({ userId: own, role: 'member', unitId: ids.donghu }),
      a.identity.grants.add({ userId: own, role: 'member', unitId: missing }),
    );
    expect(
      await env.db.grant.count({
        where: {
          OR: [
            { userId: ids.donghuUser, role: 'member' },
            { unitId: ids.donghu, role: 'member' },
          ],
        },
      }),
    ).toBe(0);
  },
  'identity.grants.remove': async (a, env, ids) => {
    await expectHidden(a.identity.grants.remove({ id: ids.donghuGrant }), a.identity.grants.remove({ id: missing }));
    expect(await env.db.grant.count({ where: { id: ids.donghuGrant } })).toBe(1);
  },
  'identity.audit.list': async (a, env, ids) => {
    const b = await env.as('donghu');
    await b.identity.units.rename({ id: ids.donghuBranch, name: '东湖街道机关支部（改）' });
    const page = await a.identity.audit.list({ page: 1, pageSize: 100 });
    expect(page.items.filter((r) => ids.donghuSubtree.has(r.unitId))).toEqual([]);
    const own = await env.db.auditLog.count({ where: { unit: { path: { startsWith: `/1/${ids.chengguan}/` } } } });
    expect(page.total).toBe(own);
    await expectHidden(
      a.identity.audit.list({ unitId: ids.donghu, page: 1, pageSize: 20 }),
      a.identity.audit.list({ unitId: missing, page: 1, pageSize: 20 }),
    );
  },
  'content.columns.list': async (a, _env, ids) => {
    await expectHidden(a.content.columns.list({ unitId: ids.donghu }), a.content.columns.list({ unitId: missing }));
  },
  'content.columns.create': async (a, env, ids) => {
    const before = await env.db.column.count();
    await expectHidden(
      a.content.columns.create({ unitId: ids.donghu, name: '越权栏目', cadence: 'weekly' }),
      a.content.columns.create({ unitId: missing, name: '越权栏目', cadence: 'weekly' }),
    );
    expect(await env.db.column.count()).toBe(before);
  },
  'content.columns.update': async (a, env, ids) => {
    await expectHidden(
      a.content.columns.update({ id: ids.donghuColumn, hidden: true }),
      a.content.columns.update({ id: missing, hidden: true }),
    );
    expect((await env.db.column.findUniqueOrThrow({ where: { id: ids.donghuColumn } })).hidden).toBe(false);
  },
  'content.columns.reorder': async (a, env, ids) => {
    const before = await env.db.column.findMany({ where: { unitId: ids.donghu }, orderBy: { sort: 'asc' } });
    const reversed = before.map((c) => c.id).reverse();
    await expectHidden(
      a.content.columns.reorder({ unitId: ids.donghu, ids: reversed }),
      a.content.columns.reorder({ unitId: missing, ids: reversed }),
    );
    const after = await env.db.column.findMany({ where: { unitId: ids.donghu }, orderBy: { sort: 'asc' } });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  },
  'content.articles.list': async (a, env, ids) => {
    const page = await a.content.articles.list({ page: 1, pageSize: 100, sort: 'updatedAt', order: 'desc' });
    expect(page.items.filter((r) => ids.donghuSubtree.has(r.unitId))).toEqual([]);
    const own = await env.db.article.count({ where: { unit: { path: { startsWith: `/1/${ids.chengguan}/` } } } });
    expect(page.total).toBe(own);
    await expectHidden(
      a.content.articles.list({ unitId: ids.donghu, page: 1, pageSize: 20, sort: 'updatedAt', order: 'desc' }),
      a.content.articles.list({ unitId: missing, page: 1, pageSize: 20, sort: 'updatedAt', order: 'desc' }),
    );
  },
  'content.articles.countByStatus': async (a, env, ids) => {
    const counts = await a.content.articles.countByStatus({});
    const own = await env.db.article.count({ where: { unit: { path: { startsWith: `/1/${ids.chengguan}/` } } } });
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(own);
    await expectHidden(
      a.content.articles.countByStatus({ unitId: ids.donghu }),
      a.content.articles.countByStatus({ unitId: missing }),
    );
  },
  'content.articles.get': async (a, _env, ids) => {
    await expectHidden(a.content.articles.get({ id: ids.donghuArticle }), a.content.articles.get({ id: missing }));
  },
  'content.articles.create': async (a, env, ids) => {
    const before = await env.db.article.count();
    const input = { title: '越权文章', summary: '', body: '正文', status: 'draft' as const };
    await expectHidden(
      a.content.articles.create({ ...input, columnId: ids.donghuColumn }),
      a.content.articles.create({ ...input, columnId: missing }),
    );
    expect(await env.db.article.count()).toBe(before);
  },
  'content.articles.update': async (a, env, ids) => {
    await expectHidden(
      a.content.articles.update({ id: ids.donghuArticle, title: '被改了' }),
      a.content.articles.update({ id: missing, title: '被改了' }),
    );
    expect((await env.db.article.findUniqueOrThrow({ where: { id: ids.donghuArticle } })).title).not.toBe('被改了');
  },
  'content.articles.delete': async (a, env, ids) => {
    await expectHidden(
      a.content.articles.delete({ id: ids.donghuArticle }),
      a.content.articles.delete({ id: missing }),
    );
    expect(await env.db.article.count({ where: { id: ids.donghuArticle } })).toBe(1);
  },
};

const procedures = Object.keys(appRouter._def.procedures).sort();

/** Procedures about the caller's own session, with no unit data: the only ones without a permission. */
const sessionProcedures = [
  'identity.auth.changePassword',
  'identity.auth.login',
  'identity.auth.logout',
  'identity.auth.me',
  'identity.auth.setLocale',
];

describe('scope suite covers the router', () => {
  it('every procedure outside the session ones requires a permission', () => {
    const defs = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>;
    const withoutPermission = Object.keys(defs)
      .filter((path) => !defs[path]?._def.meta?.permission)
      .sort();
    expect(withoutPermission).toEqual(sessionProcedures);
  });

  it('has a case for every procedure, and no case for a procedure that does not exist', () => {
    expect(procedures.filter((p) => !(p in cases))).toEqual([]);
    expect(Object.keys(cases).filter((c) => !procedures.includes(c))).toEqual([]);
  });
});

describe.each(await testProviders())('township isolation on %s', (provider) => {
  let env: TestEnv;
  let ids: Ids;
  beforeAll(async () => {
    env = await createTestEnv(provider);
    const donghu = env.seed.townships.donghu!;
    const chengguan = env.seed.townships.chengguan!;
    const donghuUser = env.seed.users.donghu!;
    const subtree = await env.db.unit.findMany({ where: { path: { startsWith: donghu.path } }, select: { id: true } });
    ids = {
      donghu: donghu.id,
      donghuBranch: donghu.branches[0]!.id,
      chengguan: chengguan.id,
      chengguanBranch: chengguan.branches[1]!.id,
      donghuUser,
      donghuGrant: (await env.db.grant.findFirstOrThrow({ where: { userId: donghuUser } })).id,
      donghuColumn: (await env.db.column.findFirstOrThrow({ where: { unitId: donghu.id } })).id,
      donghuArticle: (await env.db.article.findFirstOrThrow({ where: { unitId: donghu.id } })).id,
      donghuSubtree: new Set(subtree.map((u) => u.id)),
    };
  });
  afterAll(() => env?.drop());

  it.each(procedures)('%s', async (procedure) => {
    const run = cases[procedure];
    if (!run) throw new Error(`no scope case for ${procedure}`);
    await run(await env.as('chengguan'), env, ids);
  });
});

// Below the township: a branch secretary sees their own branch, not a sibling branch of the same township.
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
    const trainer = await env.as('trainer');
    await expect(trainer.content.articles.list({ page: 1, pageSize: 20 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
