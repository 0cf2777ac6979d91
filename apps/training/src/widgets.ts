// The training remote's dashboard cards (exposed as `training/Widgets`, listed by services/training/src/team.ts, those
// without a `home`): data the shell draws. Nothing is imported at run time (the build stops on any import), so the
// shell loads this file alone, on every overview visit: the user's own page's cards are in home-widgets.ts.
import { furthestBehind, type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import type { RouterOutputs } from './trpc';

type Training = RouterOutputs['training'];

/** The cards' words, as 培训统计 says them. */
const words = {
  'zh-CN': {
    trend: '近 12 个月完成课程人次',
    share: '覆盖率',
    staff: '应学人数',
    covered: '已完成全部必修课程',
    lowest: '覆盖率最低的下级单位',
    open: '查看培训统计',
  },
  'en-US': {
    trend: 'Course completions, last 12 months',
    share: 'Coverage',
    staff: 'Staff required',
    covered: 'Completed every required course',
    lowest: 'Units below with the lowest coverage',
    open: 'Open training reports',
  },
};

/**
 * The required courses' coverage of the unit's subtree (the share of its staff who completed every required course
 * of theirs, as 培训统计 shows it), the units below with the lowest, and the subtree's learners' course completions
 * in each of the last twelve months (the service's months, as they are), from reports.coverage.
 */
async function coverage({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const report = (await query('training.reports.coverage', { unitId })) as Training['reports']['coverage'];
  return {
    figures: [
      { label: w.share, value: report.share, format: 'percent' },
      { label: w.staff, value: report.staff, format: 'count' },
      { label: w.covered, value: report.covered, format: 'count' },
    ],
    // Those without staff have no share to be behind on.
    behind: furthestBehind(w.lowest, report.children, {
      value: (c) => c.share,
      format: 'percent',
      behindFirst: (a, b) => (a.share ?? 0) - (b.share ?? 0),
      counts: (c) => c.share !== null,
    }),
    link: { label: w.open, path: '/training/reports' },
    children: report.children.map((c) => ({ unitId: c.unitId, name: c.name, values: [c.share, c.staff, c.covered] })),
    trend: {
      label: w.trend,
      format: 'count',
      months: report.completedByMonth.map((m) => ({ month: m.month, value: m.count })),
    },
  };
}

export const widgets: WidgetModule['widgets'] = {
  coverage: { load: coverage },
};
