// What both sides and the learner read off an enrolment the same way: whether it is still going, whether an
// assignment is overdue (its due day passed in Asia/Shanghai, and it is not finished), and its progress percent from
// its version's criteria (progressPercent in progress.ts). Pure: unit-tested beside this file.
import type { EnrolmentStatus } from '@strata/contract';
import { type CompletionCriteria, progressPercent } from './progress';

/** An enrolment the learner is still taking (neither completed nor withdrawn). */
export const activeStatuses = ['enrolled', 'in_progress'] as const satisfies readonly EnrolmentStatus[];

export const isActive = (status: string) => (activeStatuses as readonly string[]).includes(status);

/** Due before `today` (YYYY-MM-DD in Asia/Shanghai) and still being taken. */
export const isOverdue = (enrolment: { dueOn: string | null; status: string }, today: string) =>
  enrolment.dueOn !== null && enrolment.dueOn < today && isActive(enrolment.status);

/** The figures an enrolment keeps, and its version's criteria, as the rows read them. */
export type ProgressFacts = CompletionCriteria & {
  status: string;
  lessonsDone: number;
  bestScore: number | null;
  sessionsAttended: number;
};

/** 0-100 for a progress bar (100 once completed). */
export const percentOf = (e: ProgressFacts) =>
  progressPercent(
    {
      lessonsRequired: Boolean(e.lessonsRequired),
      lessonCount: e.lessonCount,
      minScore: e.minScore,
      sessionsRequired: e.sessionsRequired,
    },
    { lessonsDone: e.lessonsDone, bestScore: e.bestScore, sessionsAttended: e.sessionsAttended },
    e.status as EnrolmentStatus,
  );

/** The status a reopened enrolment (withdrawn, enrolled or assigned again) takes from what was already done. */
export const reopenedStatus = (done: { lessonsDone: number; bestScore: number | null; sessionsAttended: number }) =>
  done.lessonsDone > 0 || done.bestScore !== null || done.sessionsAttended > 0 ? 'in_progress' : 'enrolled';
