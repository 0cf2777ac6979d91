// What assigning a course does to each person chosen (pure: unit-tested beside this file): one without an enrolment
// of the course is enrolled; one who left it (withdrawn) is enrolled again where they left off; one taking it
// (enrolled by themselves or assigned before) is now assigned with the new due day; one who completed it is left
// as they are. And which courses an assigner may name at all: those their scope can see, of a unit in it, or of a
// unit above it whose audience reaches down (a township's course assigned by a branch).
import { reopenedStatus } from './enrolment-facts';

export type ExistingEnrolment = {
  id: number;
  userId: number;
  status: string;
  lessonsDone: number;
  bestScore: number | null;
  sessionsAttended: number;
};

export type AssignmentPlan = {
  /** The accounts to enrol. */
  create: number[];
  /** Enrolments taken up again, and the status each takes from what was done before. */
  reopen: { id: number; status: 'enrolled' | 'in_progress' }[];
  /** Enrolments being taken, now assigned with the due day. */
  update: number[];
  /** Completed: nothing changes. */
  skipped: number;
};

export function planAssignment(userIds: readonly number[], existing: readonly ExistingEnrolment[]): AssignmentPlan {
  const byUser = new Map(existing.map((e) => [e.userId, e]));
  const plan: AssignmentPlan = { create: [], reopen: [], update: [], skipped: 0 };
  for (const userId of new Set(userIds)) {
    const e = byUser.get(userId);
    if (!e) plan.create.push(userId);
    else if (e.status === 'completed') plan.skipped += 1;
    else if (e.status === 'withdrawn') plan.reopen.push({ id: e.id, status: reopenedStatus(e) });
    else plan.update.push(e.id);
  }
  return plan;
}

/**
 * Whether a course may be named by an assigner whose scope has these subtree roots: its unit lies in one, or it is
 * open to a whole subtree above one. Any other course answers as a missing one.
 */
export function courseReachesScope(course: { audience: string; unitPath: string }, roots: readonly string[]): boolean {
  return roots.some(
    (root) => course.unitPath.startsWith(root) || (course.audience === 'subtree' && root.startsWith(course.unitPath)),
  );
}
