// The staff side of enrolments on both databases. A course's class list (its trainers) lists its learners of every
// unit with their figures, filtered by status, overdue and name, sorted by name, enrolment or progress (the percent of
// each learner's own version). The enrolments list (training.read) is the training of the people of a unit subtree.
// Assigning a course (training.assign) to people in scope, with a due day: enrols, takes up again, assigns those
// taking it, leaves out who completed it; all of them or none; a course of a unit above works, one beside does not;
// two assigning at once both succeed. An assignment is withdrawn while not completed. One enrolment reads alike from
// either side.

import { trainingLimits } from '@strata/contract';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { progressPercent } from '../src/enrolments/progress';
import { addCertificate, addSubmittedAttempt, finishLessons } from './support/learning';
import { addCourse, addEnrolment, addLearner, type CourseBundle } from './support/training';

const today = '2026-05-01';
const missing = 999_999;

describe.each(await testProviders())('enrolments, staff side, on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai(`${today}T10:00:00`));
  });
  afterAll(() => env?.drop());

  const township = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => township().branches[i]!;
  const donghu = () => env.seed.townships.donghu!;
  const xishan = () => env.seed.townships.xishan!;
  const admin = () => env.as('chengguan');
  const refusal = async (call: Promise<unknown>) => {
    const error = (await call.then(
      () => null,
      (e: unknown) => e,
    )) as { code?: string; message?: string } | null;
    expect(error, 'the call must be refused').not.toBeNull();
    return { code: error?.code, message: error?.message };
  };
  /** An account holding `role` at `unitId`, at home there, and its caller. */
  async function staff(role: string, unitId: number) {
    const account = await addAccount(env, { unitId, grants: [{ role, unitId }] });
    return { account, caller: await env.as(account.username) };
  }

  it('lists a course’s learners with their figures, filtered and sorted, progress by each one’s version', async () => {
    const course = await addCourse(env, township().id, { lessons: 4, minScore: 60 });
    // A second version asking one lesson and two sessions: its learners' percent is counted from it.
    const v2 = await env.db.courseVersion.create({
      data: {
        courseId: course.course.id,
        unitId: township().id,
        number: 2,
        status: 'published',
        lessonCount: 1,
        sessionsRequired: 2,
      },
    });
    const names = ['甲', '乙', '丙', '丁', '戊'].map((n) => `${n}${uniqueName('学员')}`);
    const people = [];
    for (const [i, name] of names.entries()) {
      const user = await addLearner(env, [branch(0).id, donghu().id, xishan().id][i % 3]!);
      await env.db.user.update({ where: { id: user.id }, data: { displayName: name } });
      people.push({ ...user, displayName: name });
    }
    const e0 = await addEnrolment(env, course, people[0]!, { source: 'assigned', dueOn: '2026-04-20' });
    await finishLessons(env, e0, course.lessons.slice(0, 2));
    const e1 = await addEnrolment(env, course, people[1]!, { status: 'completed' });
    const e2 = await addEnrolment(env, course, people[2]!);
    await addSubmittedAttempt(env, course, e2, 75);
    await env.db.enrolment.update({ where: { id: e2.id }, data: { bestScore: 75, status: 'in_progress' } });
    const e3 = await env.db.enrolment.update({
      where: { id: (await addEnrolment(env, course, people[3]!)).id },
      data: { versionId: v2.id, sessionsAttended: 1, status: 'in_progress' },
    });
    const e4 = await addEnrolment(env, course, people[4]!, { status: 'withdrawn' });
    const trainer = await staff('trainer', township().id);

    const page = await trainer.caller.training.enrolments.classList({ courseId: course.course.id, pageSize: 50 });
    expect(page.total).toBe(5);
    const row = (id: number) => page.items.find((r) => r.id === id);
    expect(row(e0.id)).toEqual({
      id: e0.id,
      learnerName: names[0],
      unitName: branch(0).name,
      status: 'in_progress',
      progress: 40,
      lessonsDone: 2,
      bestScore: null,
      sessionsAttended: 0,
      source: 'assigned',
      dueOn: '2026-04-20',
      overdue: true,
      enrolledAt: e0.enrolledAt.toISOString(),
      completedAt: null,
    });
    expect(row(e1.id)).toMatchObject({ unitName: donghu().name, progress: 100, overdue: false });
    expect(row(e2.id)).toMatchObject({ unitName: xishan().name, progress: 20, bestScore: 75 });
    // Version 2: one lesson (none done) and two sessions (one attended) of three asked.
    expect(row(e3.id)).toMatchObject({ progress: 33, sessionsAttended: 1 });
    expect(row(e4.id)).toMatchObject({ status: 'withdrawn', progress: 0 });

    const byProgress = await trainer.caller.training.enrolments.classList({
      courseId: course.course.id,
      sort: 'progress',
      order: 'asc',
    });
    expect(byProgress.items.map((r) => r.id)).toEqual([e4.id, e2.id, e3.id, e0.id, e1.id]);
    const byName = await trainer.caller.training.enrolments.classList({
      courseId: course.course.id,
      sort: 'learnerName',
      order: 'asc',
    });
    expect(byName.items.map((r) => r.learnerName)).toEqual([...names].sort());
    const overdue = await trainer.caller.training.enrolments.classList({ courseId: course.course.id, overdue: true });
    expect(overdue.items.map((r) => r.id)).toEqual([e0.id]);
    const rest = await trainer.caller.training.enrolments.classList({ courseId: course.course.id, overdue: false });
    expect(rest.total).toBe(4);
    const completed = await trainer.caller.training.enrolments.classList({
      courseId: course.course.id,
      status: 'completed',
    });
    expect(completed.items.map((r) => r.id)).toEqual([e1.id]);
    const named = await trainer.caller.training.enrolments.classList({
      courseId: course.course.id,
      q: names[2]!.slice(1),
    });
    expect(named.items.map((r) => r.id)).toEqual([e2.id]);
    // A literal search: a wildcard matches nothing more.
    expect((await trainer.caller.training.enrolments.classList({ courseId: course.course.id, q: '%' })).total).toBe(0);
  });

  it('sorts by progress exactly as each percent reads, across many versions’ criteria', async () => {
    const course = await addCourse(env, township().id, { lessons: 5 });
    const kinds = [
      { lessonsRequired: true, lessonCount: 5, minScore: null, sessionsRequired: 0 },
      { lessonsRequired: false, lessonCount: 3, minScore: 80, sessionsRequired: 0 },
      { lessonsRequired: true, lessonCount: 0, minScore: null, sessionsRequired: 3 },
      { lessonsRequired: true, lessonCount: 2, minScore: 50, sessionsRequired: 1 },
      { lessonsRequired: false, lessonCount: 0, minScore: null, sessionsRequired: 0 },
    ];
    const versions = [];
    for (const [i, k] of kinds.entries())
      versions.push(
        await env.db.courseVersion.create({
          data: { courseId: course.course.id, unitId: township().id, number: 10 + i, status: 'retired', ...k },
        }),
      );
    const expected = new Map<number, number>();
    for (let i = 0; i < 20; i++) {
      const version = versions[i % versions.length]!;
      const done = { lessonsDone: i % 6, bestScore: i % 4 === 0 ? null : (i * 17) % 101, sessionsAttended: i % 4 };
      const status = i === 7 ? 'completed' : 'in_progress';
      const e = await addEnrolment(env, course, await addLearner(env, branch(0).id));
      await env.db.enrolment.update({ where: { id: e.id }, data: { versionId: version.id, status, ...done } });
      expected.set(e.id, progressPercent(version, done, status));
    }
    const trainer = await staff('trainer', township().id);
    for (const order of ['asc', 'desc'] as const) {
      const page = await trainer.caller.training.enrolments.classList({
        courseId: course.course.id,
        sort: 'progress',
        order,
        pageSize: 50,
      });
      for (const r of page.items) expect(r.progress).toBe(expected.get(r.id));
      const want = [...expected].sort(([ia, pa], [ib, pb]) =>
        order === 'asc' ? pa - pb || ia - ib : pb - pa || ib - ia,
      );
      expect(page.items.map((r) => r.id)).toEqual(want.map(([id]) => id));
    }
  });

  it('lists the enrolments of the people of a unit subtree, whatever unit runs the course, filtered', async () => {
    const own = await addCourse(env, township().id, { title: uniqueName('本镇课') });
    const foreign = await addCourse(env, donghu().id, { title: uniqueName('东湖课') });
    const ours = await addLearner(env, branch(1).id);
    const theirs = await addLearner(env, donghu().id);
    const a = await addEnrolment(env, own, ours, { source: 'assigned', dueOn: '2026-04-01' });
    // One of our people in a course 东湖街道 runs: ours to see.
    const b = await addEnrolment(env, foreign, ours, { status: 'completed' });
    // A 东湖街道 learner in our course: not our people's training (the class list has it).
    const c = await addEnrolment(env, own, theirs);
    const officer = await staff('training_officer', township().id);

    const all = await officer.caller.training.enrolments.list({ unitId: branch(1).id, pageSize: 200 });
    const ids = all.items.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids).not.toContain(c.id);
    expect(all.items.find((r) => r.id === b.id)).toMatchObject({
      learnerName: ours.displayName,
      unitId: branch(1).id,
      unitName: branch(1).name,
      courseTitle: foreign.course.title,
      courseUnitName: donghu().name,
      status: 'completed',
      progress: 100,
    });
    const list = (filter: object) =>
      officer.caller.training.enrolments
        .list({ unitId: branch(1).id, pageSize: 200, ...filter })
        .then((p) => p.items.map((r) => r.id));
    expect(await list({ courseId: own.course.id })).toEqual([a.id]);
    expect(await list({ overdue: true })).toContain(a.id);
    expect(await list({ overdue: true })).not.toContain(b.id);
    expect(await list({ source: 'assigned', courseId: own.course.id })).toEqual([a.id]);
    expect(await list({ status: 'completed', courseId: foreign.course.id })).toEqual([b.id]);
    expect(await list({ q: ours.displayName })).toEqual([b.id, a.id]);
    // Another township's unit answers as a missing one.
    expect(await refusal(officer.caller.training.enrolments.list({ unitId: donghu().id }))).toEqual(
      await refusal(officer.caller.training.enrolments.list({ unitId: missing })),
    );
    // A trainer holds no training.read.
    const trainer = await staff('trainer', township().id);
    await expect(trainer.caller.training.enrolments.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('assigns a course with a due day: enrols, takes up again, assigns who is taking it, leaves out who completed it', async () => {
    const course = await addCourse(env, township().id);
    const [fresh, taking, left, completed] = [
      await addLearner(env, branch(0).id),
      await addLearner(env, branch(1).id),
      await addLearner(env, branch(0).id),
      await addLearner(env, township().id),
    ];
    const chose = await addEnrolment(env, course, taking!);
    const withdrawn = await addEnrolment(env, course, left!, { status: 'withdrawn' });
    await finishLessons(env, withdrawn, [course.lessons[0]!]);
    await env.db.enrolment.update({ where: { id: withdrawn.id }, data: { status: 'withdrawn' } });
    const done = await addEnrolment(env, course, completed!, { status: 'completed' });
    const officer = await staff('training_officer', township().id);

    const result = await officer.caller.training.enrolments.assign({
      courseId: course.course.id,
      userIds: [fresh!.id, taking!.id, left!.id, completed!.id, fresh!.id],
      dueOn: '2026-05-31',
    });
    expect(result).toEqual({ assigned: 2, updated: 1, skipped: 1 });
    const created = await env.db.enrolment.findUniqueOrThrow({
      where: { courseId_userId: { courseId: course.course.id, userId: fresh!.id } },
    });
    expect(created).toMatchObject({
      unitId: branch(0).id,
      courseUnitId: township().id,
      versionId: course.version.id,
      learnerName: fresh!.displayName,
      source: 'assigned',
      assignedById: officer.account.id,
      dueOn: '2026-05-31',
      status: 'enrolled',
    });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: chose.id } })).toMatchObject({
      source: 'assigned',
      dueOn: '2026-05-31',
      status: 'enrolled',
    });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: withdrawn.id } })).toMatchObject({
      source: 'assigned',
      dueOn: '2026-05-31',
      status: 'in_progress',
    });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({
      status: 'completed',
      dueOn: null,
    });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'trainingEnrolment.assign', entityId: String(course.course.id) },
    });
    // The people's nearest common unit.
    expect(entry).toMatchObject({ unitId: township().id, actorId: officer.account.id, labelUnitId: township().id });
    // An assigned course cannot be left by its learner.
    const learnerCaller = await env.as(taking!.username);
    await expect(learnerCaller.training.learning.withdraw({ id: chose.id })).rejects.toMatchObject({
      key: 'training.learningAssignedNoWithdraw',
    });
  });

  it('assigns all or none: a person outside the scope, disabled or not reached by the course refuses the whole', async () => {
    const course = await addCourse(env, township().id);
    const officer = await staff('training_officer', township().id);
    const ours = await addLearner(env, branch(0).id);
    const outside = await addLearner(env, donghu().id);
    const assign = (userIds: number[], dueOn = '2026-05-31', courseId = course.course.id) =>
      officer.caller.training.enrolments.assign({ courseId, userIds, dueOn });
    await expect(assign([ours.id, outside.id])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'training.assignLearnersNotFound',
      vars: { count: 1 },
    });
    expect(await refusal(assign([ours.id, outside.id]))).toEqual(await refusal(assign([ours.id, missing])));
    const disabled = await addLearner(env, branch(0).id);
    await env.db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expect(assign([ours.id, disabled.id])).rejects.toMatchObject({ key: 'training.assignLearnersDisabled' });
    // A course for the township's own people only does not reach a branch's.
    const townOnly = await addCourse(env, township().id, { audience: 'unit' });
    await expect(assign([ours.id], '2026-05-31', townOnly.course.id)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'userIds',
      key: 'training.assignNotOpen',
    });
    expect(await env.db.enrolment.count({ where: { userId: { in: [ours.id, outside.id, disabled.id] } } })).toBe(0);

    await expect(assign([ours.id], '2026-04-30')).rejects.toMatchObject({
      field: 'dueOn',
      key: 'training.assignDueInPast',
    });
    await expect(assign([ours.id], '2026-02-30')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await assign([ours.id], today)).assigned).toBe(1);
    const closed = await addCourse(env, township().id, { status: 'archived' });
    await expect(assign([ours.id], today, closed.course.id)).rejects.toMatchObject({
      key: 'training.assignCourseClosed',
    });
    // A course of another township answers as a missing one.
    const foreign = await addCourse(env, donghu().id);
    expect(await refusal(assign([ours.id], today, foreign.course.id))).toEqual(
      await refusal(assign([ours.id], today, missing)),
    );
    await expect(
      assign(Array.from({ length: trainingLimits.assignAtOnceMax + 1 }, (_, i) => i + 1)),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lets a branch assign a course its township runs for the whole township', async () => {
    const course = await addCourse(env, township().id);
    const secretary = await staff('branch_secretary', branch(2).id);
    const member = await addLearner(env, branch(2).id);
    expect(
      await secretary.caller.training.enrolments.assign({
        courseId: course.course.id,
        userIds: [member.id],
        dueOn: '2026-06-30',
      }),
    ).toEqual({ assigned: 1, updated: 0, skipped: 0 });
    // Not a member of another branch.
    const other = await addLearner(env, branch(1).id);
    await expect(
      secretary.caller.training.enrolments.assign({
        courseId: course.course.id,
        userIds: [other.id],
        dueOn: '2026-06-30',
      }),
    ).rejects.toMatchObject({ key: 'training.assignLearnersNotFound' });
  });

  it('offers the courses open to a unit’s people, by title: the ones `assign` takes, nothing closed or beside', async () => {
    const tag = uniqueName('可指派');
    const titled = (unitId: number, name: string, opts: Parameters<typeof addCourse>[2] = {}) =>
      addCourse(env, unitId, { title: `${tag}${name}`, ...opts });
    const subtree = await titled(township().id, 'b', { required: true });
    const own = await titled(branch(5).id, 'a', { audience: 'unit' });
    const closed = [
      await titled(township().id, 'c', { audience: 'unit' }),
      await titled(branch(5).id, 'd', { status: 'draft' }),
      await titled(branch(5).id, 'e', { status: 'archived' }),
      await titled(branch(6).id, 'f'),
      await titled(donghu().id, 'g'),
    ];
    const secretary = await staff('branch_secretary', branch(5).id);
    const offered = await secretary.caller.training.enrolments.assignableCourses({ unitId: branch(5).id });
    expect(offered.filter((c) => c.title.startsWith(tag))).toEqual([
      { id: own.course.id, title: `${tag}a`, unitName: branch(5).name, required: false },
      { id: subtree.course.id, title: `${tag}b`, unitName: township().name, required: true },
    ]);
    for (const c of closed) expect(offered.some((o) => o.id === c.course.id)).toBe(false);
    // Each one offered is one `assign` takes for the unit's people; one not offered it refuses.
    const member = await addLearner(env, branch(5).id);
    for (const { id: courseId } of offered.filter((c) => c.title.startsWith(tag)))
      await secretary.caller.training.enrolments.assign({ courseId, userIds: [member.id], dueOn: '2026-06-30' });
    await expect(
      secretary.caller.training.enrolments.assign({
        courseId: closed[1]!.course.id,
        userIds: [member.id],
        dueOn: '2026-06-30',
      }),
    ).rejects.toMatchObject({ key: 'training.assignCourseClosed' });
    // A unit beside the secretary's, or of 东湖街道, answers as a missing one; a trainer holds no training.assign.
    const [beside, foreign, absent] = await Promise.all(
      [branch(6).id, donghu().id, missing].map((unitId) =>
        refusal(secretary.caller.training.enrolments.assignableCourses({ unitId })),
      ),
    );
    expect(beside).toEqual(absent);
    expect(foreign).toEqual(absent);
    expect(absent?.code).toBe('NOT_FOUND');
    const trainer = await staff('trainer', branch(5).id);
    await expect(trainer.caller.training.enrolments.assignableCourses({ unitId: branch(5).id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists the active people of the units in scope to assign, by name, with their status in a course', async () => {
    const tag = uniqueName('人员');
    const person = async (unitId: number, name: string) => {
      const user = await addLearner(env, unitId);
      return env.db.user.update({ where: { id: user.id }, data: { displayName: `${tag}${name}` } });
    };
    const group = await addUnit(env, branch(4));
    const a = await person(branch(4).id, 'a');
    const b = await person(branch(4).id, 'b');
    const gone = await person(branch(4).id, 'c');
    await env.db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    const d = await person(group.id, 'd');
    await person(branch(6).id, 'e');
    await person(donghu().branches[0]!.id, 'f');
    const course = await addCourse(env, township().id);
    await addEnrolment(env, course, a, { status: 'in_progress' });
    await addEnrolment(env, course, d, { status: 'withdrawn', unitId: group.id });
    const secretary = await staff('branch_secretary', branch(4).id);
    const people = (input: Record<string, unknown>) =>
      secretary.caller.training.enrolments.people({ q: tag, page: 1, pageSize: 20, ...input });
    const row = (u: typeof a, unit: { id: number; name: string }, enrolmentStatus: string | null = null) => ({
      id: u.id,
      name: u.displayName,
      unitId: unit.id,
      unitName: unit.name,
      enrolmentStatus,
    });
    expect(await people({})).toEqual({
      items: [row(a, branch(4)), row(b, branch(4)), row(d, group)],
      total: 3,
    });
    expect(await people({ courseId: course.course.id })).toEqual({
      items: [row(a, branch(4), 'in_progress'), row(b, branch(4)), row(d, group, 'withdrawn')],
      total: 3,
    });
    expect(await people({ unitId: group.id })).toEqual({ items: [row(d, group)], total: 1 });
    expect(await people({ page: 2, pageSize: 2 })).toEqual({ items: [row(d, group)], total: 3 });
    expect(await people({ q: `${tag}b` })).toEqual({ items: [row(b, branch(4))], total: 1 });
    // A unit or a course outside what the secretary may assign answers as a missing one.
    const [beside, absentUnit] = await Promise.all(
      [branch(6).id, missing].map((unitId) => refusal(people({ unitId }))),
    );
    expect(beside).toEqual(absentUnit);
    expect(absentUnit?.code).toBe('NOT_FOUND');
    const foreign = await addCourse(env, donghu().id);
    const [foreignCourse, absentCourse] = await Promise.all(
      [foreign.course.id, missing].map((courseId) => refusal(people({ courseId }))),
    );
    expect(foreignCourse).toEqual(absentCourse);
    expect(absentCourse?.code).toBe('NOT_FOUND');
    await expect(people({ q: 'x'.repeat(51) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('assigns the same person twice at the same moment: both succeed, one enrolment', async () => {
    const course = await addCourse(env, township().id);
    const person = await addLearner(env, branch(0).id);
    const a = await staff('training_officer', township().id);
    const b = await staff('branch_secretary', branch(0).id);
    const input = { courseId: course.course.id, userIds: [person.id], dueOn: '2026-06-15' };
    const [ra, rb] = await Promise.all([
      a.caller.training.enrolments.assign(input),
      b.caller.training.enrolments.assign(input),
    ]);
    expect([ra, rb].map((r) => `${r.assigned}/${r.updated}`).sort()).toEqual(['0/1', '1/0']);
    expect(await env.db.enrolment.count({ where: { userId: person.id } })).toBe(1);
  });

  it('withdraws an assignment not yet completed; not a learner’s own choice, not a completed one', async () => {
    const course = await addCourse(env, township().id);
    const officer = await staff('training_officer', township().id);
    const assigned = await addEnrolment(env, course, await addLearner(env, branch(0).id), {
      source: 'assigned',
      dueOn: '2026-06-01',
    });
    expect(await officer.caller.training.enrolments.unassign({ id: assigned.id })).toEqual({
      id: assigned.id,
      status: 'withdrawn',
    });
    await expect(officer.caller.training.enrolments.unassign({ id: assigned.id })).rejects.toMatchObject({
      key: 'training.unassignWithdrawn',
    });
    const chosen = await addEnrolment(env, course, await addLearner(env, branch(0).id));
    await expect(officer.caller.training.enrolments.unassign({ id: chosen.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.unassignNotAssigned',
    });
    const done = await addEnrolment(env, course, await addLearner(env, branch(0).id), {
      source: 'assigned',
      status: 'completed',
    });
    await expect(officer.caller.training.enrolments.unassign({ id: done.id })).rejects.toMatchObject({
      key: 'training.unassignCompleted',
    });
    const foreign = await addEnrolment(env, course, await addLearner(env, donghu().id), {
      source: 'assigned',
      dueOn: '2026-06-01',
    });
    expect(await refusal(officer.caller.training.enrolments.unassign({ id: foreign.id }))).toEqual(
      await refusal(officer.caller.training.enrolments.unassign({ id: missing })),
    );
    expect((await env.db.enrolment.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe('enrolled');
  });

  it('reads one enrolment alike from either side, with its lessons, attempts and certificate', async () => {
    const course: CourseBundle = await addCourse(env, township().id, { lessons: 2, minScore: 60 });
    const learner = await addLearner(env, donghu().id);
    const enrolment = await addEnrolment(env, course, learner);
    await finishLessons(env, enrolment, course.lessons, shanghai('2026-04-20T09:00:00'));
    await addSubmittedAttempt(env, course, enrolment, 85);
    await env.db.enrolment.update({ where: { id: enrolment.id }, data: { bestScore: 85 } });
    const certificate = await addCertificate(env, course, enrolment);
    const trainer = await staff('trainer', township().id);
    const donghuAdmin = await env.as('donghu');

    const taught = await trainer.caller.training.enrolments.get({ id: enrolment.id });
    expect(taught).toMatchObject({
      id: enrolment.id,
      learnerName: learner.displayName,
      unitName: donghu().name,
      courseTitle: course.course.title,
      courseUnitName: township().name,
      versionNumber: 1,
      status: 'completed',
      progress: 100,
      lessonsDone: 2,
      bestScore: 85,
      attempts: { submitted: 1, open: 0, bestScore: 85 },
      certificate: { number: certificate.number, revoked: false },
    });
    expect(taught.lessons.map((l) => [l.id, l.completedAt])).toEqual(
      course.lessons.map((l) => [l.id, shanghai('2026-04-20T09:00:00').toISOString()]),
    );
    // The learner's unit's admin reads the same, though the course's unit is outside their scope.
    expect(await donghuAdmin.training.enrolments.get({ id: enrolment.id })).toEqual(taught);
    // Neither side of a 西山镇 learner of a 东湖街道 course: the same answer as none.
    const elsewhere = await addEnrolment(env, await addCourse(env, donghu().id), await addLearner(env, xishan().id));
    expect(await refusal(trainer.caller.training.enrolments.get({ id: elsewhere.id }))).toEqual(
      await refusal(trainer.caller.training.enrolments.get({ id: missing })),
    );
    // Nor anyone holding neither permission.
    const editor = await env.as('editor');
    await expect(editor.training.enrolments.get({ id: enrolment.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await admin()).training.enrolments.get({ id: enrolment.id })).resolves.toMatchObject({
      id: enrolment.id,
    });
  });
});
