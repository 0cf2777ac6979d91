import { naturalKey } from '@strata/api';
import type { Column } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';

const board = { page: 1, pageSize: 100, sort: 'stalest' } as const;

describe.each(await testProviders())('the freshness board on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  /** The active units with columns under each path, as the database has them (the expectation, not the code's). */
  const unitsUnder = async (...paths: string[]) =>
    (
      await env.db.unit.findMany({
        where: { OR: paths.map((p) => ({ path: { startsWith: p } })), archivedAt: null, columns: { some: {} } },
      })
    )
      .map((u) => u.id)
      .sort((a, b) => a - b);
  const rowIds = (rows: { unitId: number }[]) => rows.map((r) => r.unitId).sort((a, b) => a - b);

  it('shows each caller its own subtrees: a township, two townships, the whole municipality', async () => {
    const { chengguan, xishan } = env.seed.townships;
    const own = await (await env.as('chengguan')).content.freshness.board(board);
    expect(rowIds(own.items)).toEqual(await unitsUnder(chengguan!.path));
    expect(own.total).toBe(own.items.length);
    expect(own.totals.columns.kept + own.totals.columns.dueSoon + own.totals.columns.overdue).toBe(
      await env.db.column.count({ where: { unit: { path: { startsWith: chengguan!.path } }, hidden: false } }),
    );

    const both = await addAccount(env, {
      unitId: chengguan!.id,
      grants: [
        { role: 'township_admin', unitId: chengguan!.id },
        { role: 'content_editor', unitId: xishan!.id },
      ],
    });
    const two = await (await env.as(both.username)).content.freshness.board(board);
    expect(rowIds(two.items)).toEqual(await unitsUnder(chengguan!.path, xishan!.path));
    expect(two.items.some((r) => r.path.startsWith(env.seed.townships.donghu!.path))).toBe(false);

    const all = await (await env.as('admin')).content.freshness.board(board);
    expect(rowIds(all.items)).toEqual(await unitsUnder(env.seed.municipality.path));
    // Narrowed to a subtree in scope, and a subtree outside it refused as a missing one.
    const narrowed = await (await env.as('admin')).content.freshness.board({ ...board, unitId: xishan!.id });
    expect(rowIds(narrowed.items)).toEqual(await unitsUnder(xishan!.path));
    const chengguanAdmin = await env.as('chengguan');
    await expect(chengguanAdmin.content.freshness.board({ ...board, unitId: xishan!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  describe('a branch whose columns were created on 2026-01-01', () => {
    let unitId: number;
    let columns: Record<string, Column>;
    const article = (
      column: Column,
      fields: { status: string; publishedAt?: Date; publishAt?: Date; deletedAt?: Date },
    ) =>
      env.db.article.create({
        data: {
          unitId: column.unitId,
          columnId: column.id,
          title: `${column.name}的文章`,
          titleKey: naturalKey(`${column.name}的文章`),
          body: '正文',
          ...fields,
          siteAt: fields.publishAt ?? fields.publishedAt ?? null,
        },
      });
    /**
     * The branch's cells at `now`, as its township's admin reads them (its columns one by one) and as the municipal
     * admin's whole board does (the article table read whole): the two readings must agree.
     */
    const cells = async (now: Date) => {
      env.setNow(now);
      const { items } = await (await env.as('chengguan')).content.freshness.board({ ...board, unitId });
      expect(items).toHaveLength(1);
      const whole = await (await env.as('admin')).content.freshness.board(board);
      expect(whole.items.find((r) => r.unitId === unitId)).toEqual(items[0]);
      return Object.fromEntries(items[0]!.cells.map((c) => [c.key ?? c.name, c]));
    };

    beforeAll(async () => {
      unitId = env.seed.townships.chengguan!.branches[1]!.id;
      await env.db.column.updateMany({ where: { unitId }, data: { createdAt: shanghai('2026-01-01T09:00:00') } });
      columns = Object.fromEntries(
        (await env.db.column.findMany({ where: { unitId } })).map((c) => [c.key as string, c]),
      );
      const { news, grassroots, leadership, cadres } = columns as Record<string, Column>;
      await article(news!, { status: 'published', publishedAt: shanghai('2026-06-10T10:00:00') });
      await article(grassroots!, { status: 'published', publishedAt: shanghai('2026-06-01T10:00:00') });
      // Later, but none of them is a publication the public reads now: a draft, one in review, one withdrawn to
      // the archive, one in the recycle bin, and one scheduled for the 20th.
      await article(grassroots!, { status: 'draft' });
      await article(grassroots!, { status: 'review', publishedAt: shanghai('2026-06-13T10:00:00') });
      await article(grassroots!, { status: 'archived', publishedAt: shanghai('2026-06-14T10:00:00') });
      await article(grassroots!, {
        status: 'published',
        publishedAt: shanghai('2026-06-14T10:00:00'),
        deletedAt: shanghai('2026-06-14T12:00:00'),
      });
      await article(grassroots!, {
        status: 'published',
        publishedAt: shanghai('2026-06-14T10:00:00'),
        publishAt: shanghai('2026-06-20T08:00:00'),
      });
      await article(leadership!, { status: 'published', publishedAt: shanghai('2026-06-01T10:00:00') });
      // Approved in April, shown from its window's start in June: June is when it was published.
      await article(cadres!, {
        status: 'published',
        publishedAt: shanghai('2026-04-01T10:00:00'),
        publishAt: shanghai('2026-06-12T08:00:00'),
      });
      const admin = await env.as('chengguan');
      await admin.content.columns.update({ id: columns.showcase!.id, cadence: 'none' });
      const own = await admin.content.columns.create({ unitId, name: '隐藏的栏目', cadence: 'daily' });
      await admin.content.columns.update({ id: own.id, hidden: true });
    });
    afterAll(() => env.setNow(null));

    it('judges each column on the day the clock says, counting only what the public reads', async () => {
      const on15th = await cells(shanghai('2026-06-15T12:00:00'));
      const view = (key: string) => {
        const c = on15th[key]!;
        return [c.state, c.dueOn, c.daysOverdue, c.lastPublishedAt];
      };
      expect(view('news')).toEqual(['dueSoon', '2026-06-17', 0, '2026-06-10T02:00:00.000Z']);
      expect(view('grassroots')).toEqual(['overdue', '2026-06-08', 7, '2026-06-01T02:00:00.000Z']);
      expect(view('leadership')).toEqual(['kept', '2026-07-01', 0, '2026-06-01T02:00:00.000Z']);
      expect(view('cadres')).toEqual(['kept', '2026-07-12', 0, '2026-06-12T00:00:00.000Z']);
      // Never published: counted from the column's creation, three months on.
      expect(view('research')).toEqual(['overdue', '2026-04-01', 75, null]);
      expect(view('showcase')).toEqual(['untracked', null, 0, null]);
      expect(Object.values(on15th).find((c) => c.key === null)).toMatchObject({
        state: 'untracked',
        hidden: true,
        cadence: 'daily',
        key: null,
      });

      // Three days on, nothing published in between (what was read still answers): news is past its due day, in its
      // cell and in the unit's counts.
      expect((await cells(shanghai('2026-06-18T12:00:00'))).news).toMatchObject({ state: 'overdue', daysOverdue: 1 });
      const { items } = await (await env.as('chengguan')).content.freshness.board({ ...board, unitId });
      expect(items[0]?.counts).toEqual({ overdue: 3, dueSoon: 0, kept: 2, untracked: 2 });
      // The scheduled article counts once its window opens (on the 20th): grassroots is kept again.
      const on21st = await cells(shanghai('2026-06-21T09:00:00'));
      expect(on21st.grassroots).toMatchObject({
        state: 'kept',
        dueOn: '2026-06-27',
        lastPublishedAt: '2026-06-20T00:00:00.000Z',
      });
      expect(on21st.news).toMatchObject({ state: 'overdue', daysOverdue: 4 });
      // And back before it, it does not count (what is kept between reads follows the clock both ways).
      expect((await cells(shanghai('2026-06-15T12:00:00'))).grassroots).toMatchObject({ state: 'overdue' });
    });

    it('sorts the stalest unit first, filters by a unit’s worst state, pages, and sums the subtree', async () => {
      env.setNow(shanghai('2026-06-15T12:00:00'));
      const caller = await env.as('chengguan');
      const township = env.seed.townships.chengguan!;
      const all = await caller.content.freshness.board({ ...board, unitId: township.id });
      // The others' columns were created with the seed, months later than this clock: all kept.
      expect(all.items[0]).toMatchObject({
        unitId,
        state: 'overdue',
        counts: { overdue: 2, dueSoon: 1, kept: 2, untracked: 2 },
        oldestOverdueDays: 75,
      });
      expect(all.items.slice(1).every((r) => r.state === 'kept')).toBe(true);
      expect(all.totals.units).toEqual({ overdue: 1, dueSoon: 0, kept: all.items.length - 1, untracked: 0 });
      expect(all.totals.columns.overdue).toBe(2);
      const overdue = await caller.content.freshness.board({ ...board, unitId: township.id, state: 'overdue' });
      expect(overdue.items.map((r) => r.unitId)).toEqual([unitId]);
      expect(overdue.total).toBe(1);
      expect(overdue.totals).toEqual(all.totals);
      const byName = await caller.content.freshness.board({ ...board, unitId: township.id, sort: 'name', pageSize: 3 });
      expect(byName.total).toBe(all.total);
      expect(byName.items).toHaveLength(3);
      const names = (await caller.content.freshness.board({ ...board, unitId: township.id, sort: 'name' })).items;
      expect(names.map((r) => r.name)).toEqual(
        [...names].sort((a, b) => (naturalKey(a.name) < naturalKey(b.name) ? -1 : 1)).map((r) => r.name),
      );
      const page2 = await caller.content.freshness.board({
        ...board,
        unitId: township.id,
        sort: 'name',
        page: 2,
        pageSize: 3,
      });
      expect(page2.items.map((r) => r.unitId)).toEqual(names.slice(3, 6).map((r) => r.unitId));
    });

    it('summarises overdue and due-soon columns for the subtree and each unit below it', async () => {
      env.setNow(shanghai('2026-06-15T12:00:00'));
      const township = env.seed.townships.chengguan!;
      const summary = await (await env.as('chengguan')).content.freshness.summary({});
      expect(summary).toMatchObject({ today: '2026-06-15', overdue: 2, dueSoon: 1 });
      expect(summary.units.map((u) => u.unitId)).toEqual(township.branches.map((b) => b.id));
      expect(summary.units.find((u) => u.unitId === unitId)).toMatchObject({ overdue: 2, dueSoon: 1 });
      expect(summary.units.filter((u) => u.overdue + u.dueSoon > 0)).toHaveLength(1);
      // The municipality's, by township: 城关镇 carries the branch's columns.
      const city = await (await env.as('admin')).content.freshness.summary({});
      expect(city.units.map((u) => u.unitId)).toEqual(
        Object.values(env.seed.townships)
          .map((t) => t.id)
          .sort((a, b) => a - b),
      );
      expect(city.units.find((u) => u.unitId === township.id)).toMatchObject({ overdue: 2, dueSoon: 1 });
    });
  });
});

describe.each(await testProviders())('the articles published month by month on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  /** The twelve months to June 2026 as the summary names them, oldest first. */
  const toJune = [
    '2025-07',
    '2025-08',
    '2025-09',
    '2025-10',
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
  ];
  const byMonth = (summary: { publishedByMonth: { month: string; count: number }[] }) =>
    Object.fromEntries(summary.publishedByMonth.map((m) => [m.month, m.count]));
  /** The month after `month` (`YYYY-MM`). */
  const nextMonth = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  /**
   * The expectation, read with Prisma: the articles under the paths, not in the recycle bin, first published from
   * midnight (Asia/Shanghai) on the month's first day to the next month's.
   */
  const counted = async (months: string[], ...paths: string[]) =>
    Object.fromEntries(
      await Promise.all(
        months.map(async (month) => [
          month,
          await env.db.article.count({
            where: {
              unit: { OR: paths.map((p) => ({ path: { startsWith: p } })) },
              deletedAt: null,
              publishedAt: { gte: shanghai(`${month}-01T00:00:00`), lt: shanghai(`${nextMonth(month)}-01T00:00:00`) },
            },
          }),
        ]),
      ),
    );
  const article = async (unitId: number, fields: { status: string; publishedAt?: Date; deletedAt?: Date }) => {
    const column = await env.db.column.findFirstOrThrow({ where: { unitId } });
    return env.db.article.create({
      data: {
        unitId,
        columnId: column.id,
        title: '按月统计的文章',
        titleKey: naturalKey('按月统计的文章'),
        body: '正文',
        ...fields,
        siteAt: fields.publishedAt ?? null,
      },
    });
  };

  it('counts each month’s first publications in Shanghai’s months, live articles only, in the caller’s subtrees', async () => {
    const { chengguan, xishan, donghu } = env.seed.townships;
    const branch = chengguan!.branches[0]!.id;
    env.setNow(shanghai('2026-06-15T12:00:00'));
    const township = await env.as('chengguan');
    const admin = await env.as('admin');
    const both = await addAccount(env, {
      unitId: chengguan!.id,
      grants: [
        { role: 'township_admin', unitId: chengguan!.id },
        { role: 'content_editor', unitId: xishan!.id },
      ],
    });
    const two = await env.as(both.username);
    // What the demo already holds (its own articles' months), so each expectation below is its own rows more.
    const before = {
      township: byMonth(await township.content.freshness.summary({})),
      branch: byMonth(await township.content.freshness.summary({ unitId: branch })),
      two: byMonth(await two.content.freshness.summary({})),
      city: byMonth(await admin.content.freshness.summary({})),
    };

    // Either side of midnight in Shanghai on 1 March (16:00 UTC on 28 February) and on the window's first day.
    await article(branch, { status: 'published', publishedAt: shanghai('2026-02-28T23:59:59.999') });
    await article(branch, { status: 'published', publishedAt: shanghai('2026-03-01T00:00:00') });
    await article(branch, { status: 'published', publishedAt: shanghai('2026-03-20T09:00:00') });
    await article(branch, { status: 'published', publishedAt: shanghai('2025-06-30T23:59:59.999') });
    await article(branch, { status: 'published', publishedAt: shanghai('2025-07-01T00:00:00') });
    await article(branch, { status: 'published', publishedAt: shanghai('2026-06-15T11:00:00') });
    // Withdrawn to the archive after it was published: it was published in April, and counts there.
    await article(branch, { status: 'archived', publishedAt: shanghai('2026-04-05T10:00:00') });
    // Never published, and in the recycle bin: neither counts.
    await article(branch, { status: 'draft' });
    await article(branch, {
      status: 'published',
      publishedAt: shanghai('2026-04-06T10:00:00'),
      deletedAt: shanghai('2026-04-07T10:00:00'),
    });
    // The township's own, another township's, and a third's.
    await article(chengguan!.id, { status: 'published', publishedAt: shanghai('2026-05-31T23:00:00') });
    await article(xishan!.branches[0]!.id, { status: 'published', publishedAt: shanghai('2026-04-07T10:00:00') });
    await article(donghu!.branches[0]!.id, { status: 'published', publishedAt: shanghai('2026-04-08T10:00:00') });

    const added = (was: Record<string, number>, more: Record<string, number>) =>
      Object.fromEntries(toJune.map((m) => [m, (was[m] ?? 0) + (more[m] ?? 0)]));
    const branchOnly = { '2025-07': 1, '2026-02': 1, '2026-03': 2, '2026-04': 1, '2026-06': 1 };

    const narrowed = await township.content.freshness.summary({ unitId: branch });
    // Exactly the twelve months to today's, oldest first, those without any at 0.
    expect(narrowed.publishedByMonth.map((m) => m.month)).toEqual(toJune);
    expect(byMonth(narrowed)).toEqual(added(before.branch, branchOnly));
    expect(byMonth(narrowed)).toEqual(await counted(toJune, chengguan!.branches[0]!.path));

    const own = await township.content.freshness.summary({});
    expect(byMonth(own)).toEqual(added(before.township, { ...branchOnly, '2026-05': 1 }));
    expect(byMonth(own)).toEqual(await counted(toJune, chengguan!.path));

    // Grants in two townships: both, and nothing of a third.
    const twoTownships = await two.content.freshness.summary({});
    expect(byMonth(twoTownships)).toEqual(added(before.two, { ...branchOnly, '2026-05': 1, '2026-04': 2 }));
    expect(byMonth(twoTownships)).toEqual(await counted(toJune, chengguan!.path, xishan!.path));

    const city = await admin.content.freshness.summary({});
    expect(byMonth(city)).toEqual(added(before.city, { ...branchOnly, '2026-05': 1, '2026-04': 3 }));
    expect(byMonth(city)).toEqual(await counted(toJune, env.seed.municipality.path));

    // Another township asked by unit is refused exactly as a missing unit is.
    const [foreign, missing] = await Promise.allSettled([
      township.content.freshness.summary({ unitId: xishan!.id }),
      township.content.freshness.summary({ unitId: 999_999 }),
    ]);
    expect([foreign.status, missing.status]).toEqual(['rejected', 'rejected']);
    const shape = (r: PromiseSettledResult<unknown>) => {
      const e = (r as PromiseRejectedResult).reason as { code?: string; message?: string };
      return { code: e.code, message: e.message };
    };
    expect(shape(foreign)).toEqual(shape(missing));
    expect(shape(foreign).code).toBe('NOT_FOUND');

    // A month on, nothing written in between: the window moves (July in, last July out), not a kept answer.
    env.setNow(shanghai('2026-07-01T00:00:00'));
    const july = await township.content.freshness.summary({ unitId: branch });
    const toJuly = [...toJune.slice(1), '2026-07'];
    expect(july.publishedByMonth.map((m) => m.month)).toEqual(toJuly);
    expect(byMonth(july)).toEqual(await counted(toJuly, chengguan!.branches[0]!.path));
    expect(byMonth(july)).toMatchObject({ '2026-03': before.branch['2026-03']! + 2, '2026-07': 0 });
    env.setNow(null);
  });
});
