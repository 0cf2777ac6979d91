// The content remote's cards on the user's own page (those services/content/src/team.ts marks with a `home`): data the
// shell draws, built alone into one file that imports nothing, like widgets.ts (remoteViteConfig), and fetched only
// when that page is shown.
import { type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import type { RouterOutputs } from './trpc';

type Mine = RouterOutputs['content']['articles']['mine'];
type Listed = RouterOutputs['content']['articles']['list'];

/** The cards' words, as 文章管理 says them. */
const words = {
  'zh-CN': {
    drafts: '我的草稿',
    returned: '被退回',
    review: '待审核',
    draftList: '先处理这些草稿',
    noDrafts: '没有进行中的草稿',
    returnedBy: '退回：',
    write: '新建文章',
    oldest: '最久已等（天）',
    waiting: '等待最久的稿件',
    noReview: '没有待审稿件',
    queue: '打开审核列表',
    published: '已发布文章',
    news: '最新发布',
    noNews: '还没有发布的文章',
    allNews: '查看全部已发布文章',
  },
  'en-US': {
    drafts: 'My drafts',
    returned: 'Returned to me',
    review: 'Awaiting review',
    draftList: 'Work on these first',
    noDrafts: 'No drafts in progress',
    returnedBy: 'Returned: ',
    write: 'New article',
    oldest: 'Longest wait (days)',
    waiting: 'Waiting longest',
    noReview: 'Nothing waits for review',
    queue: 'Open the review queue',
    published: 'Articles published',
    news: 'Latest published',
    noNews: 'Nothing published yet',
    allNews: 'All published articles',
  },
};

/** An article's page in the console (its editor, read-only where the reader may not write). */
const articlePath = (id: number) => `/content/articles/${id}`;

/** The calendar day (`YYYY-MM-DD`) of an ISO instant in Asia/Shanghai (UTC+8 all year). */
const dayOf = (iso: string) => new Date(Date.parse(iso) + 288e5).toISOString().slice(0, 10);

/** A count, flagged as a floor where the service stopped at its bound. */
const count = (label: string, { total, totalIsBound }: { total: number; totalIsBound: boolean }) => ({
  label,
  value: total,
  format: 'count' as const,
  ...(totalIsBound && { atLeast: true }),
});

/**
 * The caller's own articles in progress at the unit's subtree (the session's account is the author): their drafts,
 * those a reviewer returned, those awaiting review; the drafts to open first, returned ones first with the start of
 * the reviewer's comment, then the most recently changed, from articles.mine.
 */
async function drafts({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const mine = (await query('content.articles.mine', { unitId })) as Mine;
  return {
    figures: [count(w.drafts, mine.drafts), count(w.returned, mine.returned), count(w.review, mine.review)],
    list: {
      label: w.draftList,
      items: mine.items.map((a) => ({
        title: a.title,
        path: articlePath(a.id),
        ...(a.returnComment === null
          ? { meta: `${a.unitName} · ${a.columnName}` }
          : {
              meta: w.returnedBy + (a.returnComment.length > 20 ? `${a.returnComment.slice(0, 20)}…` : a.returnComment),
              tone: 'danger' as const,
            }),
      })),
      empty: w.noDrafts,
    },
    link: { label: w.write, path: '/content/articles/new' },
  };
}

/**
 * The review queue of the unit's subtree: the articles awaiting review (as the list counts them), the days the oldest
 * has waited, and the five waiting longest (by their last change: submitting is one), marked past three days.
 */
async function review({ unitId, locale, today, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const page = (await query('content.articles.list', {
    unitId,
    status: 'review',
    sort: 'updatedAt',
    order: 'asc',
    page: 1,
    pageSize: 5,
  })) as Listed;
  const waited = (iso: string) => (Date.parse(today) - Date.parse(dayOf(iso))) / 864e5;
  const oldest = page.items[0];
  return {
    figures: [
      count(w.review, page),
      { label: w.oldest, value: oldest ? waited(oldest.updatedAt) : null, format: 'count' },
    ],
    list: {
      label: w.waiting,
      items: page.items.map((a) => ({
        title: a.title,
        path: articlePath(a.id),
        meta: `${a.unitName} · ${dayOf(a.updatedAt)}`,
        ...(waited(a.updatedAt) > 3 && { tone: 'warning' as const }),
      })),
      empty: w.noReview,
    },
    link: { label: w.queue, path: '/content/articles?status=review&sort=updatedAt&order=asc' },
  };
}

/**
 * The unit's latest news: the five articles of its subtree most recently published, each with its day and column,
 * and how many it has published (the list's total: it counts none by date, so no "last 30 days").
 */
async function news({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const page = (await query('content.articles.list', {
    unitId,
    status: 'published',
    sort: 'publishedAt',
    order: 'desc',
    page: 1,
    pageSize: 5,
  })) as Listed;
  return {
    figures: [count(w.published, page)],
    list: {
      label: w.news,
      items: page.items.map((a) => ({
        title: a.title,
        path: articlePath(a.id),
        meta: `${dayOf(a.publishedAt ?? a.updatedAt)} · ${a.columnName}`,
      })),
      empty: w.noNews,
    },
    link: { label: w.allNews, path: '/content/articles?status=published&sort=publishedAt&order=desc' },
  };
}

export const widgets: WidgetModule['widgets'] = {
  drafts: { load: drafts },
  review: { load: review },
  news: { load: news },
};
