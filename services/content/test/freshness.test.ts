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
