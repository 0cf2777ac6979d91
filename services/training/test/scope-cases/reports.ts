// Scope cases of the training reports: an own township's course (its trainers' side, a learner of 东湖街道 included)
// and an own township's unit (its people's enrolments, its staff's coverage) are reported with what the case put
// there; 东湖街道's (and a township where the caller's grant gives no training rights) answer as a missing one. The
// caller's classes (reports.teaching): an own unit's course counted with its learner and the session the caller leads.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeTest } from '../../../../tests/support/scope-test';
import { addSession } from '../support/sessions';
import { addCourse, addEnrolment, addLearner } from '../support/training';

export const scopeCases = {
  'training.reports.course': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch' });
        const course = await addCourse(t.env, branch.id);
        const far = await addLearner(t.env, (t.foreign.branches[0] as Unit).id);
        await addEnrolment(t.env, course, far, { status: 'completed' });
        const report = await t.a.training.reports.course({ courseId: course.course.id });
        expect(report.totals).toMatchObject({ enrolled: 1, completed: 1 });
        expect(report.units.map((u) => u.unitId)).toEqual([far.unitId]);
      },
      async (p) => {
        const course = await addCourse(t.env, p.township.id);
        await expectHidden(
          t.a.training.reports.course({ courseId: course.course.id }),
          t.a.training.reports.course({ courseId: missing }),
        );
      },
    ),
  'training.reports.units': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.read',
      async (p) => {
        const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch' });
        const learner = await addLearner(t.env, branch.id);
        await addEnrolment(t.env, await addCourse(t.env, p.township.id), learner, { status: 'in_progress' });
        const report = await t.a.training.reports.units({ unitId: branch.id });
        expect(report.totals).toMatchObject({ enrolled: 1, inProgress: 1 });
      },
      async (p) => {
        await expectHidden(
          t.a.training.reports.units({ unitId: p.township.id }),
          t.a.training.reports.units({ unitId: missing }),
        );
      },
    ),
  'training.reports.coverage': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.read',
      async (p) => {
        const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch' });
        const course = await addCourse(t.env, branch.id, { required: true, audience: 'unit' });
        const staff = await addLearner(t.env, branch.id, { grants: [{ role: 'branch_secretary', unitId: branch.id }] });
        await addEnrolment(t.env, course, staff, { status: 'completed' });
        const report = await t.a.training.reports.coverage({ unitId: branch.id });
        // Required courses of the units above (if the demo has any) apply too: the one here is completed.
        expect(report.courses.find((c) => c.courseId === course.course.id)).toMatchObject({ staff: 1, completed: 1 });
        expect(report.staff).toBe(1);
      },
      async (p) => {
        await expectHidden(
          t.a.training.reports.coverage({ unitId: p.township.id }),
          t.a.training.reports.coverage({ unitId: missing }),
        );
      },
    ),
  'training.reports.teaching': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0] as Unit, { kind: 'group' });
        const course = await addCourse(t.env, unit.id);
        const far = await addLearner(t.env, (t.foreign.branches[0] as Unit).id);
        await addEnrolment(t.env, course, far, { status: 'completed' });
        const session = await addSession(t.env, course, { trainerId: t.user.id });
        const summary = await t.env.at('2026-05-01T10:00:00', () => t.a.training.reports.teaching({ unitId: unit.id }));
        expect(summary).toMatchObject({ courses: 1, enrolled: 1, completed: 1, completionRate: 100 });
        expect(summary.sessions.map((s) => s.id)).toEqual([session.id]);
      },
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0] as Unit, { kind: 'group' });
        await addSession(t.env, await addCourse(t.env, unit.id), { trainerId: t.user.id });
        await expectHidden(
          t.a.training.reports.teaching({ unitId: unit.id }),
          t.a.training.reports.teaching({ unitId: missing }),
        );
      },
    ),
};
