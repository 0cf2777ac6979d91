// Assigning a course to people of the units in scope (training.assign), with a due day, and withdrawing an
// assignment. The course may be of an ancestor unit (read through a system operation, then checked against the
// caller's scope: any other answers as a missing one); it must be published and open to every person chosen, each at
// home in a unit where the caller assigns. All of them or none, in one transaction with one audit entry: new
// enrolments (owned by each person's unit, shared with the course's), reopened ones, assigned ones with the new due
// day; the completed are left out.
import { type Actor, AppError, fieldError, recordAudit, runTransaction, todayOf } from '@strata/api';
import { type Db, isUniqueViolation, type Tx } from '@strata/db';
import { isOpenTo } from '../learning/open-courses';
import { trainingMessage } from '../locales';
import { courseReachesScope, planAssignment } from './assign-rules';
import { activeStatuses } from './enrolment-facts';
import type { AssignInput } from './enrolments-schemas';
import type { AssignableCourse } from './system';

/** The deepest unit path holding every path (each `/1/5/12/`). */
export function commonPath(paths: readonly string[]): string {
  const [first, ...rest] = paths.map((p) => p.split('/').filter(Boolean));
  if (!first) return '/';
  let length = first.length;
  for (const segments of rest) {
    let i = 0;
    while (i < length && i < segments.length && segments[i] === first[i]) i += 1;
    length = i;
  }
  return length ? `/${first.slice(0, length).join('/')}/` : '/';
}

export async function assignCourse(tx: Tx, actor: Actor, course: AssignableCourse | null, input: AssignInput) {
  const { scope, actorId, now } = actor;
  if (!course || !courseReachesScope(course, scope.roots('training.assign')))
    throw new AppError('NOT_FOUND', trainingMessage('courseNotFound'));
  if (input.dueOn < todayOf(actor)) throw fieldError('dueOn', trainingMessage('assignDueInPast'));
  if (course.status !== 'published' || course.currentVersionId === null)
    throw new AppError('CONFLICT', trainingMessage('assignCourseClosed'));
  const userIds = [...new Set(input.userIds)];
  const inScope = scope.ownedWhere('training.assign');
  const people = await tx.user.findMany({
    where: { id: { in: userIds }, ...inScope },
    select: { id: true, displayName: true, unitId: true, disabledAt: true, unit: { select: { id: true, path: true } } },
  });
  if (people.length < userIds.length)
    throw new AppError('NOT_FOUND', trainingMessage('assignLearnersNotFound'), {
      count: userIds.length - people.length,
    });
  const disabled = people.filter((p) => p.disabledAt !== null).length;
  if (disabled) throw new AppError('CONFLICT', trainingMessage('assignLearnersDisabled'), { count: disabled });
  const closed = people.filter((p) => !isOpenTo(course, p.unit)).length;
  if (closed) throw fieldError('userIds', trainingMessage('assignNotOpen'), { count: closed });

  const existing = await tx.enrolment.findMany({
    where: { courseId: course.id, userId: { in: userIds }, ...inScope },
    select: { id: true, userId: true, status: true, lessonsDone: true, bestScore: true, sessionsAttended: true },
  });
  const plan = planAssignment(userIds, existing);
  const assignment = { source: 'assigned', assignedById: actorId, dueOn: input.dueOn };
  const byId = new Map(people.map((p) => [p.id, p]));
  if (plan.create.length)
    await tx.enrolment.createMany({
      data: plan.create.map((userId) => {
        const person = byId.get(userId) as (typeof people)[number];
        return {
          unitId: person.unitId,
          courseUnitId: course.unitId,
          courseId: course.id,
          versionId: course.currentVersionId as number,
          userId,
          learnerName: person.displayName,
          status: 'enrolled',
          enrolledAt: now,
          ...assignment,
        };
      }),
    });
  // Each step re-checks the state it read: a learner completing or leaving meanwhile refuses the whole batch.
  const steps = [
    { ids: plan.update, from: [...activeStatuses], data: assignment },
    ...(['enrolled', 'in_progress'] as const).map((status) => ({
      ids: plan.reopen.filter((r) => r.status === status).map((r) => r.id),
      from: ['withdrawn'],
      data: { ...assignment, status, enrolledAt: now },
    })),
  ];
  for (const step of steps) {
    if (!step.ids.length) continue;
    const { count } = await tx.enrolment.updateMany({
      where: { id: { in: step.ids }, status: { in: step.from }, ...inScope },
      data: step.data,
    });
    if (count !== step.ids.length) throw new AppError('CONFLICT', trainingMessage('assignConflict'));
  }

  // The entry belongs to the people's nearest common unit when the caller assigns there, else to the first one's.
  const common = commonPath(people.map((p) => p.unit.path));
  const top = scope.covers('training.assign', common)
    ? await tx.unit.findFirst({ where: { path: common, ...scope.unitWhere('training.assign') }, select: { id: true } })
    : null;
  const result = {
    assigned: plan.create.length + plan.reopen.length,
    updated: plan.update.length,
    skipped: plan.skipped,
  };
  await recordAudit(tx, {
    actorId,
    unitId: top?.id ?? (people[0] as (typeof people)[number]).unitId,
    action: 'trainingEnrolment.assign',
    entity: 'Course',
    entityId: course.id,
    label: course.title,
    labelUnitId: course.unitId,
    after: { courseId: course.id, dueOn: input.dueOn, ...result, learners: userIds },
  });
  return result;
}

/**
 * The assignment in its transaction. Someone enrolling in the course at the same moment makes an insert meet their
 * row: the transaction runs once more, now seeing it. A clash again is an enrolment kept by a unit outside the
 * caller's scope (the person moved since): nothing the caller may change.
 */
export async function assign(db: Db, actor: Actor, course: AssignableCourse | null, input: AssignInput) {
  const attempt = () => runTransaction(db, (tx) => assignCourse(tx, actor, course, input));
  try {
    return await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  try {
    return await attempt();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', trainingMessage('assignConflict'));
    throw error;
  }
}

/** Withdraws an assignment not yet completed, of a person in the caller's scope: the learner leaves the course. */
export async function unassign(tx: Tx, actor: Actor, id: number) {
  const { scope, actorId } = actor;
  const inScope = scope.ownedWhere('training.assign');
  const enrolment = await tx.enrolment.findFirst({
    where: { id, ...inScope },
    select: {
      id: true,
      unitId: true,
      courseUnitId: true,
      status: true,
      source: true,
      dueOn: true,
      learnerName: true,
      course: { select: { title: true } },
    },
  });
  if (!enrolment) throw new AppError('NOT_FOUND', trainingMessage('enrolmentNotFound'));
  if (enrolment.status === 'withdrawn') throw new AppError('CONFLICT', trainingMessage('unassignWithdrawn'));
  if (enrolment.status === 'completed') throw new AppError('CONFLICT', trainingMessage('unassignCompleted'));
  if (enrolment.source !== 'assigned') throw new AppError('CONFLICT', trainingMessage('unassignNotAssigned'));
  const { count } = await tx.enrolment.updateMany({
    where: { id, source: 'assigned', status: { in: [...activeStatuses] }, ...inScope },
    data: { status: 'withdrawn' },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('unassignChanged'));
  await recordAudit(tx, {
    actorId,
    unitId: enrolment.unitId,
    action: 'trainingEnrolment.unassign',
    entity: 'Enrolment',
    entityId: enrolment.id,
    label: `${enrolment.learnerName} · ${enrolment.course.title}`,
    before: { status: enrolment.status, dueOn: enrolment.dueOn },
    after: { status: 'withdrawn' },
  });
  return { id: enrolment.id, status: 'withdrawn' as const };
}
