// Training in the large fixture (npm run fixture), built at size `s` on each database: the counts the size says; the
// catalogue as the courses area leaves it (current versions, lesson counts, drafts); enrolments only in courses open
// to the learner's unit, written as the service writes them; each enrolment's figures and status exactly what its
// rows make them (lesson progress, attempts graded as the quizzes area grades them, seats attended) and its certificate
// when complete; the questions' statistics the sums of the answers; sessions' places; overdue assignments; coverage
// through the report, against the same figures counted here; and, on SQLite, the same rows from the same seed.
import { Scope } from '@strata/api';
import { lastTwelveMonths } from '@strata/contract';
import { createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { calendarDay } from '@strata/i18n/days';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../../../scripts/fixture/build';
import { sizes } from '../../../scripts/fixture/sizes';
import { fixtureDatabase } from '../../../tests/support/fixture-templates';
import { meetsCriteria } from '../src/enrolments/progress';
import { readAnswers } from '../src/quizzes/attempt-views';
import { readDrawn } from '../src/quizzes/draw';
import { grade } from '../src/quizzes/grading';
import { readKey } from '../src/quizzes/question-rules';
import { coverageReport } from '../src/reports/coverage-report';
// The fixture seals other teams' personal data under the ring in force: the tests' fixed one.
import '../../../tests/support/test-keys';

const size = sizes.s;
const now = new Date('2020-01-01T00:00:00Z');
const seed = 7;

/** The fixture's training rows (those dated before `now`: the demo's carry the wall clock), in id order. */
async function trainingRows(db: TestDatabase['db']) {
  const made = { lte: now };
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    courses: await db.course.findMany({ where: { createdAt: made }, ...byId }),
    versions: await db.courseVersion.findMany({ where: { course: { createdAt: made } }, ...byId }),
    modules: await db.courseModule.findMany({ where: { version: { course: { createdAt: made } } }, ...byId }),
    lessons: await db.lesson.findMany({ where: { version: { course: { createdAt: made } } }, ...byId }),
    questions: await db.question.findMany({ where: { createdAt: made }, ...byId }),
    quizzes: await db.quiz.findMany({ where: { createdAt: made }, ...byId }),
    sessions: await db.trainingSession.findMany({ where: { course: { createdAt: made } }, ...byId }),
    enrolments: await db.enrolment.findMany({ where: { enrolledAt: made }, ...byId }),
    progress: await db.lessonProgress.findMany({ where: { completedAt: made }, ...byId }),
    seats: await db.trainingSeat.findMany({ where: { bookedAt: made }, ...byId }),
    attempts: await db.quizAttempt.findMany({ where: { startedAt: made }, ...byId }),
    certificates: await db.trainingCertificate.findMany({ where: { issuedAt: made }, ...byId }),
  };
}

describe.each(await testProviders())('training in the large fixture (size s) on %s', (provider) => {
  let database: TestDatabase;
  let rows: Awaited<ReturnType<typeof trainingRows>>;
  beforeAll(async () => {
    ({ database } = await fixtureDatabase(provider, { size: 's', seed, now }));
    rows = await trainingRows(database.db);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('holds what the size says: courses, enrolments of every status, quiz attempts', async () => {
    const { db } = database;
    expect(await db.course.count()).toBe(size.trainingCourses);
    expect(await db.enrolment.count()).toBe(size.trainingEnrolments);
    expect(await db.quizAttempt.count()).toBe(size.quizAttempts);
    const statuses = new Map(rows.enrolments.map((e) => [e.status, 0]));
    for (const e of rows.enrolments) statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
    expect([...statuses.keys()].sort()).toEqual(['completed', 'enrolled', 'in_progress', 'withdrawn']);
    expect(statuses.get('completed')).toBeGreaterThan(rows.enrolments.length * 0.2);
    expect(new Set(rows.courses.map((c) => c.status))).toEqual(new Set(['draft', 'published', 'archived']));
    expect(rows.courses.filter((c) => c.required).length).toBeGreaterThan(0);
    expect(rows.courses.filter((c) => c.isPublic).length).toBeGreaterThan(0);
    expect(rows.sessions.length).toBeGreaterThan(0);
    expect(rows.seats.length).toBeGreaterThan(0);
    expect(rows.certificates.length).toBe(statuses.get('completed'));
  });

  it('keeps the catalogue as the courses area leaves it', () => {
    const versionsOf = new Map<number, typeof rows.versions>();
    for (const v of rows.versions) versionsOf.set(v.courseId, [...(versionsOf.get(v.courseId) ?? []), v]);
    const lessonsOf = new Map<number, typeof rows.lessons>();
    for (const l of rows.lessons) lessonsOf.set(l.versionId, [...(lessonsOf.get(l.versionId) ?? []), l]);
    const modules = new Map(rows.modules.map((m) => [m.id, m]));
    let retired = 0;
    for (const course of rows.courses) {
      const versions = versionsOf.get(course.id) ?? [];
      expect(versions.map((v) => v.number)).toEqual(versions.map((_, i) => i + 1));
      expect(versions.filter((v) => v.status === 'draft').length).toBeLessThanOrEqual(1);
      const published = versions.filter((v) => v.status === 'published');
      if (course.status === 'draft') {
        expect(course.currentVersionId).toBeNull();
        expect(versions.map((v) => v.status)).toEqual(['draft']);
      } else {
        // One published version, the current one; those before it retired; a draft only after it.
        expect(published.map((v) => v.id)).toEqual([course.currentVersionId]);
        const current = published[0] as (typeof versions)[number];
        expect(versions.filter((v) => v.number < current.number).every((v) => v.status === 'retired')).toBe(true);
        retired += versions.filter((v) => v.status === 'retired').length;
      }
      for (const v of versions) {
        expect(v.unitId).toBe(course.unitId);
        const lessons = lessonsOf.get(v.id) ?? [];
        expect(v.lessonCount).toBe(lessons.length);
        expect(lessons.map((l) => l.position)).toEqual(lessons.map((_, i) => i + 1));
        expect(lessons.every((l) => modules.get(l.moduleId)?.versionId === v.id && l.unitId === course.unitId)).toBe(
          true,
        );
        expect(lessons.every((l) => (l.kind === 'link') === (l.url !== '') && ['text', 'link'].includes(l.kind))).toBe(
          true,
        );
      }
    }
    expect(retired).toBeGreaterThan(0);
  });

  it('enrols learners only in courses open to their unit, as the service writes an enrolment', async () => {
    const { db } = database;
    const courses = new Map(rows.courses.map((c) => [c.id, c]));
    const versions = new Map(rows.versions.map((v) => [v.id, v]));
    const units = new Map((await db.unit.findMany()).map((u) => [u.id, u]));
    const users = new Map((await db.user.findMany()).map((u) => [u.id, u]));
    for (const e of rows.enrolments) {
      const course = courses.get(e.courseId);
      const user = users.get(e.userId);
      const version = versions.get(e.versionId);
      if (!course || !user || !version) throw new Error(`enrolment ${e.id} without its course, learner or version`);
      const home = units.get(user.unitId);
      const runner = units.get(course.unitId);
      // Open to the learner's unit: run by it, or by a unit above it for its whole subtree; never a draft.
      expect(course.status).not.toBe('draft');
      expect(
        runner &&
          home &&
          (runner.id === home.id || (course.audience === 'subtree' && home.path.startsWith(runner.path))),
      ).toBe(true);
      expect([e.unitId, e.courseUnitId, e.learnerName]).toEqual([user.unitId, course.unitId, user.displayName]);
      // The version current when they enrolled.
      expect(version.courseId).toBe(course.id);
      expect(version.publishedAt && version.publishedAt <= e.enrolledAt).toBe(true);
      expect(e.source === 'assigned').toBe(e.dueOn !== null && e.assignedById !== null);
      if (e.dueOn) expect(e.dueOn > calendarDay(e.enrolledAt)).toBe(true);
      expect(e.startedAt === null).toBe(e.status === 'enrolled');
      expect(e.completedAt === null).toBe(e.status !== 'completed');
      for (const at of [e.startedAt, e.completedAt, e.updatedAt])
        if (at) expect(at <= now && at >= e.enrolledAt).toBe(true);
    }
    // Assigned courses past their due day and not done: the overdue the reports and class lists show.
    const today = calendarDay(now);
    const overdue = rows.enrolments.filter(
      (e) => e.dueOn !== null && e.dueOn < today && (e.status === 'enrolled' || e.status === 'in_progress'),
    );
    expect(overdue.length).toBeGreaterThan(0);
    // The bench's learner (the branch secretary) learns in courses open to them.
    const secretary = await db.user.findUniqueOrThrow({ where: { username: 'secretary' } });
    expect(rows.enrolments.filter((e) => e.userId === secretary.id).length).toBeGreaterThan(0);
  });

  it("keeps each enrolment's figures and status what its rows make them, with its certificate", () => {
    const versions = new Map(rows.versions.map((v) => [v.id, v]));
    const lessons = new Map(rows.lessons.map((l) => [l.id, l]));
    const courses = new Map(rows.courses.map((c) => [c.id, c]));
    const group = <T extends { enrolmentId: number }>(list: T[]) => {
      const out = new Map<number, T[]>();
      for (const r of list) out.set(r.enrolmentId, [...(out.get(r.enrolmentId) ?? []), r]);
      return out;
    };
    const progress = group(rows.progress);
    const attempts = group(rows.attempts);
    const seats = group(rows.seats);
    const certificates = new Map(rows.certificates.map((c) => [c.enrolmentId, c]));
    for (const e of rows.enrolments) {
      const version = versions.get(e.versionId);
      if (!version) throw new Error(`enrolment ${e.id} without its version`);
      const done = progress.get(e.id) ?? [];
      // Lessons of their version, the first ones in order, once each, while they were at it.
      expect(done.map((p) => lessons.get(p.lessonId)?.versionId)).toEqual(done.map(() => version.id));
      expect(done.map((p) => lessons.get(p.lessonId)?.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        done.map((_, i) => i + 1),
      );
      for (const p of done) {
        expect([p.unitId, p.courseUnitId]).toEqual([e.unitId, e.courseUnitId]);
        expect(e.startedAt && p.completedAt >= e.startedAt).toBe(true);
        if (e.completedAt) expect(p.completedAt <= e.completedAt).toBe(true);
      }
      const submitted = (attempts.get(e.id) ?? []).filter((a) => a.status === 'submitted');
      const attended = (seats.get(e.id) ?? []).filter((s) => s.status === 'booked' && s.attendedAt !== null);
      const figures = {
        lessonsDone: done.length,
        bestScore: submitted.length ? Math.max(...submitted.map((a) => a.score ?? 0)) : null,
        sessionsAttended: attended.length,
      };
      expect({ lessonsDone: e.lessonsDone, bestScore: e.bestScore, sessionsAttended: e.sessionsAttended }).toEqual(
        figures,
      );
      // Complete exactly when the version's criteria are met (a withdrawal stays withdrawn); started when done anything.
      if (e.status !== 'withdrawn') expect(e.status === 'completed').toBe(meetsCriteria(version, figures));
      const anything = figures.lessonsDone > 0 || figures.bestScore !== null || figures.sessionsAttended > 0;
      if (e.status === 'enrolled') expect(anything).toBe(false);
      if (e.status === 'in_progress') expect(anything).toBe(true);
      const certificate = certificates.get(e.id);
      if (e.status === 'completed') {
        expect(certificate).toMatchObject({
          unitId: e.unitId,
          courseUnitId: e.courseUnitId,
          learnerName: e.learnerName,
          courseTitle: courses.get(e.courseId)?.title,
          issuedAt: e.completedAt,
        });
        expect(certificate?.number).toMatch(/^TC-[A-HJ-NP-Z2-9]{12}$/);
      } else expect(certificate).toBeUndefined();
    }
    expect(new Set(rows.certificates.map((c) => c.number)).size).toBe(rows.certificates.length);
  });

  it('draws, answers and grades every attempt as the quizzes area does, and counts the questions', () => {
    const quizzes = new Map(rows.quizzes.map((q) => [q.id, q]));
    const questions = new Map(rows.questions.map((q) => [q.id, q]));
    const enrolments = new Map(rows.enrolments.map((e) => [e.id, e]));
    const numbers = new Map<string, number[]>();
    const asked = new Map<number, { asked: number; correct: number }>();
    for (const a of rows.attempts) {
      const quiz = quizzes.get(a.quizId);
      const enrolment = enrolments.get(a.enrolmentId);
      if (!quiz || !enrolment) throw new Error(`attempt ${a.id} without its quiz or enrolment`);
      expect(quiz.courseId).toBe(enrolment.courseId);
      expect([a.unitId, a.courseUnitId]).toEqual([enrolment.unitId, enrolment.courseUnitId]);
      expect(a.dueAt.getTime() - a.startedAt.getTime()).toBe(quiz.timeLimitMinutes * 60_000);
      const pair = `${a.quizId}:${a.enrolmentId}`;
      numbers.set(pair, [...(numbers.get(pair) ?? []), a.number]);
      const drawn = readDrawn(a.drawn);
      expect(drawn.length).toBe(quiz.questionCount);
      expect(new Set(drawn.map((d) => d.q)).size).toBe(drawn.length);
      for (const d of drawn) {
        const q = questions.get(d.q);
        expect(q?.bankId).toBe(quiz.bankId);
        expect([...d.o].sort()).toEqual(Array.from({ length: JSON.parse(q?.options ?? '[]').length }, (_, i) => i));
      }
      if (a.status === 'expired') {
        expect([a.submittedAt, a.score, a.correctCount, a.answers]).toEqual([null, null, null, '[]']);
        continue;
      }
      expect(a.status).toBe('submitted');
      expect(a.submittedAt && a.submittedAt >= a.startedAt && a.submittedAt <= a.dueAt).toBe(true);
      const answers = readAnswers(a.answers);
      const graded = grade(
        drawn.map((d) => {
          const q = questions.get(d.q) as NonNullable<ReturnType<typeof questions.get>>;
          return {
            key: readKey(q.kind, q.answer),
            order: d.o,
            points: q.points,
            given: answers.get(d.q)?.given ?? null,
          };
        }),
      );
      expect({ score: a.score, correctCount: a.correctCount }).toEqual({
        score: graded.score,
        correctCount: graded.correctCount,
      });
      drawn.forEach((d, i) => {
        expect(answers.get(d.q)?.right).toBe(graded.verdicts[i]);
        const counted = asked.get(d.q) ?? { asked: 0, correct: 0 };
        asked.set(d.q, { asked: counted.asked + 1, correct: counted.correct + (graded.verdicts[i] ? 1 : 0) });
      });
    }
    // Numbered 1, 2, 3... per learner and quiz, within the attempts allowed.
    for (const [pair, list] of numbers) {
      expect(list.sort((x, y) => x - y)).toEqual(list.map((_, i) => i + 1));
      expect(list.length).toBeLessThanOrEqual(quizzes.get(Number(pair.split(':')[0]))?.attemptsAllowed ?? 0);
    }
    for (const q of rows.questions)
      expect({ asked: q.asked, correct: q.correct }).toEqual(asked.get(q.id) ?? { asked: 0, correct: 0 });
    expect(rows.attempts.filter((a) => a.status === 'expired').length).toBeGreaterThan(0);
  });

  it("books seats within sessions' places: attended in the past, booked ahead, cancelled when one left", () => {
    const sessions = new Map(rows.sessions.map((s) => [s.id, s]));
    const enrolments = new Map(rows.enrolments.map((e) => [e.id, e]));
    const booked = new Map<number, number>();
    for (const seat of rows.seats) {
      const session = sessions.get(seat.sessionId);
      const enrolment = enrolments.get(seat.enrolmentId);
      if (!session || !enrolment) throw new Error(`seat ${seat.id} without its session or enrolment`);
      expect(session.courseId).toBe(enrolment.courseId);
      expect(seat.bookedAt >= enrolment.enrolledAt).toBe(true);
      if (seat.status === 'booked') booked.set(session.id, (booked.get(session.id) ?? 0) + 1);
      if (seat.attendedAt) {
        expect(session.status).toBe('scheduled');
        expect(seat.status).toBe('booked');
        expect(session.endsAt <= now).toBe(true);
        expect(seat.late).toBe(seat.attendedAt > session.startsAt);
      }
    }
    for (const s of rows.sessions) {
      expect(s.booked).toBe(booked.get(s.id) ?? 0);
      expect(s.booked).toBeLessThanOrEqual(s.capacity);
    }
  });

  it('measures the coverage the report shows, the same as counted from the rows', async () => {
    const { db } = database;
    const root = await db.unit.findFirstOrThrow({ where: { depth: 0 } });
    const admin = new Scope([
      { id: 0, role: 'municipal_admin', unitId: root.id, unitPath: root.path, unitName: root.name },
    ]);
    const report = await coverageReport(db, admin, root.id, now);
    // Counted here: staff (not disabled, a grant other than member), the required published courses open to each.
    const units = new Map((await db.unit.findMany()).map((u) => [u.id, u]));
    const required = (await db.course.findMany({ where: { required: true, status: 'published' } })).map((c) => ({
      ...c,
      path: units.get(c.unitId)?.path ?? '',
    }));
    const staff = await db.user.findMany({
      where: { disabledAt: null, grants: { some: { role: { not: 'member' } } } },
    });
    const completed = new Set(
      (await db.enrolment.findMany({ where: { status: 'completed' } })).map((e) => `${e.courseId}:${e.userId}`),
    );
    let counted = 0;
    let covered = 0;
    for (const s of staff) {
      const home = units.get(s.unitId)?.path ?? '';
      const applies = required.filter(
        (c) => c.unitId === s.unitId || (c.audience === 'subtree' && home.startsWith(c.path)),
      );
      if (!applies.length) continue;
      counted++;
      if (applies.every((c) => completed.has(`${c.id}:${s.id}`))) covered++;
    }
    expect({ staff: report.staff, covered: report.covered, noneRequired: report.noneRequired }).toEqual({
      staff: counted,
      covered,
      noneRequired: staff.length - counted,
    });
    expect(covered).toBeGreaterThan(0);
    expect(covered).toBeLessThan(counted);
    expect(report.children.reduce((n, c) => n + c.staff, 0)).toBeLessThanOrEqual(report.staff);
    // The trend: every completion of the twelve months to now's, by its month in Shanghai.
    const months = report.completedByMonth.map((m) => m.month);
    expect(months).toEqual(lastTwelveMonths(calendarDay(now)));
    const byMonth = new Map(months.map((m) => [m, 0]));
    for (const e of await db.enrolment.findMany({ where: { status: 'completed', completedAt: { not: null } } })) {
      const month = calendarDay(e.completedAt as Date).slice(0, 7);
      if (byMonth.has(month)) byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    expect(report.completedByMonth).toEqual([...byMonth].map(([month, count]) => ({ month, count })));
    expect(report.completedByMonth.some((m) => m.count > 0)).toBe(true);
  });

  it.runIf(provider === 'sqlite')('builds the same rows from the same seed', async () => {
    const again = await createTestDatabase(provider);
    try {
      await buildFixture({ url: again.url, size: 's', seed, now });
      expect(await trainingRows(again.db)).toEqual(rows);
    } finally {
      await again.drop();
    }
  });
});
