import { describe, expect, it } from 'vitest';
import { widgets } from './home-widgets';
import type { RouterOutputs } from './trpc';

type Mine = RouterOutputs['content']['articles']['mine'];
type Listed = RouterOutputs['content']['articles']['list'];
type Row = Listed['items'][number];

describe('the content cards', () => {
  /** A list row as content.articles.list answers it. */
  const row = (id: number, status: Row['status'], at: string, unitName = '城关镇'): Row => ({
    id,
    unitId: 2,
    unitName,
    columnId: 20,
    columnName: '工作动态',
    title: `文章${id}`,
    status,
    authorName: '城关镇内容编辑',
    publishedAt: status === 'published' ? at : null,
    publishAt: null,
    unpublishAt: null,
    createdAt: at,
    updatedAt: at,
    placedCount: 0,
    siteState: status === 'published' ? 'live' : null,
    actions: { withdraw: false, delete: null },
  });
  const page = (items: Row[], total = items.length, totalIsBound = false): Listed => ({ items, total, totalIsBound });
  const today = '2026-11-29';
  /** A query that answers `answer` and keeps what it was asked. */
  const asking = (answer: unknown) => {
    const asked: unknown[] = [];
    return {
      asked,
      query: async (path: string, input: unknown) => {
        asked.push([path, input]);
        return answer;
      },
    };
  };

  describe('drafts', () => {
    const mine: Mine = {
      drafts: { total: 7, totalIsBound: false },
      returned: { total: 1, totalIsBound: false },
      review: { total: 2, totalIsBound: false },
      items: [
        {
          id: 31,
          title: '被退回的稿件',
          unitName: '城关镇',
          columnName: '工作动态',
          updatedAt: '2026-11-20T02:00:00.000Z',
          returnComment: '请补充活动时间和地点，并核对参会人数与照片说明是否一致，再提交审核',
        },
        {
          id: 30,
          title: '我的草稿',
          unitName: '城关镇机关支部',
          columnName: '党建要闻',
          updatedAt: '2026-11-28T02:00:00.000Z',
          returnComment: null,
        },
        {
          id: 29,
          title: '短意见的退回稿',
          unitName: '城关镇',
          columnName: '工作动态',
          updatedAt: '2026-11-18T02:00:00.000Z',
          returnComment: '标题再斟酌',
        },
      ],
    };

    it('asks articles.mine at the unit: the caller’s drafts, returned ones first marked with the reviewer’s words', async () => {
      const { asked, query } = asking(mine);
      const data = await widgets.drafts?.load({ unitId: 2, locale: 'zh-CN', today, query });
      expect(asked).toEqual([['content.articles.mine', { unitId: 2 }]]);
      expect(data?.figures).toEqual([
        { label: '我的草稿', value: 7, format: 'count' },
        { label: '被退回', value: 1, format: 'count' },
        { label: '待审核', value: 2, format: 'count' },
      ]);
      expect(data?.list?.label).toBe('先处理这些草稿');
      expect(data?.list?.items).toEqual([
        {
          title: '被退回的稿件',
          path: '/content/articles/31',
          meta: '退回：请补充活动时间和地点，并核对参会人数与照…',
          tone: 'danger',
        },
        { title: '我的草稿', path: '/content/articles/30', meta: '城关镇机关支部 · 党建要闻' },
        { title: '短意见的退回稿', path: '/content/articles/29', meta: '退回：标题再斟酌', tone: 'danger' },
      ]);
      expect(data?.link).toEqual({ label: '新建文章', path: '/content/articles/new' });
      const english = await widgets.drafts?.load({ unitId: 2, locale: 'en-US', today, query });
      expect(english?.figures.map((f) => f.label)).toEqual(['My drafts', 'Returned to me', 'Awaiting review']);
      expect(english?.list?.items[2]?.meta).toBe('Returned: 标题再斟酌');
    });

    it('shows a writer with nothing in progress the card with zeros and why the list is empty; a floor stays a floor', async () => {
      const none = { total: 0, totalIsBound: false };
      const empty: Mine = { drafts: none, returned: none, review: none, items: [] };
      const data = await widgets.drafts?.load({ unitId: 2, locale: 'zh-CN', today, query: asking(empty).query });
      expect(data).not.toBeNull();
      expect(data?.figures.map((f) => f.value)).toEqual([0, 0, 0]);
      expect(data?.list).toEqual({ label: '先处理这些草稿', items: [], empty: '没有进行中的草稿' });
      const bound: Mine = { ...empty, drafts: { total: 3, totalIsBound: true } };
      const floor = await widgets.drafts?.load({ unitId: 2, locale: 'zh-CN', today, query: asking(bound).query });
      expect(floor?.figures[0]).toEqual({ label: '我的草稿', value: 3, format: 'count', atLeast: true });
    });
  });

  describe('review', () => {
    it('asks the article list for what is in review, oldest first: the count, the longest wait and the five waiting longest', async () => {
      // Waiting: 10 days; 4 days (the 25th in Shanghai, late on the 24th in UTC); exactly 3 days; 1 day; today.
      const queue = page(
        [
          row(1, 'review', '2026-11-19T03:00:00.000Z', '城关镇机关支部'),
          row(2, 'review', '2026-11-24T17:00:00.000Z'),
          row(3, 'review', '2026-11-26T01:00:00.000Z'),
          row(4, 'review', '2026-11-28T09:00:00.000Z'),
          row(5, 'review', '2026-11-29T00:30:00.000Z'),
        ],
        12,
      );
      const { asked, query } = asking(queue);
      const data = await widgets.review?.load({ unitId: 2, locale: 'zh-CN', today, query });
      expect(asked).toEqual([
        [
          'content.articles.list',
          { unitId: 2, status: 'review', sort: 'updatedAt', order: 'asc', page: 1, pageSize: 5 },
        ],
      ]);
      expect(data?.figures).toEqual([
        { label: '待审核', value: 12, format: 'count' },
        { label: '最久已等（天）', value: 10, format: 'count' },
      ]);
      expect(data?.list?.label).toBe('等待最久的稿件');
      expect(data?.list?.items).toEqual([
        { title: '文章1', path: '/content/articles/1', meta: '城关镇机关支部 · 2026-11-19', tone: 'warning' },
        { title: '文章2', path: '/content/articles/2', meta: '城关镇 · 2026-11-25', tone: 'warning' },
        { title: '文章3', path: '/content/articles/3', meta: '城关镇 · 2026-11-26' },
        { title: '文章4', path: '/content/articles/4', meta: '城关镇 · 2026-11-28' },
        { title: '文章5', path: '/content/articles/5', meta: '城关镇 · 2026-11-29' },
      ]);
      // The list the figures come from, in the card's order.
      expect(data?.link?.path).toBe('/content/articles?status=review&sort=updatedAt&order=asc');
      const english = await widgets.review?.load({ unitId: 2, locale: 'en-US', today, query });
      expect(english?.figures.map((f) => f.label)).toEqual(['Awaiting review', 'Longest wait (days)']);
      expect(english?.list?.empty).toBe('Nothing waits for review');
    });

    it('shows an empty queue with no wait, and a count the list stopped at as a floor', async () => {
      const data = await widgets.review?.load({ unitId: 2, locale: 'zh-CN', today, query: asking(page([])).query });
      expect(data?.figures.map((f) => f.value)).toEqual([0, null]);
      expect(data?.list).toEqual({ label: '等待最久的稿件', items: [], empty: '没有待审稿件' });
      const many = page([row(1, 'review', '2026-11-28T01:00:00.000Z')], 10_000, true);
      const bound = await widgets.review?.load({ unitId: 2, locale: 'zh-CN', today, query: asking(many).query });
      expect(bound?.figures[0]).toEqual({ label: '待审核', value: 10_000, format: 'count', atLeast: true });
    });
  });

  describe('news', () => {
    it('asks the article list for the five most recently published at the unit, each with its day in Shanghai and column', async () => {
      const latest = page(
        [
          // 00:30 on the 29th in Shanghai (the 28th in UTC); the 27th.
          row(8, 'published', '2026-11-28T16:30:00.000Z'),
          row(7, 'published', '2026-11-27T02:00:00.000Z'),
        ],
        40,
      );
      const { asked, query } = asking(latest);
      const data = await widgets.news?.load({ unitId: 2, locale: 'zh-CN', today, query });
      expect(asked).toEqual([
        [
          'content.articles.list',
          { unitId: 2, status: 'published', sort: 'publishedAt', order: 'desc', page: 1, pageSize: 5 },
        ],
      ]);
      // The subtree's published articles as the list counts them (it counts none by date).
      expect(data?.figures).toEqual([{ label: '已发布文章', value: 40, format: 'count' }]);
      expect(data?.list).toEqual({
        label: '最新发布',
        items: [
          { title: '文章8', path: '/content/articles/8', meta: '2026-11-29 · 工作动态' },
          { title: '文章7', path: '/content/articles/7', meta: '2026-11-27 · 工作动态' },
        ],
        empty: '还没有发布的文章',
      });
      expect(data?.link?.path).toBe('/content/articles?status=published&sort=publishedAt&order=desc');
      const english = await widgets.news?.load({ unitId: 2, locale: 'en-US', today, query: asking(page([])).query });
      expect(english?.figures).toEqual([{ label: 'Articles published', value: 0, format: 'count' }]);
      expect(english?.list).toEqual({ label: 'Latest published', items: [], empty: 'Nothing published yet' });
    });
  });

  it('lets a refusal through as it came (the shell shows the card’s fallback)', async () => {
    const refused = new Error('NOT_FOUND');
    for (const id of ['drafts', 'review', 'news'])
      await expect(
        widgets[id]?.load({ unitId: 9, locale: 'zh-CN', today, query: () => Promise.reject(refused) }),
      ).rejects.toBe(refused);
  });
});
