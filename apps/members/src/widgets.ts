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

type Live = RouterOutputs['members']['stats']['live'];

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
 * units below that admitted the fewest members this year, from stats.live (this year up to today by default); those
 * admitted month by month over the last twelve.
 */
async function stages({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const live = (await query('members.stats.live', { unitId })) as Live;
  return {
    figures: [
      { label: w.total, value: live.members.total, format: 'count' },
      ...live.members.byStage.map((s) => ({ label: w.stage[s.key], value: s.count, format: 'count' as const })),
    ],
    behind: furthestBehind(w.fewest, live.children, {
      value: (c) => c.flows.recruited,
      format: 'count',
      behindFirst: (a, b) => a.flows.recruited - b.flows.recruited,
    }),
    link: { label: w.open, path: '/members/stats' },
    children: live.children.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      values: [c.members, ...live.members.byStage.map((s) => c.byStage.find((b) => b.key === s.key)?.count ?? null)],
    })),
    trend: {
      label: w.trend,
      format: 'count',
      months: live.recruitedByMonth.map((m) => ({ month: m.month, value: m.count })),
    },
  };
}

export const widgets: WidgetModule['widgets'] = { stages: { load: stages } };
