// Scope cases of a learner's own side (no grant: every caller of the suite is a learner at home in some unit). Each
// acts on the caller's own rows, found by their account, whatever their grants: a course of their home unit is open
// to them, one of a township their home is not in is not (answered as a missing one); another account's enrolment,
// lesson or assignment answers as a missing one and stays unchanged. The bell's training notices are the caller's
// own assignments.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { expectHidden, missing, type ScopeTest } from '../../../../tests/support/scope-test';
import { addCourse, addEnrolment, addLearner } from '../support/training';

/** The caller's home unit (where their enrolments belong and courses open to them). */
export const homeOf = (t: ScopeTest) => t.env.db.unit.findUniqueOrThrow({ where: { id: t.user.unitId } });

/** A township the caller's home does not lie in: its courses are not open to them. */
export async function elsewhere(t: ScopeTest): Promise<Unit> {
  const home = await homeOf(t);
  const { chengguan, donghu } = t.env.seed.townships;
  return home.path.startsWith(donghu!.path) ? chengguan! : donghu!;
}

/** A course of the caller's home unit, and the caller enrolled in it. */
async function ownEnrolment(t: ScopeTest, opts: Parameters<typeof addEnrolment>[3] = {}) {
  const bundle = await addCourse(t.env, t.user.unitId);
  const me = await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } });
  return { bundle, enrolment: await addEnrolment(t.env, bundle, me, opts) };
}

/** Someone else enrolled in a course of another township. */
async function theirEnrolment(t: ScopeTest, opts: Parameters<typeof addEnrolment>[3] = {}) {
  const unit = await elsewhere(t);
  const bundle = await addCourse(t.env, unit.id);
  return { bundle, enrolment: await addEnrolment(t.env, bundle, await addLearner(t.env, unit.id), opts) };
}

const statusOf = async (t: ScopeTest, id: number) =>
  (await t.env.db.enrolment.findUniqueOrThrow({ where: { id } })).status;

export const scopeCases = {
  'training.learning.catalogue': async (t: ScopeTest) => {
    const open = await addCourse(t.env, t.user.unitId, { title: `开放课-${t.tag}-${Date.now()}` });
    const closed = await addCourse(t.env, (await elsewhere(t)).id, { title: `开放课-${t.tag}-外-${Date.now()}` });
    const page = await t.a.training.learning.catalogue({ q: `开放课-${t.tag}`, pageSize: 100 });
    expect(page.items.map((c) => c.id)).toContain(open.course.id);
    expect(page.items.map((c) => c.id)).not.toContain(closed.course.id);
  },

  'training.learning.enrol': async (t: ScopeTest) => {
    const open = await addCourse(t.env, t.user.unitId);
    expect(await t.a.training.learning.enrol({ courseId: open.course.id })).toMatchObject({ status: 'enrolled' });
    const closed = await addCourse(t.env, (await elsewhere(t)).id);
    await expectHidden(
      t.a.training.learning.enrol({ courseId: closed.course.id }),
      t.a.training.learning.enrol({ courseId: missing }),
      ['NOT_FOUND'],
    );
    expect(await t.env.db.enrolment.count({ where: { courseId: closed.course.id } })).toBe(0);
  },

  'training.learning.withdraw': async (t: ScopeTest) => {
    const { enrolment } = await ownEnrolment(t);
    expect(await t.a.training.learning.withdraw({ id: enrolment.id })).toEqual({
      id: enrolment.id,
      status: 'withdrawn',
    });
    const theirs = await theirEnrolment(t);
    await expectHidden(
      t.a.training.learning.withdraw({ id: theirs.enrolment.id }),
      t.a.training.learning.withdraw({ id: missing }),
      ['NOT_FOUND'],
    );
    expect(await statusOf(t, theirs.enrolment.id)).toBe('enrolled');
  },

  'training.learning.mine': async (t: ScopeTest) => {
    const { enrolment } = await ownEnrolment(t);
    const theirs = await theirEnrolment(t);
    const mine = await t.a.training.learning.mine({ pageSize: 100 });
    expect(mine.items.map((e) => e.id)).toContain(enrolment.id);
    expect(mine.items.map((e) => e.id)).not.toContain(theirs.enrolment.id);
    const own = await t.env.db.enrolment.count({ where: { userId: t.user.id } });
    expect(mine.total).toBe(own);
  },

  'training.learning.course': async (t: ScopeTest) => {
    const { bundle, enrolment } = await ownEnrolment(t);
    expect((await t.a.training.learning.course({ courseId: bundle.course.id })).enrolmentId).toBe(enrolment.id);
    const theirs = await theirEnrolment(t);
    await expectHidden(
      t.a.training.learning.course({ courseId: theirs.bundle.course.id }),
      t.a.training.learning.course({ courseId: missing }),
      ['NOT_FOUND'],
    );
  },

  'training.learning.lesson': async (t: ScopeTest) => {
    const { bundle } = await ownEnrolment(t);
    expect((await t.a.training.learning.lesson({ lessonId: bundle.lessons[0]!.id })).title).toBe('第1课');
    const theirs = await theirEnrolment(t);
    await expectHidden(
      t.a.training.learning.lesson({ lessonId: theirs.bundle.lessons[0]!.id }),
      t.a.training.learning.lesson({ lessonId: missing }),
      ['NOT_FOUND'],
    );
  },

  'training.learning.completeLesson': async (t: ScopeTest) => {
    const { bundle, enrolment } = await ownEnrolment(t);
    expect(await t.a.training.learning.completeLesson({ lessonId: bundle.lessons[0]!.id })).toMatchObject({
      enrolmentId: enrolment.id,
      lessonsDone: 1,
    });
    const theirs = await theirEnrolment(t);
    await expectHidden(
      t.a.training.learning.completeLesson({ lessonId: theirs.bundle.lessons[0]!.id }),
      t.a.training.learning.completeLesson({ lessonId: missing }),
      ['NOT_FOUND'],
    );
    expect(await t.env.db.lessonProgress.count({ where: { enrolmentId: theirs.enrolment.id } })).toBe(0);
  },

  'training.notices.list': async (t: ScopeTest) => {
    const due = { source: 'assigned' as const, dueOn: '2000-01-01' };
    const { bundle } = await ownEnrolment(t, due);
    const theirs = await theirEnrolment(t, due);
    const bell = await t.a.training.notices.list();
    const titles = bell.items.map((i) => i.title);
    expect(titles).toContain(bundle.course.title);
    expect(titles).not.toContain(theirs.bundle.course.title);
  },
};
