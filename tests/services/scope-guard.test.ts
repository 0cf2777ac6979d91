// The guard at work on a real client: a forgotten scope filter fails loudly instead of leaking.
import { Scope, ScopeGuardError, withScopeGuard } from '@strata/api';
import { createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe.each(await testProviders())('scope guard on %s', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const root = await database.db.unit.create({ data: { kind: 'municipality', name: 'm', path: '/1/', depth: 0 } });
    expect(root.id).toBe(1);
  });
  afterAll(() => database?.drop());

  it('throws on unit-owned reads, counts, updates and deletes without a scope filter', async () => {
    const db = withScopeGuard(database.db);
    await expect(db.article.findMany()).rejects.toBeInstanceOf(ScopeGuardError);
    await expect(db.unit.count()).rejects.toBeInstanceOf(ScopeGuardError);
    await expect(db.column.updateMany({ data: { hidden: true } })).rejects.toBeInstanceOf(ScopeGuardError);
    await expect(db.auditLog.deleteMany({})).rejects.toBeInstanceOf(ScopeGuardError);
    await expect(db.$transaction((tx) => tx.user.findFirst({ where: { id: 1 } }))).rejects.toBeInstanceOf(
      ScopeGuardError,
    );
  });

  it('keeps the audit log append-only, even with a scope filter', async () => {
    const db = withScopeGuard(database.db);
    const scope = new Scope([{ id: 1, role: 'municipal_admin', unitId: 1, unitPath: '/1/', unitName: 'm' }]);
    await db.auditLog.create({ data: { unitId: 1, action: 'test', entity: 'Unit', entityId: '1' } });
    await expect(db.auditLog.deleteMany({ where: scope.ownedWhere('audit.read') })).rejects.toBeInstanceOf(
      ScopeGuardError,
    );
    await expect(
      db.auditLog.updateMany({ where: scope.ownedWhere('audit.read'), data: { action: 'forged' } }),
    ).rejects.toBeInstanceOf(ScopeGuardError);
    expect(await db.auditLog.count({ where: { ...scope.ownedWhere('audit.read'), action: 'test' } })).toBe(1);
  });

  it('lets scoped queries through and leaves non-owned models alone', async () => {
    const db = withScopeGuard(database.db);
    const scope = new Scope([{ id: 1, role: 'municipal_admin', unitId: 1, unitPath: '/1/', unitName: 'm' }]);
    expect(await db.unit.count({ where: scope.unitWhere('unit.read') })).toBe(1);
    expect(await db.article.findMany({ where: scope.ownedWhere('content.read') })).toEqual([]);
    expect(await db.session.count()).toBe(0);
  });
});
