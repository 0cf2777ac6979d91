// The content remote's dashboard cards (exposed as `content/Widgets`, listed by services/content/src/team.ts, those
// without a `home`): data the shell draws, built into one file of its own that imports nothing (remoteViteConfig). It
// is fetched on every overview visit, so the user's own page's cards are in home-widgets.ts, none of their code here.
import { furthestBehind, type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import type { RouterOutputs } from './trpc';

type Summary = RouterOutputs['content']['freshness']['summary'];

/** The cards' words, as 栏目更新监测 says them. */
const words = {
  'zh-CN': {
    overdue: '超期栏目数',
    dueSoon: '即将到期栏目数',
    behind: '超期栏目最多的下级单位',
    open: '查看栏目更新监测',
    trend: '近 12 个月发布文章',
  },
  'en-US': {
    overdue: 'Overdue columns',
    dueSoon: 'Columns due soon',
    behind: 'Units below with the most columns overdue',
    open: 'Open column freshness',
    trend: 'Articles published, last 12 months',
  },
};

/**
 * Whether the unit's subtree keeps its columns' update cadence today: columns overdue and due soon, and the units below
 * with the most overdue (then the most due soon; none that has none overdue), from freshness.summary; and the articles
 * it published in each of the last twelve months (the summary's own months, which the shell draws).
 */
async function freshness({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const summary = (await query('content.freshness.summary', { unitId })) as Summary;
  // The trend first, its format last: the built file compresses a few bytes smaller so.
  return {
    trend: {
      label: w.trend,
      months: summary.publishedByMonth.map((m) => ({ month: m.month, value: m.count })),
      format: 'count',
    },
    figures: [
      { label: w.overdue, value: summary.overdue, format: 'count' },
      { label: w.dueSoon, value: summary.dueSoon, format: 'count' },
    ],
    behind: furthestBehind(w.behind, summary.units, {
      value: (u) => u.overdue,
      format: 'count',
      behindFirst: (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon,
      counts: (u) => u.overdue > 0,
    }),
    link: { label: w.open, path: '/content/freshness' },
    children: summary.units.map((u) => ({ unitId: u.unitId, name: u.name, values: [u.overdue, u.dueSoon] })),
  };
}

export const widgets: WidgetModule['widgets'] = {
  freshness: { load: freshness },
};
