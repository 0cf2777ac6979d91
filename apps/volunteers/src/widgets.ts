// The volunteers remote's dashboard cards (exposed as `volunteers/Widgets`, listed by services/volunteers/src/team.ts):
// data the shell draws, built into one file of its own that imports nothing (remoteViteConfig). Fetched on every
// overview visit, so the user's own page's cards are apart, in home-widgets.ts.
import { furthestBehind, type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import type { RouterOutputs } from './trpc';
import { hours } from './widget-parts';

type Summary = RouterOutputs['volunteers']['stats']['summary'];

/** The cards' words, as 志愿统计 says them. */
const words = {
  'zh-CN': {
    year: (year: number) => `${year} 年`,
    approved: '已确认时长',
    pending: '待确认时长',
    active: '参与志愿者',
    fewest: '志愿时长最少的下级单位',
    trend: '近 12 个月已确认时长',
    open: '查看志愿统计',
  },
  'en-US': {
    year: (year: number) => `${year}`,
    approved: 'Approved hours',
    pending: 'Hours awaiting approval',
    active: 'Active volunteers',
    fewest: 'Units below with the fewest hours',
    trend: 'Approved hours, last 12 months',
    open: 'Open volunteer statistics',
  },
};

/**
 * This year's volunteering in the unit's subtree (the year 志愿统计 opens at, in Asia/Shanghai): approved hours, hours
 * awaiting approval, active volunteers; the units below with the fewest approved hours; and the approved hours month by
 * month over the last twelve (last year's summary too, unless this is December), from stats.summary.
 */
async function hoursCard({ unitId, locale, today, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const year = Number(today.slice(0, 4));
  // The last twelve months reach into last year but in December.
  const [summary, before] = (await Promise.all([
    query('volunteers.stats.summary', { unitId, year }),
    today.slice(5, 7) < '12' ? query('volunteers.stats.summary', { unitId, year: year - 1 }) : undefined,
  ])) as [Summary, Summary | undefined];
  return {
    caption: w.year(summary.year),
    figures: [
      { label: w.approved, value: hours(summary.approvedMinutes), format: 'hours' },
      { label: w.pending, value: hours(summary.pendingMinutes), format: 'hours' },
      { label: w.active, value: summary.activeVolunteers, format: 'count' },
    ],
    behind: furthestBehind(w.fewest, summary.children, {
      value: (c) => hours(c.minutes),
      format: 'hours',
      behindFirst: (a, b) => a.minutes - b.minutes,
    }),
    link: { label: w.open, path: '/volunteers/stats' },
    // The summary breaks down the approved hours and the active volunteers, not the hours awaiting approval.
    children: summary.children.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      values: [hours(c.minutes), null, c.activeVolunteers],
    })),
    trend: {
      label: w.trend,
      format: 'hours',
      months: [...(before?.months ?? []), ...summary.months].map((m) => ({ month: m.month, value: hours(m.minutes) })),
    },
  };
}

export const widgets: WidgetModule['widgets'] = { hours: { load: hoursCard } };
