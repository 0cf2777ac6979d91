// The dues remote's dashboard cards (exposed as `dues/Widgets`, listed by services/dues/src/team.ts): data the shell
// draws, built into one file of its own that imports nothing (remoteViteConfig). Fetched on every overview visit, so
// the user's own page's cards are apart, in home-widgets.ts.
import { furthestBehind, type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import { formatMonth } from './common/month-text';
import { yearToDate } from './common/months';
import type { RouterOutputs } from './trpc';

type Summary = RouterOutputs['dues']['reports']['summary'];
type Figures = Summary['totals'];

/** The cards' words, as 党费报表 says them. */
const words = {
  'zh-CN': {
    period: (from: string, to: string) => `${from} 至 ${to}`,
    share: '缴纳率',
    assessed: '应缴',
    paid: '已缴',
    left: '未缴',
    lowest: '缴纳率最低的下级单位',
    trend: '各月收缴（按入账月份）',
    open: '查看党费报表',
  },
  'en-US': {
    period: (from: string, to: string) => `${from} to ${to}`,
    share: 'Paid share',
    assessed: 'Assessed',
    paid: 'Paid',
    left: 'Left',
    lowest: 'Units below with the lowest paid share',
    trend: 'Collected by month booked',
    open: 'Open dues reports',
  },
};

/**
 * The share of what is due (assessed less reduced) that is paid, in per cent with one decimal; none when nothing is
 * due (a unit whose members are all reduced to nothing is not behind).
 */
const paidShare = (f: Pick<Figures, 'assessedFen' | 'reducedFen' | 'paidFen'>) => {
  const due = f.assessedFen - f.reducedFen;
  return due > 0 ? Math.round((f.paidFen / due) * 1000) / 10 : null;
};

/**
 * The unit's dues this year as the reports page opens (January to the last month that has ended, so in January the
 * whole of last year), its subtree as a whole: the paid share, assessed, paid and left; and the units below paying
 * least, from reports.summary.
 */
async function collection({ unitId, locale, today, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const summary = (await query('dues.reports.summary', {
    unitId,
    ...yearToDate(today),
  })) as Summary;
  const { totals } = summary;
  const shares = summary.children.map((c) => ({ ...c, share: paidShare(c) }));
  return {
    caption: w.period(formatMonth(summary.from, locale), formatMonth(summary.to, locale)),
    figures: [
      { label: w.share, value: paidShare(totals), format: 'percent' },
      { label: w.assessed, value: totals.assessedFen, format: 'fen' },
      { label: w.paid, value: totals.paidFen, format: 'fen' },
      { label: w.left, value: totals.leftFen, format: 'fen' },
    ],
    behind: furthestBehind(w.lowest, shares, {
      value: (c) => c.share,
      format: 'percent',
      behindFirst: (a, b) => (a.share ?? 0) - (b.share ?? 0),
      counts: (c) => c.share !== null,
    }),
    link: { label: w.open, path: '/dues/reports' },
    children: shares.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      values: [c.share, c.assessedFen, c.paidFen, c.leftFen],
    })),
    // The period's months (it ends with the last month that has ended): the shell draws those of the last twelve, none
    // for the others, rather than a second summary over the whole subtree.
    trend: {
      label: w.trend,
      format: 'fen',
      months: summary.collected.map((m) => ({ month: m.month, value: m.fen })),
    },
  };
}

export const widgets: WidgetModule['widgets'] = { collection: { load: collection } };
