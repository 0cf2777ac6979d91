// Scope cases of the enrolments' staff side. In each own township where the caller holds the permission: a course's
// class list (training.teach) lists its learner of 东湖街道 too; a unit's people's enrolments (training.read) are
// listed; a course is assigned to a person of a branch and that assignment withdrawn (training.assign); one enrolment
// is read. For 东湖街道 (and a township where the caller's grant carries no training permission) the same calls
// answer exactly as for a missing course, unit or enrolment, and change nothing.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  permissionsHeld,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addCourse, addEnrolment, addLearner } from '../support/training';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;

/** A course of the place's township with a learner of the place's branch enrolled (as `opts` says). */
async function enrolledAt(t: ScopeTest, p: Place, opts: Parameters<typeof addEnrolment>[3] = {}) {
  const bundle = await addCourse(t.env, p.township.id);
  const learner = await addLearner(t.env, branchOf(p).id);
  return { bundle, learner, enrolment: await addEnrolment(t.env, bundle, learner, opts) };
}

const assigned = { source: 'assigned' as const, dueOn: '2099-12-31' };

export const scopeCases = {
  'training.enrolments.classList': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const { bundle, enrolment } = await enrolledAt(t, p);
        // A learner of 东湖街道 in the place's course: on its class list too.
        const visitor = await addEnrolment(t.env, bundle, await addLearner(t.env, t.foreign.township.id));
        const page = await t.a.training.enrolments.classList({ courseId: bundle.course.id });
        expect(page.items.map((r) => r.id).sort()).toEqual([enrolment.id, visitor.id].sort());
      },
      async (p) => {
        const { bundle } = await enrolledAt(t, p);
        await expectHidden(
          t.a.training.enrolments.classList({ courseId: bundle.course.id }),
          t.a.training.enrolments.classList({ courseId: missing }),
        );
      },
    ),

  'training.enrolments.assignableCourses': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.assign',
      async (p) => {
        // The township's course reaches its branch's people (a branch assigner would not see it any other way).
        const { course } = await addCourse(t.env, p.township.id);
        const offered = await t.a.training.enrolments.assignableCourses({ unitId: branchOf(p).id });
        expect(offered).toContainEqual({
          id: course.id,
          title: course.title,
          unitName: p.township.name,
          required: false,
        });
      },
      async (p) => {
        await addCourse(t.env, p.township.id);
        await expectHidden(
          t.a.training.enrolments.assignableCourses({ unitId: branchOf(p).id }),
          t.a.training.enrolments.assignableCourses({ unitId: missing }),
        );
      },
    ),

  'training.enrolments.people': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.assign',
      async (p) => {
        const learner = await addLearner(t.env, branchOf(p).id);
        const page = await t.a.training.enrolments.people({ q: learner.displayName, page: 1, pageSize: 20 });
        expect(page).toEqual({
          items: [
            {
              id: learner.id,
              name: learner.displayName,
              unitId: branchOf(p).id,
              unitName: branchOf(p).name,
              enrolmentStatus: null,
            },
          ],
          total: 1,
        });
      },
      async (p) => {
        const learner = await addLearner(t.env, branchOf(p).id);
        await expectHidden(
          t.a.training.enrolments.people({ unitId: branchOf(p).id, page: 1, pageSize: 20 }),
          t.a.training.enrolments.people({ unitId: missing, page: 1, pageSize: 20 }),
        );
        // Nor listed anywhere in the caller's own scope (where they assign elsewhere).
        if (permissionsHeld(t).has('training.assign'))
          expect(await t.a.training.enrolments.people({ q: learner.displayName, page: 1, pageSize: 20 })).toEqual({
            items: [],
            total: 0,
          });
      },
    ),

  'training.enrolments.list': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.read',
      async (p) => {
        const { enrolment } = await enrolledAt(t, p);
        const page = await t.a.training.enrolments.list({ unitId: branchOf(p).id, pageSize: 200 });
        expect(page.items.map((r) => r.id)).toContain(enrolment.id);
      },
      async (p) => {
        await enrolledAt(t, p);
        await expectHidden(
          t.a.training.enrolments.list({ unitId: p.township.id }),
          t.a.training.enrolments.list({ unitId: missing }),
        );
      },
    ),

  'training.enrolments.assign': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.assign',
      async (p) => {
        const bundle = await addCourse(t.env, p.township.id);
        const person = await addLearner(t.env, branchOf(p).id);
        expect(
          await t.a.training.enrolments.assign({
            courseId: bundle.course.id,
            userIds: [person.id],
            dueOn: '2099-12-31',
          }),
        ).toEqual({ assigned: 1, updated: 0, skipped: 0 });
      },
      async (p) => {
        const bundle = await addCourse(t.env, p.township.id);
        const person = await addLearner(t.env, branchOf(p).id);
        const assign = (courseId: number) =>
          t.a.training.enrolments.assign({ courseId, userIds: [person.id], dueOn: '2099-12-31' });
        await expectHidden(assign(bundle.course.id), assign(missing));
        // Nor a person of the place through a course of an own township.
        const own = t.places.find((o) => t.may('training.assign', o.township.path)) as Place;
        const ownCourse = await addCourse(t.env, own.township.id);
        await expectHidden(
          t.a.training.enrolments.assign({ courseId: ownCourse.course.id, userIds: [person.id], dueOn: '2099-12-31' }),
          t.a.training.enrolments.assign({ courseId: ownCourse.course.id, userIds: [missing], dueOn: '2099-12-31' }),
        );
        expect(await t.env.db.enrolment.count({ where: { userId: person.id } })).toBe(0);
      },
    ),

  'training.enrolments.unassign': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.assign',
      async (p) => {
        const { enrolment } = await enrolledAt(t, p, assigned);
        expect(await t.a.training.enrolments.unassign({ id: enrolment.id })).toEqual({
          id: enrolment.id,
          status: 'withdrawn',
        });
      },
      async (p) => {
        const { enrolment } = await enrolledAt(t, p, assigned);
        await expectHidden(
          t.a.training.enrolments.unassign({ id: enrolment.id }),
          t.a.training.enrolments.unassign({ id: missing }),
        );
        expect((await t.env.db.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).status).toBe('enrolled');
      },
    ),

  'training.enrolments.get': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.read',
      async (p) => {
        const { enrolment, learner } = await enrolledAt(t, p);
        expect(await t.a.training.enrolments.get({ id: enrolment.id })).toMatchObject({
          id: enrolment.id,
          learnerName: learner.displayName,
          unitName: branchOf(p).name,
        });
      },
      async (p) => {
        const { enrolment } = await enrolledAt(t, p);
        await expectHidden(
          t.a.training.enrolments.get({ id: enrolment.id }),
          t.a.training.enrolments.get({ id: missing }),
        );
      },
    ),
};
