// Scope rules beyond "own township yes, other township no", each with both outcomes: a disabled account has
// no session and cannot sign in (until enabled again); a grant at an archived unit gives no power (the
// holder's other grants still do); nobody removes their own last grant to manage users (any other grant, yes).
import { testProviders } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { addAccount, addArticle } from '../support/factories';
import { expectHidden, idsOf, missing } from '../support/scope-test';

describe.each(await testProviders())('scope rules on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 3 });
  });
  afterAll(() => env?.drop());

  const branch = (i: number) => env.seed.townships.chengguan!.branches[i]!;
  const articlesIn = (unitId: number) => env.db.article.findMany({ where: { unitId }, select: { id: true } });
  const list = { page: 1, pageSize: 100, sort: 'updatedAt', order: 'desc' } as const;
  const signIn = async (username: string, password = demoPassword) =>
    (await env.anonymous({ ip: `10.88.0.${username.length}` })).identity.auth.login({ username, password });

  it('a disabled account: its sessions end, a new session is refused, it cannot sign in; enabled, it can', async () => {
    const unitId = branch(2).id;
    const user = await addAccount(env, { unitId, grants: [{ role: 'content_editor', unitId }] });
    const session = await env.as(user.username);
    expect((await session.content.articles.list(list)).total).toBe((await articlesIn(unitId)).length);

    const admin = await env.as('chengguan');
    await admin.identity.users.update({ id: user.id, displayName: user.displayName, disabled: true });
    expect(await env.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await session.identity.auth.me()).toBeNull();
    await expect(session.content.articles.list(list)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // A session row that exists anyway (opened behind the sign-in's back) is no session either.
    const opened = await env.as(user.username);
    expect(await opened.identity.auth.me()).toBeNull();
    await expect(opened.content.articles.list(list)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(opened.identity.auth.setLocale({ locale: 'en-US' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // The right password is refused as disabled, and opens no session.
    await expect(signIn(user.username)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '账户已停用，请联系管理员',
    });
    expect(await env.db.session.count({ where: { userId: user.id } })).toBe(1);

    await admin.identity.users.update({ id: user.id, displayName: user.displayName, disabled: false });
    expect((await signIn(user.username)).id).toBe(user.id);
    expect((await opened.identity.auth.me())?.id).toBe(user.id);
  });

  it('a grant at an archived unit gives no power: the holder of only that grant is refused everything', async () => {
    const archived = branch(6);
    const user = await addAccount(env, {
      unitId: archived.id,
      grants: [{ role: 'content_editor', unitId: archived.id }],
    });
    const article = (await articlesIn(archived.id))[0]!;
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: archived.id } });
    const session = await env.as(user.username);
    expect(idsOf((await session.content.articles.list(list)).items)).toEqual(idsOf(await articlesIn(archived.id)));
    expect((await session.identity.units.tree()).map((u) => u.id)).toEqual([archived.id]);

    await (await env.as('chengguan')).identity.units.archive({ id: archived.id });
    for (const caller of [session, await env.as(user.username)]) {
      const me = await caller.identity.auth.me();
      expect(me).toMatchObject({ id: user.id, grants: [], permissions: [] });
      const forbidden = { code: 'FORBIDDEN' };
      await expect(caller.identity.units.tree()).rejects.toMatchObject(forbidden);
      await expect(caller.content.articles.list(list)).rejects.toMatchObject(forbidden);
      await expect(caller.content.articles.get({ id: article.id })).rejects.toMatchObject(forbidden);
      await expect(caller.content.columns.list({ unitId: archived.id })).rejects.toMatchObject(forbidden);
      await expect(caller.content.articles.update({ id: article.id, title: '归档后修改' })).rejects.toMatchObject(
        forbidden,
      );
      await expect(
        caller.content.articles.create({ columnId: column.id, title: '归档后新建', body: '正文' }),
      ).rejects.toMatchObject(forbidden);
    }
    expect((await signIn(user.username)).grants).toEqual([]);
    expect(await env.db.article.findUniqueOrThrow({ where: { id: article.id } })).not.toMatchObject({
      title: '归档后修改',
    });
  });

  it('a grant at an archived unit gives no power: the holder sees only what its other grants give', async () => {
    const archived = branch(7);
    const active = branch(5);
    const user = await addAccount(env, {
      unitId: active.id,
      grants: [
        { role: 'content_editor', unitId: archived.id },
        { role: 'member', unitId: active.id },
      ],
    });
    const article = await addArticle(env, archived.id);
    const session = await env.as(user.username);
    expect((await session.content.articles.get({ id: article.id })).id).toBe(article.id);

    await (await env.as('chengguan')).identity.units.archive({ id: archived.id });
    expect((await session.identity.auth.me())?.grants.map((g) => g.unitId)).toEqual([active.id]);
    expect(idsOf((await session.content.articles.list(list)).items)).toEqual(idsOf(await articlesIn(active.id)));
    expect((await session.identity.units.tree({ includeArchived: true })).map((u) => u.id)).toEqual([active.id]);
    await expectHidden(session.content.articles.get({ id: article.id }), session.content.articles.get({ id: missing }));
    // What the member grant does not permit stays refused: writing, even in the active branch.
    await expect(session.content.articles.delete({ id: article.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await env.db.article.count({ where: { id: article.id } })).toBe(1);
  });

  it('nobody removes their own last grant to manage users; any other of their grants, yes', async () => {
    const township = env.seed.townships.chengguan!;
    const user = await addAccount(env, {
      unitId: township.id,
      grants: [
        { role: 'township_admin', unitId: township.id },
        { role: 'member', unitId: branch(0).id },
      ],
    });
    const [adminGrant, memberGrant] = user.grantIds as [number, number];
    const self = await env.as(user.username);
    await expect(self.identity.grants.remove({ id: adminGrant })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '不能移除自己的最后一个管理授权',
    });
    expect(await env.db.grant.count({ where: { id: adminGrant } })).toBe(1);
    expect(await self.identity.grants.remove({ id: memberGrant })).toEqual({ ok: true });
    expect(await env.db.grant.count({ where: { userId: user.id } })).toBe(1);
    await expect(self.identity.grants.remove({ id: adminGrant })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await env.db.grant.count({ where: { id: adminGrant } })).toBe(1);
  });

  it('with two grants to manage users, one of them may go, and then the other is the last', async () => {
    const township = env.seed.townships.chengguan!;
    const user = await addAccount(env, {
      unitId: township.id,
      grants: [
        { role: 'township_admin', unitId: township.id },
        { role: 'township_admin', unitId: branch(1).id },
      ],
    });
    const [wide, narrow] = user.grantIds as [number, number];
    const self = await env.as(user.username);
    expect(await self.identity.grants.remove({ id: narrow })).toEqual({ ok: true });
    await expect(self.identity.grants.remove({ id: wide })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(idsOf(await env.db.grant.findMany({ where: { userId: user.id } }))).toEqual([wide]);
    // The rule is about one's own grants: another admin's only one may be removed by a manager above it.
    expect(await (await env.as('admin')).identity.grants.remove({ id: wide })).toEqual({ ok: true });
    expect(await env.db.grant.count({ where: { userId: user.id } })).toBe(0);
  });

  // Was a bug: the last-admin guard counted the grants the session loaded before the transaction, so two
  // sessions of one account, each removing one of its two managing grants at once, both passed. remove-grant
  // now locks the account and reads its grants inside the transaction.
  it('two concurrent removals cannot take away both of one’s grants to manage users', async () => {
    const township = env.seed.townships.chengguan!;
    for (let round = 0; round < 5; round++) {
      const user = await addAccount(env, {
        unitId: township.id,
        grants: [
          { role: 'township_admin', unitId: township.id },
          { role: 'township_admin', unitId: branch(1).id },
        ],
      });
      const [one, two] = [await env.as(user.username), await env.as(user.username)];
      const results = await Promise.allSettled(
        user.grantIds.map((id, i) => [one, two][i]!.identity.grants.remove({ id })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await env.db.grant.count({ where: { userId: user.id } })).toBe(1);
    }
  });
});
