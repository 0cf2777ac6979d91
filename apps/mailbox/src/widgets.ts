// The mailbox remote's overview cards (exposed as `mailbox/Widgets`, listed by services/mailbox/src/team.ts): data the
// shell draws. Nothing is imported at run time but pure helpers bundled in (the build stops on any import).
import type { WidgetContext, WidgetData, WidgetModule } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { type LetterStats, presetPeriod } from './stats/stats-view';

/** The cards' words, as 来信统计 says them: the remote's messages stay unloaded. */
const words = {
  'zh-CN': {
    period: '今年以来',
    onTimeRate: '按期答复率',
    overdue: '当前超期',
    received: '收信',
    lowest: '按期答复率最低的下级单位',
    open: '查看来信统计',
  },
  'en-US': {
    period: 'This year so far',
    onTimeRate: 'On-time rate',
    overdue: 'Overdue now',
    received: 'Received',
    lowest: 'Units below with the lowest on-time rate',
    open: 'Open letter statistics',
  },
};

const wordsIn = (locale: string) => words[locale as keyof typeof words] ?? words['zh-CN'];

/** A rate (0 to 1) in per cent, one decimal, as the statistics page writes it; none without letters due. */
const perCent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** How many children a card names: those furthest behind. */
const behindShown = 3;

/**
 * The letters of the unit's subtree received this year so far (the statistics page's own default period): the share
 * answered on time among those whose deadline has come, the letters overdue now and all received; and the units below
 * with the lowest on-time rate (more letters overdue first among equals), from stats.letters.
 */
async function letters({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = wordsIn(locale);
  const period = presetPeriod('thisYear', calendarDay(new Date()));
  const stats = (await query('mailbox.stats.letters', { unitId, ...period })) as LetterStats;
  const { onTimeRate, overdue, received } = stats.totals;
  // The service lists the children in the tree's order; those without a letter whose deadline has come have no rate.
  const behind = stats.children
    .filter((c) => c.figures.onTimeRate !== null)
    .sort((a, b) => (a.figures.onTimeRate ?? 0) - (b.figures.onTimeRate ?? 0) || b.figures.overdue - a.figures.overdue)
    .slice(0, behindShown);
  return {
    caption: w.period,
    figures: [
      { label: w.onTimeRate, value: perCent(onTimeRate), format: 'percent' },
      { label: w.overdue, value: overdue, format: 'count' },
      { label: w.received, value: received, format: 'count' },
    ],
    behind: {
      label: w.lowest,
      units: behind.map((c) => ({
        unitId: c.unitId,
        name: c.name,
        value: perCent(c.figures.onTimeRate),
        format: 'percent',
      })),
    },
    link: { label: w.open, path: '/mailbox/stats' },
  };
}

export const widgets: WidgetModule['widgets'] = { letters: { load: letters } };
