// The members remote's overview cards (exposed as `members/Widgets`, listed by services/members/src/team.ts): data the
// shell draws, built into one file of its own that imports nothing (remoteViteConfig).
import {
  furthestBehind,
  type MemberStage,
  type WidgetContext,
  type WidgetData,
  type WidgetModule,
  widgetWords,
} from '@strata/contract';
import type { RouterOutputs } from './trpc';

type Stages = RouterOutputs['members']['stats']['stages'];

/** The cards' words, as 党员统计 says them. */
const words = {
  'zh-CN': {
    total: '在册总人数',
    stage: {
      applicant: '入党申请人',
      activist: '入党积极分子',
      candidate: '发展对象',
      probationary: '预备党员',
      full: '正式党员',
    } satisfies Record<MemberStage, string>,
    fewest: '今年以来发展党员最少的下级单位',
    trend: '近 12 个月发展党员',
    open: '查看党员统计',
  },
  'en-US': {
    total: 'On the registry',
    stage: {
      applicant: 'Applicant',
      activist: 'Activist',
      candidate: 'Development candidate',
      probationary: 'Probationary member',
      full: 'Full member',
    } satisfies Record<MemberStage, string>,
    fewest: 'Units below that admitted the fewest this year',
    trend: 'Admitted, last 12 months',
    open: 'Open member statistics',
  },
};

/**
 * The unit's subtree on the registry now (everyone, and at each stage of the pipeline, as 党员统计 shows it), and the
 * units below that admitted the fewest members this year up to today; those admitted month by month over the last
 * twelve. From stats.stages: the figures of 党员统计 (stats.live) the card shows, counted alone.
 */
async function stages({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const counts = (await query('members.stats.stages', { unitId })) as Stages;
  return {
    figures: [
      { label: w.total, value: counts.total, format: 'count' },
      ...counts.byStage.map((s) => ({ label: w.stage[s.key], value: s.count, format: 'count' as const })),
    ],
    behind: furthestBehind(w.fewest, counts.children, {
      value: (c) => c.recruited,
      format: 'count',
      behindFirst: (a, b) => a.recruited - b.recruited,
    }),
    link: { label: w.open, path: '/members/stats' },
    children: counts.children.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      values: [c.members, ...counts.byStage.map((s) => c.byStage.find((b) => b.key === s.key)?.count ?? null)],
    })),
    trend: {
      label: w.trend,
      format: 'count',
      months: counts.recruitedByMonth.map((m) => ({ month: m.month, value: m.count })),
    },
  };
}

export const widgets: WidgetModule['widgets'] = { stages: { load: stages } };
