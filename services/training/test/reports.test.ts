// The training reports on both databases, each figure computed here from the rows the case creates (never by the code
// under test), on a fresh subtree of its own:
//  - a course's report for its trainers: every learners' unit, one of them in another township than the course's;
//    overdue by the day in Asia/Shanghai (00:30 on the 10th there is still the 9th in UTC); the last 12 months by the
//    month of enrolment in Shanghai; refused without training.teach, not found outside the caller's courses;
//  - a unit's report: the enrolments its subtree's units own (not a foreign learner's of its courses), the unit's own
//    and each child's subtree adding up to the total, one course's only, sorted by a figure;
//  - coverage: staff (home unit in the subtree, not disabled, a grant other than member), the required courses open to
//    each (published, required, run by their unit or above it for its subtree), covered when all are completed, staff
//    with none apart; by child (a ranking) and by course;
//  - coverage's trend: the completions of the subtree's learners (the enrolment's unit) in each of the last twelve months
//    by completedAt in Shanghai (either side of midnight on the 1st), not withdrawn or unfinished ones, not another
//    township's; for a user granted in two townships, each unit's own; kept until a write, moving with the month;
//  - a trainer's classes (the overview's card): the running courses of the units where they teach (not another
//    trainer's), their learners of every unit and how many completed, and the next sessions they lead there.
import type { Unit, User } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { calendarDay } from '@strata/i18n/days';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { expectHidden } from '../../../tests/support/scope-test';
import { addSeat, addSession } from './support/sessions';
import { addCourse, addEnrolment, addLearner, type CourseBundle } from './support/training';

type Status = 'enrolled' | 'in_progress' | 'completed' | 'withdrawn';
type Spec = {
  unitId: number;
  status: Status;
  source?: 'self' | 'assigned';
  dueOn?: string;
  score?: number;
  enrolledAt?: Date;
};

/** 00:30 on 10 May in Shanghai: 16:30 on 9 May in UTC. Today is the 10th; a due day of the 9th is past. */
const now = shanghai('2026-05-10T00:30:00');
const today = '2026-05-10';

/** The figures of a set of enrolments, as the report defines them (reports-schemas.ts), counted by hand. */
function figuresOf(specs: readonly Spec[]) {
  const with_ = (status: Status) => specs.filter((s) => s.status === status).length;
  const scored = specs.filter((s) => s.score !== undefined);
  const sum = scored.reduce((n, s) => n + (s.score ?? 0), 0);
  const stillIn = specs.length - with_('withdrawn');
  return {
    enrolled: specs.length,
    notStarted: with_('enrolled'),
    inProgress: with_('in_progress'),
    completed: with_('completed'),
    withdrawn: with_('withdrawn'),
    overdue: specs.filter(
      (s) =>
        s.source === 'assigned' &&
        s.dueOn !== undefined &&
        s.dueOn < today &&
        (s.status === 'enrolled' || s.status === 'in_progress'),
    ).length,
    scored: scored.length,
    averageScore: scored.length ? Math.round((sum / scored.length) * 10) / 10 : null,
    completionRate: stillIn ? Math.round((with_('completed') / stillIn) * 1000) / 10 : null,
  };
}

describe.each(await testProviders())('training reports on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(now);
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan as Unit & { branches: Unit[] };
  const donghu = () => env.seed.townships.donghu as Unit & { branches: Unit[] };
  const branch = () => addUnit(env, chengguan(), { kind: 'branch' });

  /** An enrolment of a new learner of `spec.unitId` (their home and the enrolment's owner), as the spec says. */
  async function enrol(bundle: CourseBundle, spec: Spec, learner?: User) {
    const who = learner ?? (await addLearner(env, spec.unitId));
    const e = await addEnrolment(env, bundle, who, {
      unitId: spec.unitId,
      status: spec.status,
      source: spec.source ?? 'self',
      dueOn: spec.dueOn ?? null,
      enrolledAt: spec.enrolledAt ?? shanghai('2026-05-02T09:00:00'),
    });
    if (spec.score !== undefined)
      await env.db.enrolment.update({ where: { id: e.id }, data: { bestScore: spec.score } });
    return e;
  }
  const account = (unitId: number, grants: { role: string; unitId: number }[]) => addLearner(env, unitId, { grants });

  it("reports a course to its trainers across its learners' units and townships", async () => {
    const b = await branch();
    const g1 = await addUnit(env, b);
    const far = donghu().branches[0] as Unit;
    const course = await addCourse(env, b.id);
    const other = await addCourse(env, b.id);
    const specs: Spec[] = [
      { unitId: b.id, status: 'completed', score: 90, enrolledAt: shanghai('2026-03-15T10:00:00') },
      // Assigned, due yesterday (Shanghai), not done: overdue. Enrolled at 00:30 on 1 May in Shanghai (30 April UTC).
      {
        unitId: g1.id,
        status: 'in_progress',
        source: 'assigned',
        dueOn: '2026-05-09',
        score: 60,
        enrolledAt: new Date('2026-04-30T16:30:00Z'),
      },
      // Due today: not overdue yet. 23:30 on 30 April in Shanghai: April.
      {
        unitId: g1.id,
        status: 'enrolled',
        source: 'assigned',
        dueOn: '2026-05-10',
        enrolledAt: new Date('2026-04-30T15:30:00Z'),
      },
      // Another township's learners: one completed 13 months ago (in the totals, not in the months), one withdrawn
      // after its due day (not overdue), one overdue.
      { unitId: far.id, status: 'completed', score: 100, enrolledAt: shanghai('2025-04-01T10:00:00') },
      { unitId: far.id, status: 'withdrawn', source: 'assigned', dueOn: '2026-05-01' },
      { unitId: far.id, status: 'enrolled', source: 'assigned', dueOn: '2026-05-09' },
    ];
    for (const spec of specs) await enrol(course, spec);
    // Another course's learner counts nowhere here.
    await enrol(other, { unitId: b.id, status: 'completed', score: 10 });

    const admin = await env.as('chengguan');
    const report = await admin.training.reports.course({ courseId: course.course.id });
    expect(report.course).toEqual({
      id: course.course.id,
      title: course.course.title,
      unitId: b.id,
      unitName: b.name,
      status: 'published',
      required: false,
    });
    expect(report.totals).toEqual(figuresOf(specs));
    expect(report.totals).toMatchObject({ enrolled: 6, overdue: 2, averageScore: 83.3, completionRate: 40 });
    const byUnit = (unitId: number) => specs.filter((s) => s.unitId === unitId);
    expect(report.units).toEqual([
      { unitId: far.id, name: far.name, ...figuresOf(byUnit(far.id)) },
      { unitId: g1.id, name: g1.name, ...figuresOf(byUnit(g1.id)) },
      { unitId: b.id, name: b.name, ...figuresOf(byUnit(b.id)) },
    ]);
    expect(report.months.map((m) => m.month)).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    const shown = new Map(report.months.map((m) => [m.month, m]));
    const inMonth = (month: string) =>
      specs.filter((s) => calendarDay(s.enrolledAt ?? shanghai('2026-05-02T09:00:00')).startsWith(month));
    for (const month of shown.keys())
      expect(shown.get(month)).toEqual({
        month,
        enrolled: inMonth(month).length,
        completed: inMonth(month).filter((s) => s.status === 'completed').length,
      });
    expect(shown.get('2026-05')).toEqual({ month: '2026-05', enrolled: 3, completed: 0 });
    expect(shown.get('2026-04')).toEqual({ month: '2026-04', enrolled: 1, completed: 0 });

    // A trainer of the township reads it too; one of the branch's group (below the course's unit) or of another
    // township does not find it, as for a course that does not exist; without training.teach it is refused.
    const trainer = await account(chengguan().id, [{ role: 'trainer', unitId: chengguan().id }]);
    const read = await (await env.as(trainer.username)).training.reports.course({ courseId: course.course.id });
    expect(read.totals).toEqual(report.totals);
    const notFound = { code: 'NOT_FOUND', key: 'training.courseNotFound' };
    for (const [home, at] of [
      [g1.id, g1.id],
      [far.id, donghu().id],
    ] as const) {
      const elsewhere = await account(home, [{ role: 'trainer', unitId: at }]);
      const caller = await env.as(elsewhere.username);
      await expect(caller.training.reports.course({ courseId: course.course.id })).rejects.toMatchObject(notFound);
      await expect(caller.training.reports.course({ courseId: 999_999 })).rejects.toMatchObject(notFound);
    }
    const officer = await account(b.id, [{ role: 'training_officer', unitId: chengguan().id }]);
    await expect(
      (await env.as(officer.username)).training.reports.course({ courseId: course.course.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("reports a unit's people: its own, each child's subtree, one course, sorted by a figure", async () => {
    const b = await branch();
    const [g1, g2, g2b] = [await addUnit(env, b), await addUnit(env, b), await addUnit(env, b)];
    const g3 = await addUnit(env, g1);
    const c1 = await addCourse(env, b.id);
    // A course of the township: the branch's people take it too, and count here.
    const cT = await addCourse(env, chengguan().id);
    const rows: [CourseBundle, Spec][] = [
      [c1, { unitId: b.id, status: 'completed', score: 80 }],
      [c1, { unitId: g1.id, status: 'in_progress', source: 'assigned', dueOn: '2026-05-09', score: 40 }],
      [cT, { unitId: g1.id, status: 'completed', score: 70 }],
      [c1, { unitId: g3.id, status: 'enrolled', source: 'assigned', dueOn: '2026-05-10' }],
      [cT, { unitId: g3.id, status: 'withdrawn' }],
      [c1, { unitId: g2.id, status: 'enrolled', source: 'assigned', dueOn: '2026-05-08' }],
    ];
    for (const [bundle, spec] of rows) await enrol(bundle, spec);
    // Another township's learner of the branch's course is the course's side, not the branch's people.
    await enrol(c1, { unitId: (donghu().branches[0] as Unit).id, status: 'completed', score: 100 });

    const admin = await env.as('chengguan');
    const specs = rows.map(([, s]) => s);
    const under = (units: Unit[], from = specs) => from.filter((s) => units.some((u) => u.id === s.unitId));
    const report = await admin.training.reports.units({ unitId: b.id });
    expect(report.unit).toEqual({ id: b.id, name: b.name });
    expect(report.courseId).toBeNull();
    expect(report.totals).toEqual(figuresOf(specs));
    expect(report.totals).toMatchObject({ enrolled: 6, overdue: 2, completed: 2, withdrawn: 1 });
    expect(report.own).toEqual(figuresOf(under([b])));
    expect(report.children).toEqual([
      { unitId: g1.id, name: g1.name, ...figuresOf(under([g1, g3])) },
      { unitId: g2.id, name: g2.name, ...figuresOf(under([g2])) },
      { unitId: g2b.id, name: g2b.name, ...figuresOf([]) },
    ]);
    // The children with the unit's own add up to the whole.
    expect(report.children.reduce((n, c) => n + c.enrolled, 0) + report.own.enrolled).toBe(report.totals.enrolled);

    // One course only.
    const ofC1 = rows.filter(([bundle]) => bundle === c1).map(([, s]) => s);
    const filtered = await admin.training.reports.units({ unitId: b.id, courseId: c1.course.id });
    expect(filtered.courseId).toBe(c1.course.id);
    expect(filtered.totals).toEqual(figuresOf(ofC1));
    expect(filtered.children.map((c) => c.enrolled)).toEqual([under([g1, g3], ofC1).length, 1, 0]);
    // A course none of them takes (or none at all) counts nothing.
    expect((await admin.training.reports.units({ unitId: b.id, courseId: 999_999 })).totals).toEqual(figuresOf([]));

    // Sorted: by completion rate ascending (0 %, 33.3 %, then the unit with nobody), by overdue descending.
    const sorted = async (sort: 'completionRate' | 'overdue' | 'enrolled', order: 'asc' | 'desc') =>
      (await admin.training.reports.units({ unitId: b.id, sort, order })).children.map((c) => c.unitId);
    expect(await sorted('completionRate', 'asc')).toEqual([g2.id, g1.id, g2b.id]);
    expect(await sorted('enrolled', 'asc')).toEqual([g2b.id, g2.id, g1.id]);
    expect(await sorted('overdue', 'desc')).toEqual([g1.id, g2.id, g2b.id]);

    // A child's own report is its subtree's part.
    expect((await admin.training.reports.units({ unitId: g1.id })).totals).toEqual(figuresOf(under([g1, g3])));

    // Another township's admin does not find the unit (as a missing one); a trainer has no training.read.
    const notFound = { code: 'NOT_FOUND', key: 'training.reportUnitNotFound' };
    const outsider = await env.as('donghu');
    await expect(outsider.training.reports.units({ unitId: b.id })).rejects.toMatchObject(notFound);
    await expect(outsider.training.reports.units({ unitId: 999_999 })).rejects.toMatchObject(notFound);
    const trainer = await account(b.id, [{ role: 'trainer', unitId: b.id }]);
    await expect((await env.as(trainer.username)).training.reports.units({ unitId: b.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // The sort is one of the figures.
    await expect(
      admin.training.reports.units({ unitId: b.id, sort: 'learnerName' as 'enrolled' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('measures the coverage of the staff by the required courses open to each', async () => {
    const b = await branch();
    const [g1, g2, g4] = [await addUnit(env, b), await addUnit(env, b), await addUnit(env, b)];
    const g3 = await addUnit(env, g1);
    const sibling = await branch();
    // The required courses: the branch's own people only (audience unit), G1's whole subtree, G2's own.
    const cB = await addCourse(env, b.id, { required: true, audience: 'unit' });
    const cG1 = await addCourse(env, g1.id, { required: true, audience: 'subtree' });
    const cG2 = await addCourse(env, g2.id, { required: true, audience: 'unit' });
    // Not counted: archived, a draft, not required, and a required course of a sibling branch.
    const archived = await addCourse(env, b.id, { required: true, status: 'archived' });
    const draft = await addCourse(env, b.id, { required: true, status: 'draft' });
    const optional = await addCourse(env, b.id, { required: false });
    await addCourse(env, sibling.id, { required: true });
    // Required courses of the units above (the township, the municipality), published for their whole subtree, if
    // the demo has any: they apply to everyone here, so the staff covered below complete them too.
    const above = await env.db.course.findMany({
      where: {
        required: true,
        status: 'published',
        audience: 'subtree',
        unitId: { in: [chengguan().id, env.seed.municipality.id] },
      },
    });

    type Staff = { user: User; unitId: number; applies: number[]; done: number[] };
    const staff: Staff[] = [];
    const appliesAt = (unitId: number) => [
      ...above.map((c) => c.id),
      ...(unitId === b.id ? [cB.course.id] : []),
      ...(unitId === g1.id || unitId === g3.id ? [cG1.course.id] : []),
      ...(unitId === g2.id ? [cG2.course.id] : []),
    ];
    // addEnrolment reads a bundle's course and version only: the courses above get one of those.
    const aboveBundles = await Promise.all(
      above.map(async (course) => ({
        course,
        version: await env.db.courseVersion.findUniqueOrThrow({ where: { id: course.currentVersionId ?? 0 } }),
      })),
    );
    const bundles = new Map<number, CourseBundle>(
      [cB, cG1, cG2, archived, draft, optional].map((c) => [c.course.id, c] as const),
    );
    for (const a of aboveBundles) bundles.set(a.course.id, a as CourseBundle);
    /** A staff member at home in `unitId` with `role` at `at`, who completed `done` (and `also`, not required). */
    async function addStaff(unitId: number, role: string, done: 'all' | 'none' | number[], at = unitId) {
      const user = await account(unitId, [
        { role: 'member', unitId },
        { role, unitId: at },
      ]);
      const applies = appliesAt(unitId);
      const completed = done === 'all' ? applies : done === 'none' ? [] : done;
      for (const courseId of completed)
        await enrol(bundles.get(courseId) as CourseBundle, { unitId, status: 'completed' }, user);
      staff.push({ user, unitId, applies, done: completed.filter((id) => applies.includes(id)) });
      return user;
    }
    await addStaff(b.id, 'branch_secretary', 'all');
    // Only the branch's course: not G1's required one.
    await addStaff(g1.id, 'trainer', [cB.course.id, ...above.map((c) => c.id)]);
    await addStaff(g1.id, 'training_officer', 'all');
    await addStaff(g3.id, 'trainer', 'all');
    // G2's course still in progress: not covered.
    const behind = await addStaff(
      g2.id,
      'trainer',
      above.map((c) => c.id),
    );
    await enrol(cG2, { unitId: g2.id, status: 'in_progress' }, behind);
    // Staff by a grant elsewhere (their home unit counts), who completed nothing.
    await addStaff(g2.id, 'content_editor', 'none', chengguan().id);
    // Completed every course that does not count: still not covered.
    const keen = await addStaff(
      g1.id,
      'trainer',
      above.map((c) => c.id),
    );
    for (const c of [archived, draft, optional]) await enrol(c, { unitId: g1.id, status: 'completed' }, keen);
    // Staff to whom nothing applies (G4 runs nothing required), unless the units above require something.
    await addStaff(g4.id, 'trainer', 'all');
    // One who moved here from another township: their completion, owned by the unit they left, still counts.
    const moved = await account(g2.id, [{ role: 'trainer', unitId: g2.id }]);
    const farBranch = donghu().branches[0] as Unit;
    await enrol(cG2, { unitId: farBranch.id, status: 'completed' }, moved);
    staff.push({ user: moved, unitId: g2.id, applies: appliesAt(g2.id), done: [cG2.course.id] });
    // Not staff: a member only who completed everything; a disabled trainer.
    const plain = await account(g1.id, [{ role: 'member', unitId: g1.id }]);
    for (const c of [cB, cG1]) await enrol(c, { unitId: g1.id, status: 'completed' }, plain);
    const gone = await account(g1.id, [{ role: 'trainer', unitId: g1.id }]);
    await env.db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });

    const tally = (of: Staff[]) => {
      const counted = of.filter((s) => s.applies.length > 0);
      const covered = counted.filter((s) => s.applies.every((id) => s.done.includes(id))).length;
      return {
        staff: counted.length,
        covered,
        share: counted.length ? Math.round((covered / counted.length) * 1000) / 10 : null,
        noneRequired: of.length - counted.length,
      };
    };
    const inUnits = (...units: Unit[]) => staff.filter((s) => units.some((u) => u.id === s.unitId));

    const admin = await env.as('chengguan');
    const report = await admin.training.reports.coverage({ unitId: b.id });
    expect(report).toMatchObject({ unit: { id: b.id, name: b.name }, ...tally(staff) });
    if (!above.length) expect(report).toMatchObject({ staff: 8, covered: 4, share: 50, noneRequired: 1 });
    const ranked = [
      { unitId: g1.id, name: g1.name, ...tally(inUnits(g1, g3)) },
      { unitId: g2.id, name: g2.name, ...tally(inUnits(g2)) },
      { unitId: g4.id, name: g4.name, ...tally(inUnits(g4)) },
    ].sort(
      (x, y) =>
        (x.share === null ? 1 : 0) - (y.share === null ? 1 : 0) || (y.share ?? 0) - (x.share ?? 0) || y.staff - x.staff,
    );
    expect(report.children).toEqual(ranked);
    const perCourse = [...new Set(staff.flatMap((s) => s.applies))].map((courseId) => {
      const applies = staff.filter((s) => s.applies.includes(courseId));
      const completed = applies.filter((s) => s.done.includes(courseId)).length;
      return { courseId, staff: applies.length, completed };
    });
    expect(report.courses.map((c) => ({ courseId: c.courseId, staff: c.staff, completed: c.completed }))).toEqual(
      expect.arrayContaining(perCourse),
    );
    expect(report.courses).toHaveLength(perCourse.length);
    expect(report.courses.find((c) => c.courseId === cG1.course.id)).toMatchObject({
      title: cG1.course.title,
      unitId: g1.id,
      unitName: g1.name,
      share: Math.round(((perCourse.find((c) => c.courseId === cG1.course.id)?.completed ?? 0) / 4) * 1000) / 10,
    });

    // A child's coverage is its part of the subtree's.
    expect(await admin.training.reports.coverage({ unitId: g1.id })).toMatchObject(tally(inUnits(g1, g3)));

    // Outside the caller's units, as a missing unit; without training.read, refused.
    const notFound = { code: 'NOT_FOUND', key: 'training.reportUnitNotFound' };
    const outsider = await env.as('donghu');
    await expect(outsider.training.reports.coverage({ unitId: b.id })).rejects.toMatchObject(notFound);
    await expect(outsider.training.reports.coverage({ unitId: 999_999 })).rejects.toMatchObject(notFound);
    const trainer = await account(b.id, [{ role: 'trainer', unitId: chengguan().id }]);
    await expect((await env.as(trainer.username)).training.reports.coverage({ unitId: b.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it("counts the subtree's learners' completions in each of the last twelve months (Asia/Shanghai), kept until a write", async () => {
    const b = await branch();
    const g1 = await addUnit(env, b);
    const g2 = await addUnit(env, g1);
    const sibling = await branch();
    const far = await addUnit(env, donghu(), { kind: 'branch' });
    const course = await addCourse(env, b.id);
    // Any course counts, whoever runs it: one of the township's, one of another township's.
    const township = await addCourse(env, chengguan().id);
    const foreign = await addCourse(env, far.id);
    /** `month`: the month `at` lies in, in Shanghai, said here by hand. */
    type Done = { unitId: number; at: Date; status?: Status; bundle?: CourseBundle; month: string };
    /** A learner at home in `unitId` whose enrolment has `status` (completed unless said) and `completedAt` `at`. */
    async function finish(d: Done) {
      const learner = await addLearner(env, d.unitId);
      const e = await enrol(d.bundle ?? course, { unitId: d.unitId, status: d.status ?? 'completed' }, learner);
      await env.db.enrolment.update({ where: { id: e.id }, data: { completedAt: d.at } });
    }
    const midnight = (day: string) => shanghai(`${day}T00:00:00`);
    const justBefore = (at: Date) => new Date(at.getTime() - 1);
    // Now is 00:30 on 10 May 2026 in Shanghai: the months are June 2025 to May 2026.
    const done: Done[] = [
      // The window's first instant counts; a millisecond before it (23:59:59.999 on 31 May) does not.
      { unitId: b.id, at: midnight('2025-06-01'), month: '2025-06' },
      { unitId: b.id, at: justBefore(midnight('2025-06-01')), month: '2025-05' },
      // Either side of midnight on 1 March in Shanghai (16:00 on 28 February in UTC).
      { unitId: g1.id, at: justBefore(midnight('2026-03-01')), month: '2026-02' },
      { unitId: g1.id, at: midnight('2026-03-01'), month: '2026-03' },
      // 00:30 on 1 April in Shanghai is still 31 March in UTC: April.
      { unitId: b.id, at: new Date('2026-03-31T16:30:00Z'), month: '2026-04' },
      { unitId: b.id, at: shanghai('2026-04-15T10:00:00'), month: '2026-04' },
      { unitId: g2.id, at: shanghai('2026-05-10T00:10:00'), month: '2026-05' },
      { unitId: b.id, at: shanghai('2025-11-11T11:00:00'), bundle: township, month: '2025-11' },
      { unitId: g2.id, at: shanghai('2025-09-30T23:59:00'), bundle: foreign, month: '2025-09' },
      // The next month's first instant is past the window.
      { unitId: b.id, at: midnight('2026-06-01'), month: '2026-06' },
      // Not completed, whatever their completedAt says.
      { unitId: b.id, at: shanghai('2026-04-20T10:00:00'), status: 'withdrawn', month: '2026-04' },
      { unitId: g1.id, at: shanghai('2026-04-20T10:00:00'), status: 'in_progress', month: '2026-04' },
      { unitId: g2.id, at: shanghai('2026-04-20T10:00:00'), status: 'enrolled', month: '2026-04' },
    ];
    // Learners of another township (in the branch's own course) and of a sibling branch: not the branch's.
    const elsewhere: Done[] = [
      { unitId: far.id, at: shanghai('2026-04-20T10:00:00'), month: '2026-04' },
      { unitId: far.id, at: shanghai('2026-01-05T10:00:00'), bundle: foreign, month: '2026-01' },
      { unitId: sibling.id, at: shanghai('2026-04-20T10:00:00'), month: '2026-04' },
    ];
    for (const d of [...done, ...elsewhere]) await finish(d);

    const months = [
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ];
    /** Each of `shown`'s count of the completed cases of `units`, by the month each case says it lies in. */
    const trend = (units: Unit[], shown = months) =>
      shown.map((month) => ({
        month,
        count: [...done, ...elsewhere].filter(
          (d) => (d.status ?? 'completed') === 'completed' && d.month === month && units.some((u) => u.id === d.unitId),
        ).length,
      }));
    const admin = await env.as('chengguan');
    const report = await admin.training.reports.coverage({ unitId: b.id });
    expect(report.completedByMonth).toEqual(trend([b, g1, g2]));
    expect(report.completedByMonth.map((m) => m.count)).toEqual([1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 2, 1]);
    // Kept while nothing is written: the same answer again.
    expect(await admin.training.reports.coverage({ unitId: b.id })).toEqual(report);
    // A child's subtree alone.
    expect((await admin.training.reports.coverage({ unitId: g1.id })).completedByMonth).toEqual(trend([g1, g2]));

    // One whose grants sit in two townships reads each unit's own learners, and nothing of a unit of neither.
    const two = await account(b.id, [
      { role: 'training_officer', unitId: b.id },
      { role: 'training_officer', unitId: far.id },
    ]);
    const both = await env.as(two.username);
    expect((await both.training.reports.coverage({ unitId: b.id })).completedByMonth).toEqual(trend([b, g1, g2]));
    const farTrend = (await both.training.reports.coverage({ unitId: far.id })).completedByMonth;
    expect(farTrend).toEqual(trend([far]));
    expect(farTrend.map((m) => m.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0]);
    const third = Object.values(env.seed.townships).find((t) => t.id !== chengguan().id && t.id !== donghu().id);
    if (!third) throw new Error('the demo has a third township');
    await expectHidden(
      both.training.reports.coverage({ unitId: third.id }),
      both.training.reports.coverage({ unitId: 999_999 }),
    );
    await expectHidden(
      both.training.reports.coverage({ unitId: sibling.id }),
      both.training.reports.coverage({ unitId: 999_999 }),
    );
    // Another township's admin: the branch is refused exactly as a missing unit.
    const outsider = await env.as('donghu');
    await expectHidden(
      outsider.training.reports.coverage({ unitId: b.id }),
      outsider.training.reports.coverage({ unitId: 999_999 }),
    );

    // A completion written after the kept answer shows in the next one.
    const late: Done = { unitId: g1.id, at: shanghai('2026-05-09T12:00:00'), month: '2026-05' };
    await finish(late);
    done.push(late);
    const after = await admin.training.reports.coverage({ unitId: b.id });
    expect(after.completedByMonth).toEqual(trend([b, g1, g2]));
    expect(after.completedByMonth.at(-1)).toEqual({ month: '2026-05', count: 2 });

    // Nothing written, the clock into June: the months move on (June 2025 out, June 2026 in, its first instant counted).
    try {
      env.setNow(shanghai('2026-06-01T00:05:00'));
      const june = [...months.slice(1), '2026-06'];
      const next = await admin.training.reports.coverage({ unitId: b.id });
      expect(next.completedByMonth).toEqual(trend([b, g1, g2], june));
      expect(next.completedByMonth.at(-1)).toEqual({ month: '2026-06', count: 1 });
    } finally {
      env.setNow(now);
    }
  });

  it("sums up a trainer's classes: their own courses' learners and the next sessions they lead, not another's", async () => {
    const b = await branch();
    const g1 = await addUnit(env, b);
    const sibling = await branch();
    const far = donghu().branches[0] as Unit;
    const me = await account(b.id, [{ role: 'trainer', unitId: b.id }]);
    const colleague = await account(b.id, [{ role: 'trainer', unitId: b.id }]);
    const other = await account(sibling.id, [{ role: 'trainer', unitId: sibling.id }]);
    const own = await addCourse(env, b.id);
    const below = await addCourse(env, g1.id);
    // Not running: a draft and an archived course of the trainer's unit; and another trainer's course.
    const draft = await addCourse(env, b.id, { status: 'draft' });
    const archived = await addCourse(env, b.id, { status: 'archived' });
    const theirs = await addCourse(env, sibling.id);
    // The learners of the own courses, of every unit (one of another township); the withdrawn one left out.
    const specs: [CourseBundle, Spec][] = [
      [own, { unitId: b.id, status: 'completed' }],
      [own, { unitId: far.id, status: 'in_progress' }],
      [own, { unitId: g1.id, status: 'enrolled' }],
      [own, { unitId: b.id, status: 'withdrawn' }],
      [below, { unitId: g1.id, status: 'completed' }],
      [draft, { unitId: b.id, status: 'completed' }],
      [archived, { unitId: b.id, status: 'completed' }],
      [theirs, { unitId: sibling.id, status: 'completed' }],
      [theirs, { unitId: sibling.id, status: 'enrolled' }],
    ];
    for (const [course, spec] of specs) await enrol(course, spec);

    // Now is 00:30 on 10 May in Shanghai. The sessions the trainer leads, soonest first: today's, one of the unit
    // below, then the later ones (six in all: the first five shown).
    const mine = (bundle: CourseBundle, startsAt: string, opts: { status?: 'cancelled'; trainerId?: number } = {}) =>
      addSession(env, bundle, {
        startsAt: `${startsAt}:00`,
        endsAt: `${startsAt.slice(0, 11)}23:00:00`,
        trainerId: me.id,
        ...opts,
      });
    const today = await mine(own, '2026-05-10T09:00');
    const seated = await addLearner(env, b.id);
    await addSeat(env, today, await addEnrolment(env, own, seated));
    const next = await mine(below, '2026-05-11T14:30');
    const later = [
      await mine(own, '2026-05-12T09:00'),
      await mine(own, '2026-05-13T09:00'),
      await mine(own, '2026-05-14T09:00'),
      await mine(own, '2026-05-15T09:00'),
    ];
    // Not listed: ended yesterday, cancelled, led by a colleague, another unit's (even with the trainer named).
    await addSession(env, own, { startsAt: '2026-05-09T09:00:00', endsAt: '2026-05-09T12:00:00', trainerId: me.id });
    await mine(own, '2026-05-10T14:00', { status: 'cancelled' });
    await mine(own, '2026-05-10T08:00', { trainerId: colleague.id });
    const foreign = await mine(theirs, '2026-05-10T10:00');

    const trainer = await env.as(me.username);
    const summary = await trainer.training.reports.teaching({ unitId: b.id });
    // Own and below: 5 learners still in (the withdrawn out, the one with a seat in), 2 of them completed.
    expect(summary).toMatchObject({ courses: 2, enrolled: 5, completed: 2, completionRate: 40 });
    expect(summary.sessions.map((s) => s.id)).toEqual([today.id, next.id, ...later.slice(0, 3).map((s) => s.id)]);
    expect(summary.sessions[0]).toEqual({
      id: today.id,
      courseId: own.course.id,
      courseTitle: own.course.title,
      title: today.title,
      place: today.place,
      startsAt: '2026-05-10T01:00:00.000Z',
      endsAt: '2026-05-10T15:00:00.000Z',
      capacity: today.capacity,
      booked: 1,
    });
    // The unit below: its own course only.
    const lower = await trainer.training.reports.teaching({ unitId: g1.id });
    expect(lower).toMatchObject({ courses: 1, enrolled: 1, completed: 1, completionRate: 100 });
    expect(lower.sessions.map((s) => s.id)).toEqual([next.id]);

    // The other trainer: their course, none of the sessions (the one of theirs is led by someone else).
    const another = await env.as(other.username);
    expect(await another.training.reports.teaching({ unitId: sibling.id })).toEqual({
      courses: 1,
      enrolled: 2,
      completed: 1,
      completionRate: 50,
      sessions: [],
    });
    expect(foreign.trainerId).toBe(me.id);
    // Another trainer's unit answers as a missing one, both ways; without training.teach, refused.
    const teaching = (caller: typeof trainer, unitId: number) => caller.training.reports.teaching({ unitId });
    await expectHidden(teaching(another, b.id), teaching(another, 999_999));
    await expectHidden(teaching(trainer, sibling.id), teaching(trainer, 999_999));
    const officer = await account(b.id, [{ role: 'training_officer', unitId: b.id }]);
    await expect((await env.as(officer.username)).training.reports.teaching({ unitId: b.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
