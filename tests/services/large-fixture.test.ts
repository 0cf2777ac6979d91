// The large fixture (npm run fixture), built at size `s` on each database: it holds what the size says, the
// tree is consistent, the demo's logins (and the generated accounts) sign in and see their subtree through the
// real gateway, and one seed builds the same rows twice.
import { inconsistentUnits } from '@strata/db';
import { createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureSummary } from '../../scripts/fixture/build';
import { sizes } from '../../scripts/fixture/sizes';
import { signInByInject } from '../support/http-session';
import { testServer } from '../support/test-server';

const size = sizes.s;
// A fixed moment in the past: generated rows are dated before it, the demo's carry the wall clock, so a
// comparison of two builds can tell the generated rows (the deterministic ones) from the demo's.
const now = new Date('2020-01-01T00:00:00Z');
const seed = 7;

/** The generated rows of every table the fixture writes, without the password hash (argon2 salts differ). */
async function generatedRows(database: TestDatabase) {
  const db = database.db;
  const before = { lte: now };
  return {
    units: await db.unit.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    users: await db.user.findMany({
      where: { createdAt: before },
      omit: { passwordHash: true },
      orderBy: { id: 'asc' },
    }),
    grants: await db.grant.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    columns: await db.column.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    articles: await db.article.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    audit: await db.auditLog.findMany({ where: { at: before }, orderBy: { id: 'asc' } }),
  };
}

type ArticlePage = { result: { data: { items: { unitId: number }[]; total: number } } };

describe.each(await testProviders())('large fixture (size s) on %s', (provider) => {
  let database: TestDatabase;
  let summary: FixtureSummary;
  let app: FastifyInstance;
  /** As built, before any case signs in (a sign-in updates the account and writes to the log). */
  let built: Awaited<ReturnType<typeof generatedRows>>;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    summary = await buildFixture({ url: database.url, size: 's', seed, now });
    built = await generatedRows(database);
    app = await testServer(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('holds what the size says, and reports it', async () => {
    const db = database.db;
    const units = await db.unit.groupBy({ by: ['kind'], _count: true, orderBy: { kind: 'asc' } });
    expect(Object.fromEntries(units.map((u) => [u.kind, u._count]))).toEqual({
      branch: size.branches,
      municipality: 1,
      township: size.townships,
    });
    expect(await db.user.count()).toBe(size.users);
    expect(await db.article.count()).toBe(size.articles);
    expect(await db.auditLog.count()).toBe(size.auditEntries);
    // Every unit has the six default columns onUnitCreated gives it.
    expect(await db.column.count({ where: { key: { not: null } } })).toBe(6 * (1 + size.townships + size.branches));
    // Every account holds at least one grant; officers and members alike.
    expect(await db.user.count({ where: { grants: { none: {} } } })).toBe(0);
    const roles = new Set((await db.grant.findMany({ select: { role: true }, distinct: ['role'] })).map((g) => g.role));
    expect([...roles].sort()).toEqual([
      'branch_secretary',
      'content_editor',
      'member',
      'municipal_admin',
      'reviewer',
      'township_admin',
    ]);
    expect(summary.counts).toMatchObject({ Article: size.articles, AuditLog: size.auditEntries, User: size.users });
    expect(Object.keys(summary.seconds)).toEqual(expect.arrayContaining(['demo', 'identity', 'content', 'analyze']));
  });

  it('keeps every index the migrations made (dropped for the load, built again after)', async () => {
    const indexes = async (db: TestDatabase['db']) =>
      provider === 'sqlite'
        ? db.$queryRawUnsafe(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`)
        : db.$queryRawUnsafe(
            `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`,
          );
    const migrated = await createTestDatabase(provider);
    try {
      const expected = await indexes(migrated.db);
      expect(expected).not.toEqual([]);
      expect(await indexes(database.db)).toEqual(expected);
    } finally {
      await migrated.drop();
    }
  });

  it('builds a consistent unit tree', async () => {
    expect(await inconsistentUnits(database.db)).toEqual([]);
  });

  // A township admin and a branch secretary: each sees all of its own subtree's rows, the fixture's included.
  it.each([
    ['chengguan', '城关镇'],
    ['secretary', '城关镇机关支部'],
  ])('lets the demo login %s sign in and see exactly its subtree (%s)', async (username, unitName) => {
    const headers = await signInByInject(app, username, demoPassword);
    const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 100, sort: 'updatedAt', order: 'desc' }));
    const res = await app.inject({ url: `/trpc/content.articles.list?input=${input}`, headers });
    expect(res.statusCode).toBe(200);
    const { items, total } = (res.json() as ArticlePage).result.data;
    const home = await database.db.unit.findFirstOrThrow({ where: { name: unitName } });
    const subtree = await database.db.unit.findMany({ where: { path: { startsWith: home.path } } });
    const inSubtree = new Set(subtree.map((u) => u.id));
    expect(total).toBe(await database.db.article.count({ where: { unitId: { in: [...inSubtree] }, deletedAt: null } }));
    // More than the demo's own six articles per unit: the login sees the fixture's rows too.
    expect(total).toBeGreaterThan(6 * subtree.length);
    expect(items.length).toBe(Math.min(100, total));
    expect(items.filter((a) => !inSubtree.has(a.unitId))).toEqual([]);
  });

  it('lets a generated account sign in with the fixture password', async () => {
    const generated = await database.db.user.findFirstOrThrow({
      where: { createdAt: { lte: now }, disabledAt: null },
      orderBy: { id: 'asc' },
    });
    await expect(signInByInject(app, generated.username, demoPassword)).resolves.toMatchObject({
      cookie: expect.stringContaining('strata_session'),
    });
  });

  it('builds the same rows from the same seed', async () => {
    const again = await createTestDatabase(provider);
    try {
      await buildFixture({ url: again.url, size: 's', seed, now });
      expect(built.articles.length).toBeGreaterThan(size.articles / 2);
      expect(built.users.length).toBeGreaterThan(size.users / 2);
      expect(await generatedRows(again)).toEqual(built);
    } finally {
      await again.drop();
    }
  });
});
