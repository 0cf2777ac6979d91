// A scoped page (scopedPage in @strata/api) picks its rows in one of two shapes, walking the sort key's index or
// reading unit by unit. Both must give exactly what a plain Prisma query over the caller's scope gives, for every
// sort, order, filter and page, on both databases, for callers with one grant, with grants in two townships, and
// narrowed to a subtree; the total is counted up to a bound and says when it stopped there.
import {
  type PageSource,
  RoleCatalog,
  reviewedSql,
  Scope,
  scopedPage,
  toIso,
  unitInScope,
  withinPath,
  withScopeGuard,
} from '@strata/api';
import { type Db, Prisma, type Unit } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedRows, liveArticles } from '../../services/content/src/articles/article-page.sql';
import { type ArticleFilter, articleFilter, listNames } from '../../services/content/src/articles/article-schemas';
import { ensureArticleSearch } from '../../services/content/src/articles/article-search.sql';
import { contentTeam } from '../../services/content/src/team';

const sorts = ['updatedAt', 'createdAt', 'publishedAt', 'title'] as const;
const day = 86_400_000;

describe.each(await testProviders())('a scoped page on %s', (provider) => {
  let database: TestDatabase;
  const units: Record<string, Unit> = {};

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    units.city = await addTestUnit(db, null, { kind: 'municipality', name: 'city' });
    for (const t of ['east', 'west', 'north']) {
      units[t] = await addTestUnit(db, units.city, { kind: 'township', name: t });
      for (const b of [1, 2]) {
        units[`${t}${b}`] = await addTestUnit(db, units[t] as Unit, { kind: 'branch', name: `${t}${b}` });
        units[`${t}${b}g`] = await addTestUnit(db, units[`${t}${b}`] as Unit, { kind: 'group', name: `${t}${b}g` });
      }
    }
    const all = Object.values(units);
    const columns = await Promise.all(
      all.map((u) => db.column.create({ data: { unitId: u.id, name: 'news' }, select: { id: true, unitId: true } })),
    );
    // Deterministic variety: keys that tie, titles that tie, drafts never published, some rows binned.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor(seed / 65_536) % n;
    };
    const statuses = ['draft', 'review', 'published', 'archived'];
    const rows: Prisma.ArticleCreateManyInput[] = [];
    for (let i = 0; i < 240; i++) {
      const column = columns[next(columns.length)] as { id: number; unitId: number };
      const status = statuses[next(4)] as string;
      const title = `title ${next(40)}`;
      rows.push({
        unitId: column.unitId,
        columnId: column.id,
        title,
        titleKey: title,
        body: 'b',
        status,
        createdAt: new Date(Date.UTC(2026, 0, 1) + next(30) * day),
        updatedAt: new Date(Date.UTC(2026, 1, 1) + next(30) * day),
        publishedAt: status === 'draft' ? null : new Date(Date.UTC(2026, 2, 1) + next(20) * day),
        deletedAt: next(10) === 0 ? new Date(Date.UTC(2026, 3, 1) + next(5) * day) : null,
      });
    }
    await db.article.createMany({ data: rows });
    // Indexed for search as a start-up would (the rows were written around the service).
    await ensureArticleSearch(db);
  }, 120_000);
  afterAll(() => database?.drop());

  const callers = () => ({
    municipal: [['township_admin', units.city]],
    township: [['township_admin', units.east]],
    branch: [['branch_secretary', units.west1]],
    // Grants in two townships, one of them away from any home unit.
    twoTownships: [
      ['branch_secretary', units.east2],
      ['township_admin', units.north],
    ],
    nothing: [['member', units.west1g]],
  });
  const scopeOf = (grants: (string | Unit | undefined)[][]) =>
    new Scope(
      grants.map(([role, unit], i) => {
        const u = unit as Unit;
        return { id: i + 1, role: role as 'township_admin', unitId: u.id, unitPath: u.path, unitName: u.name };
      }),
      new RoleCatalog([contentTeam]),
    );

  /**
   * The answer without any of the page's machinery: Prisma over the scope's filter, ordered by `leading` (a column)
   * before the sort's key when given.
   */
  async function expected(db: Db, scope: Scope, filter: ArticleFilter, within?: string, leading?: 'status') {
    const where: Prisma.ArticleWhereInput = {
      ...scope.ownedWhere('content.read', within),
      deletedAt: null,
      ...(filter.status ? { status: filter.status } : {}),
      // One term of one character: the full-text search finds it in a title as contains does (the bodies hold none).
      ...(filter.search ? { title: { contains: filter.search } } : {}),
    };
    const key = filter.sort === 'title' ? 'titleKey' : filter.sort;
    const [rows, total] = await Promise.all([
      db.article.findMany({
        where,
        select: {
          id: true,
          unitId: true,
          columnId: true,
          title: true,
          status: true,
          publishedAt: true,
          publishAt: true,
          unpublishAt: true,
          createdAt: true,
          updatedAt: true,
          placedCount: true,
          ...listNames,
        },
        orderBy: [...(leading ? [{ [leading]: filter.order }] : []), { [key]: filter.order }, { id: filter.order }],
        skip: (filter.page - 1) * filter.pageSize,
        take: filter.pageSize,
      }),
      db.article.count({ where }),
    ]);
    // A page reads its instants as ISO text (what the list sends); Prisma gives Dates.
    const listed = rows.map((r) => ({
      ...r,
      publishedAt: toIso(r.publishedAt),
      publishAt: toIso(r.publishAt),
      unpublishAt: toIso(r.unpublishAt),
      createdAt: toIso(r.createdAt),
      updatedAt: toIso(r.updatedAt),
    }));
    return { ids: rows.map((r) => r.id), rows: listed, total };
  }

  const page = (db: Db, scope: Scope, source: PageSource, filter: ArticleFilter, extra: object = {}) =>
    scopedPage(db, {
      scope,
      permission: 'content.read',
      within: undefined,
      source,
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      rows: listedRows,
      ...extra,
    });

  it('gives what a plain query gives, in each shape and the one chosen, for every caller, sort, order, filter and page', async () => {
    let compared = 0;
    for (const [name, grants] of Object.entries(callers())) {
      const scope = scopeOf(grants);

      const db = withScopeGuard(database.db, scope);
      for (const sort of sorts)
        for (const order of ['asc', 'desc'] as const)
          for (const narrowing of [{}, { status: 'published' }, { search: '3' }])
            for (const at of [
              { page: 1, pageSize: 7 },
              { page: 3, pageSize: 7 },
            ]) {
              const filter = articleFilter.parse({ sort, order, ...narrowing, ...at });
              const want = await expected(db, scope, filter);
              // Each shape pinned, and the one chosen for the scope (the whole tree's leaves out the unit join).
              for (const shape of ['walk', 'perUnit', undefined] as const) {
                const got = await page(db, scope, liveArticles(db, filter), filter, shape ? { shape } : {});
                const label = `${name} ${sort} ${order} ${JSON.stringify(narrowing)} page ${at.page} ${shape ?? 'chosen'}`;
                expect({ label, rows: got.items, total: got.total }).toEqual({
                  label,
                  rows: want.rows,
                  total: want.total,
                });
                compared += 1;
              }
              if (name !== 'nothing')
                expect(want.total, `${name} ${JSON.stringify(narrowing)} ${sort}`).toBeGreaterThan(0);
            }
    }
    expect(compared).toBe(5 * 4 * 2 * 3 * 2 * 3);
  });

  it('sorts by a leading column before the key, in each shape, for every caller, order and page', async () => {
    let compared = 0;
    for (const [name, grants] of Object.entries(callers())) {
      const scope = scopeOf(grants);
      const db = withScopeGuard(database.db, scope);
      for (const sort of ['updatedAt', 'title'] as const)
        for (const order of ['asc', 'desc'] as const)
          for (const at of [
            { page: 1, pageSize: 7 },
            { page: 4, pageSize: 7 },
          ]) {
            const filter = articleFilter.parse({ sort, order, ...at });
            const want = await expected(db, scope, filter, undefined, 'status');
            const source = { ...liveArticles(db, filter), leading: reviewedSql`r."status"` };
            for (const shape of ['walk', 'perUnit', undefined] as const) {
              const got = await page(db, scope, source, filter, shape ? { shape } : {});
              const label = `${name} status, ${sort} ${order} page ${at.page} ${shape ?? 'chosen'}`;
              expect({ label, ids: got.items.map((r) => r.id), total: got.total }).toEqual({
                label,
                ids: want.ids,
                total: want.total,
              });
              compared += 1;
            }
          }
      // The leading column decides first: the page is not the key's order alone.
      if (name === 'municipal') {
        const filter = articleFilter.parse({ sort: 'updatedAt', order: 'desc', pageSize: 100 });
        expect((await expected(db, scope, filter, undefined, 'status')).ids).not.toEqual(
          (await expected(db, scope, filter)).ids,
        );
      }
    }
    expect(compared).toBe(5 * 2 * 2 * 2 * 3);
  });

  it('reaches only the narrowed subtree, and nothing outside the scope', async () => {
    const scope = scopeOf(callers().twoTownships);
    const db = withScopeGuard(database.db, scope);
    const filter = articleFilter.parse({ pageSize: 100 });
    const north = await page(db, scope, liveArticles(db, filter), filter, { within: units.north?.path });
    const want = await expected(db, scope, filter, units.north?.path);
    expect(north.items.map((r) => r.id)).toEqual(want.ids);
    expect(want.total).toBeGreaterThan(0);
    // A foreign subtree is no subtree at all: the same empty page as a unit with nothing in it.
    const foreign = await page(db, scope, liveArticles(db, filter), filter, { within: units.west?.path });
    expect(foreign).toEqual({ items: [], total: 0, totalIsBound: false });
  });

  it('looks a unit up in the scope as the guarded Prisma lookup finds it, every column alike, and elsewhere as missing', async () => {
    // One unit with every column filled, so each is read with Prisma's type (Dates, numbers, text).
    const full = units.east1 as Unit;
    const filled = await database.db.unit.update({
      where: { id: full.id },
      data: {
        latitude: 30.25,
        longitude: 120.5,
        boundary: '{"type":"Polygon","coordinates":[]}',
        archivedAt: new Date('2026-03-01T08:00:00.123Z'),
        secretary: '王芳',
        contactPerson: '李明',
        contactPhone: '0571-88886666',
        foundedOn: '1998-07-01',
        creditCode: '11330100MB1234567X',
        address: '城关镇解放路1号',
        siteCode: 'east1',
      },
    });
    const lookups = { unit: 0, found: 0, missing: 0 };
    for (const grants of Object.values(callers())) {
      const scope = scopeOf(grants);
      const db = withScopeGuard(database.db, scope);
      for (const unit of [...Object.values(units), { id: 999_999 }]) {
        const want = await db.unit.findFirst({ where: { id: unit.id, ...scope.unitWhere('content.read') } });
        const got = await unitInScope(db, scope, 'content.read', unit.id).then(
          (u) => u,
          (e: { code: string }) => e.code,
        );
        // Inside a transaction the statement goes through Prisma's raw query instead: the same unit.
        const inTransaction = await db.$transaction((tx) =>
          unitInScope(tx, scope, 'content.read', unit.id).then(
            (u) => u,
            (e: { code: string }) => e.code,
          ),
        );
        expect(got, `${JSON.stringify(grants.map(([role, u]) => [role, (u as Unit).path]))} unit ${unit.id}`).toEqual(
          want ?? 'NOT_FOUND',
        );
        expect(inTransaction).toEqual(got);
        lookups.unit++;
        lookups[want ? 'found' : 'missing']++;
      }
    }
    // Both outcomes, and the filled unit seen whole by a caller who reaches it.
    expect(lookups.found).toBeGreaterThan(0);
    expect(lookups.missing).toBeGreaterThan(0);
    const city = scopeOf(callers().municipal);
    const seen = await unitInScope(withScopeGuard(database.db, city), city, 'content.read', full.id);
    expect(seen).toEqual(filled);
    expect(Object.keys(seen).sort()).toEqual(Object.keys(Prisma.UnitScalarFieldEnum).sort());
    expect(seen.archivedAt).toBeInstanceOf(Date);
    // Inside a transaction the unit is read on the transaction's own connection: its uncommitted change is seen.
    // (Read on another connection, it would not be, and a burst of such transactions could each wait for a
    // connection that only their own ends free.)
    const guarded = withScopeGuard(database.db, city);
    const inside = await guarded.$transaction(async (tx) => {
      await tx.unit.update({
        where: { id: full.id, ...city.unitWhere('content.read') },
        data: { name: 'east1 renamed' },
      });
      return unitInScope(tx, city, 'content.read', full.id);
    });
    expect(inside.name).toBe('east1 renamed');
    // Put back as the other tests expect it.
    await database.db.unit.update({
      where: { id: full.id },
      data: { name: full.name, archivedAt: null, siteCode: null },
    });
  });

  it('narrows to a unit in the scope by its path, and to none elsewhere, as a missing unit', async () => {
    for (const grants of Object.values(callers())) {
      const scope = scopeOf(grants);
      const db = withScopeGuard(database.db, scope);
      for (const unit of Object.values(units)) {
        // The reviewed statement answers as the guarded Prisma lookup does, for every caller and unit.
        const want = await db.unit
          .findFirst({ where: { id: unit.id, ...scope.unitWhere('content.read') } })
          .then((u) => u?.path ?? 'NOT_FOUND');
        const got = await withinPath(db, scope, 'content.read', unit.id).then(
          (path) => path,
          (e: { code: string }) => e.code,
        );
        expect(got).toBe(want);
      }
      await expect(withinPath(db, scope, 'content.read', 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Both outcomes occur: a caller with grants in two townships reaches one and not the other.
    const two = scopeOf(callers().twoTownships);
    const db = withScopeGuard(database.db, two);
    await expect(withinPath(db, two, 'content.read', units.north2g?.id as number)).resolves.toBe(units.north2g?.path);
    await expect(withinPath(db, two, 'content.read', units.west?.id as number)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('counts up to the bound and says when it stopped there', async () => {
    const scope = scopeOf(callers().municipal);
    const db = withScopeGuard(database.db, scope);
    const filter = articleFilter.parse({});
    const { total } = await expected(db, scope, filter);
    const exact = await page(db, scope, liveArticles(db, filter), filter, { countBound: total });
    expect(exact).toMatchObject({ total, totalIsBound: false });
    const bounded = await page(db, scope, liveArticles(db, filter), filter, { countBound: total - 1 });
    expect(bounded).toMatchObject({ total: total - 1, totalIsBound: true });
    expect(bounded.items).toHaveLength(20);
  });
});
