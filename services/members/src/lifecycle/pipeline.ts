// A unit's pipeline: how many members of its subtree stand at each stage, and who is due for the next step, derived
// from their dates as of today: activists whose year of observation is over, probationary members whose probation
// ends within 30 days or has ended without conversion, applicants waiting more than six months. Every figure is
// counted in the database; only each list's most urgent members are read.
import { type Scope, withinPath } from '@strata/api';
import type { MemberStage } from '@strata/contract';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { daysBetween, dueOn, pipelineCutoffs, pipelineRules } from './lifecycle-rules';
import type { DueMember, PipelineOutput } from './lifecycle-schemas';
import { type DueListName, type DueRow, dueRows, stageCounts } from './pipeline.sql';

/** The day the member reached the stage, and the day the list's step falls due for them. */
function daysOf(list: DueListName, row: DueRow): { since: string | null; due: string } {
  // A list holds only members whose deciding day is set.
  switch (list) {
    case 'activistsDue':
      return { since: row.activistOn, due: dueOn.activist(row.activistOn as string) };
    case 'applicantsWaiting':
      return { since: row.appliedOn, due: dueOn.applicant(row.appliedOn as string) };
    case 'conversionsDue':
    case 'conversionsOverdue':
      return { since: row.probationaryOn, due: row.probationEndsOn as string };
  }
}

type DueList = { items: DueMember[]; total: number };

export async function pipeline(
  db: Db,
  { scope, unitId, now }: { scope: Scope; unitId: number; now: Date },
): Promise<PipelineOutput> {
  const within = await withinPath(db, scope, 'members.read', unitId);
  const roots = scope.roots('members.read', within);
  const today = calendarDay(now);
  const bounds = { today, ...pipelineCutoffs(today) };
  const read = async (list: DueListName): Promise<DueList> => {
    const rows = await dueRows(db, roots, list, bounds, pipelineRules.listLimit);
    return {
      items: rows.map((row) => {
        const { since, due } = daysOf(list, row);
        return {
          id: row.id,
          name: row.name,
          unitId: row.unitId,
          unitName: row.unitName,
          stage: row.stage as MemberStage,
          since,
          dueOn: due,
          daysLeft: daysBetween(today, due),
        };
      }),
      total: rows.length ? Number(rows[0]?.total) : 0,
    };
  };
  const [counts, activistsDue, conversionsDue, conversionsOverdue, applicantsWaiting] = await Promise.all([
    stageCounts(db, roots),
    read('activistsDue'),
    read('conversionsDue'),
    read('conversionsOverdue'),
    read('applicantsWaiting'),
  ]);
  const stages = { applicant: 0, activist: 0, candidate: 0, probationary: 0, full: 0 };
  for (const { stage, n } of counts) if (stage in stages) stages[stage as MemberStage] = n;
  return {
    unitId,
    asOf: today,
    stages,
    activistsDue,
    conversionsDue,
    conversionsOverdue,
    applicantsWaiting,
  };
}
