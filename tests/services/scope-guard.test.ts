// The guard at work on a real client, one rule per case: a query that escapes the caller's scope fails loudly
// instead of leaking, however it is written; the same query kept inside the scope runs and answers rightly.
import { reviewedSql, Scope, ScopeGuardError, withScopeGuard } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';

describe.each(await testProviders())('scope guard on %s', (provider) => {
  let env: TestEnv;
  let township: Scope;
  let db: ReturnType<typeof withScopeGuard>;
  let foreignUnit: number;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 1 });
    const t = env.seed.townships.chengguan!;
    township = new Scope([{ id: 1, role: 'township_admin', unitId: t.id, unitPath: t.path, unitName: t.name }]);
    db = withScopeGuard(env.db, township);
    foreignUnit = env.seed.townships.donghu!.id;
  });
  afterAll(() => env?.drop());
  const refused = expect.any(ScopeGuardError);

  it('refuses unit-owned reads, counts, updates and deletes without a scope filter', async () => {
    await expect(db.article.findMany()).rejects.toEqual(refused);
    await expect(db.unit.count()).rejects.toEqual(refused);
    await expect(db.column.updateMany({ data: { hidden: true } })).rejects.toEqual(refused);
    await expect(db.$transaction((tx) => tx.user.findFirst({ where: { id: 1 } }))).rejects.toEqual(refused);
  });

  it('refuses a hand-made filter naming any prefix outside the scope ("/" is the whole tree)', async () => {
    await expect(db.article.findMany({ where: { unit: { OR: [{ path: { startsWith: '/' } }] } } })).rejects.toEqual(
      refused,
    );
    const own = await db.article.findMany({ where: township.ownedWhere('content.read') });
    expect(own.length).toBe(
      await env.db.article.count({ where: { unit: { path: { startsWith: township.grants[0]!.unitPath } } } }),
    );
  });

  it('refuses an include chain unit -> parent -> children -> articles', async () => {
    await expect(
      db.article.findMany({
        where: township.ownedWhere('content.read'),
        include: { unit: { include: { parent: { include: { children: { include: { articles: true } } } } } } },
      }),
    ).rejects.toEqual(refused);
  });

  it('refuses a relation filter that probes other units, and counts of unfiltered relations', async () => {
    await expect(
      db.user.findMany({ where: { ...township.ownedWhere('user.read'), grants: { some: { unitId: foreignUnit } } } }),
    ).rejects.toEqual(refused);
    await expect(
      db.user.findMany({ where: township.ownedWhere('user.read'), include: { _count: { select: { grants: true } } } }),
    ).rejects.toEqual(refused);
  });

  it('refuses nested writes (a grant created or connected through a user write)', async () => {
    const user = await db.user.findFirstOrThrow({ where: township.ownedWhere('user.read') });
    await expect(
      db.user.update({
        where: { id: user.id, ...township.ownedWhere('user.manage') },
        data: { grants: { create: { role: 'municipal_admin', unitId: env.seed.municipality.id } } },
      }),
    ).rejects.toEqual(refused);
    await expect(
      db.article.create({
        data: {
          title: 'x',
          body: 'x',
          unit: { connect: { id: foreignUnit } },
          column: { connect: { id: 1 } },
        },
      }),
    ).rejects.toEqual(refused);
    expect(await env.db.grant.count({ where: { userId: user.id, role: 'municipal_admin' } })).toBe(0);
  });

  it('refuses a create in a foreign unit, and allows it in the own township', async () => {
    const foreignColumn = await env.db.column.findFirstOrThrow({ where: { unitId: foreignUnit } });
    await expect(
      db.article.create({ data: { title: '越权', body: 'x', unitId: foreignUnit, columnId: foreignColumn.id } }),
    ).rejects.toEqual(refused);
    await expect(db.column.create({ data: { unitId: foreignUnit, name: '越权栏目' } })).rejects.toEqual(refused);
    const own = env.seed.townships.chengguan!;
    const column = await db.column.create({ data: { unitId: own.id, name: '本镇新栏目' } });
    expect(column.unitId).toBe(own.id);
  });

  it('refuses raw SQL that was not reviewed, and runs a reviewed statement', async () => {
    await expect(db.$queryRaw`SELECT "name" FROM "Unit"`).rejects.toEqual(refused);
    await expect(db.$queryRawUnsafe('SELECT 1')).rejects.toEqual(refused);
    await expect(db.$executeRawUnsafe('DELETE FROM "Session"')).rejects.toEqual(refused);
    const rows = await db.$queryRaw<{ n: number }[]>(reviewedSql`SELECT 1 AS "n"`);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('keeps the audit log append-only, even with a scope filter', async () => {
    const where = township.ownedWhere('audit.read');
    await expect(db.auditLog.deleteMany({ where })).rejects.toEqual(refused);
    await expect(db.auditLog.updateMany({ where, data: { action: 'forged' } })).rejects.toEqual(refused);
  });

  it('leaves models that no unit owns alone', async () => {
    expect(await db.session.count()).toBeGreaterThanOrEqual(0);
  });
});
