// The mailbox remote's dashboard cards (exposed as `mailbox/Widgets`, listed by services/mailbox/src/team.ts, those
// without a `home`): data the shell draws. Nothing is imported at run time but pure helpers bundled in (the build stops
// on any import). It is fetched on every overview visit, so the user's own page's cards are in home-widgets.ts.
import { furthestBehind, type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import type { LetterStats } from './stats/stats-view';

/** The cards' words, as 来信统计 says them. */
const words = {
  'zh-CN': {
    period: '今年以来',
    onTimeRate: '按期答复率',
    overdue: '当前超期（全部来信）',
    received: '收信',
    lowest: '按期答复率最低的下级单位',
    trend: '近 12 个月收信',
    open: '查看来信统计',
  },
  'en-US': {
    period: 'This year so far',
    onTimeRate: 'On-time rate',
    overdue: 'Overdue now (all letters)',
    received: 'Received',
    lowest: 'Units below with the lowest on-time rate',
    trend: 'Letters received, last 12 months',
    open: 'Open letter statistics',
  },
};

/** A rate (0 to 1) in per cent, one decimal, as the statistics page writes it; none without letters due. */
const perCent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/**
 * The letters of the unit's subtree received this year so far (the statistics page's own default period): the share
 * answered on time among those whose deadline has come and all received; the letters overdue now, whenever received
 * (what the letter list's overdue view holds); and the units below with the lowest on-time rate (more letters overdue
 * now first among equals), from stats.letters.
 */
async function letters({ unitId, locale, today, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  // The statistics page's 'thisYear' (presetPeriod), written out: the helper's other periods would ship with it.
  const from = `${today.slice(0, 4)}-01-01`;
  // The trend's months: from this month a year ago (the shell draws the last twelve of them); in December, this year's.
  const since = today.slice(5, 7) === '12' ? from : `${Number(today.slice(0, 4)) - 1}${today.slice(4, 7)}-01`;
  const [stats, twelve] = (await Promise.all([
    query('mailbox.stats.letters', { unitId, from, to: today }),
    since === from ? undefined : query('mailbox.stats.letters', { unitId, from: since, to: today }),
  ])) as [LetterStats, LetterStats | undefined];
  const { onTimeRate, received } = stats.totals;
  return {
    caption: w.period,
    figures: [
      { label: w.onTimeRate, value: perCent(onTimeRate), format: 'percent' },
      { label: w.overdue, value: stats.overdueNow, format: 'count' },
      { label: w.received, value: received, format: 'count' },
    ],
    // Those without a letter whose deadline has come have no rate.
    behind: furthestBehind(w.lowest, stats.children, {
      value: (c) => perCent(c.figures.onTimeRate),
      format: 'percent',
      behindFirst: (a, b) => (a.figures.onTimeRate ?? 0) - (b.figures.onTimeRate ?? 0) || b.overdueNow - a.overdueNow,
      counts: (c) => c.figures.onTimeRate !== null,
    }),
    link: { label: w.open, path: '/mailbox/stats' },
    children: stats.children.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      values: [perCent(c.figures.onTimeRate), c.overdueNow, c.figures.received],
    })),
    trend: {
      label: w.trend,
      format: 'count',
      months: (twelve ?? stats).months.map((m) => ({ month: m.month, value: m.received })),
    },
  };
}

export const widgets: WidgetModule['widgets'] = {
  letters: { load: letters },
};
