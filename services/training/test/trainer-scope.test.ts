// The must-hold of training's scope, on both databases: a trainer sees exactly the learners enrolled in their courses
// and nothing else of other units, in search, counts, exports and error messages. The trainer holds one grant, trainer
// at 城关镇, and lives in 西山镇; their course has learners of 城关镇, 东湖街道 and 西山镇; a 东湖街道 course has
// learners too. Their class list is exactly their course's learners of every unit, with the right figures and nothing
// about a learner but the enrolment, its progress, their name and their unit's name; a search finds a 东湖街道 learner
// of their course and nobody of the other course; counts match; paging through every page (what an export does) gives
// the same set; the other course, its enrolments and a missing id answer alike; the list of a unit's people's
// enrolments is not theirs at all. A township admin of 城关镇 sees the 东湖街道 learner in the class list of a 城关镇
// course (the course's side) but not 东湖街道's own enrolments (the people's side).
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';
import { addCertificate, addSubmittedAttempt, finishLessons } from './support/learning';
import { addCourse, addEnrolment, addLearner, type CourseBundle } from './support/training';

const missing = 999_999;
const today = '2026-05-01';

/** Everything a class list row may say about a learner, and nothing more. */
const rowKeys = [
  'bestScore',
  'completedAt',
  'dueOn',
  'enrolledAt',
  'id',
  'learnerName',
  'lessonsDone',
  'overdue',
  'progress',
  'sessionsAttended',
  'source',
  'status',
  'unitName',
];

describe.each(await testProviders())('a trainer’s view of other units on %s', (provider) => {
  let env: TestEnv;
  let trainer: Caller;
  let ours: CourseBundle;
  let theirs: CourseBundle;
  /** Our course's enrolments, with the learner each is of. */
  const roster: { id: number; userId: number; username: string; name: string; unitId: number }[] = [];
  let donghuOfOurs: (typeof roster)[number];
  let donghuOfTheirs: { id: number; name: string; username: string };

  const township = () => env.seed.townships.chengguan!;
  const donghu = () => env.seed.townships.donghu!;
  const xishan = () => env.seed.townships.xishan!;
  const refusal = async (call: Promise<unknown>) => {
    const error = (await call.then(
      () => null,
      (e: unknown) => e,
    )) as { code?: string; message?: string } | null;
    expect(error, 'the call must be refused').not.toBeNull();
    return { code: error?.code, message: error?.message };
  };
  const named = async (unitId: number, name: string) => {
    const learner = await addLearner(env, unitId);
    await env.db.user.update({ where: { id: learner.id }, data: { displayName: name } });
    return { ...learner, displayName: name };
  };

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai(`${today}T10:00:00`));
    const account = await addAccount(env, {
      username: 'trainer-chengguan',
      unitId: xishan().id,
      grants: [{ role: 'trainer', unitId: township().id }],
    });
    trainer = await env.as(account.username);
    ours = await addCourse(env, township().id, { title: '安全生产培训', lessons: 4, minScore: 60 });
    theirs = await addCourse(env, donghu().id, { title: '东湖街道业务培训' });
    // Learners of our course from three townships, and their branches.
    const homes = [
      township().id,
      township().branches[0]!.id,
      donghu().id,
      donghu().branches[1]!.id,
      xishan().id,
      xishan().branches[0]!.id,
    ];
    for (let i = 0; i < 14; i++) {
      const unitId = homes[i % homes.length]!;
      const learner = await named(unitId, `${unitId === donghu().id ? '东湖' : '学员'}${String(i).padStart(2, '0')}号`);
      const enrolment = await addEnrolment(env, ours, learner, {
        source: i % 3 === 0 ? 'assigned' : 'self',
        dueOn: i % 3 === 0 ? (i % 2 ? '2026-04-15' : '2026-06-15') : null,
        status: i === 5 ? 'withdrawn' : 'enrolled',
        enrolledAt: new Date(Date.UTC(2026, 3, 1 + i)),
      });
      if (i % 4 === 1) await finishLessons(env, enrolment, ours.lessons.slice(0, 1 + (i % 3)));
      roster.push({
        id: enrolment.id,
        userId: learner.id,
        username: learner.username,
        name: learner.displayName,
        unitId,
      });
    }
    donghuOfOurs = roster.find((r) => r.unitId === donghu().id)!;
    const scored = roster[4]!;
    const enrolment = await env.db.enrolment.findUniqueOrThrow({ where: { id: scored.id } });
    await addSubmittedAttempt(env, ours, enrolment, 90);
    await env.db.enrolment.update({ where: { id: scored.id }, data: { bestScore: 90, status: 'in_progress' } });
    // The other course: 东湖街道's learners (one named like ours), and one of 城关镇.
    const neighbour = await named(donghu().id, '东湖邻居');
    const e = await addEnrolment(env, theirs, neighbour);
    donghuOfTheirs = { id: e.id, name: neighbour.displayName, username: neighbour.username };
    await addEnrolment(env, theirs, await named(donghu().branches[0]!.id, '东湖99号'));
    await addEnrolment(env, theirs, await named(township().id, '学员城关去东湖'));
  });
  afterAll(() => env?.drop());

  /** Every page of the class list, as an export fetches them. */
  async function everyPage(
    caller: Caller,
    input: { courseId: number; sort?: 'learnerName' | 'enrolledAt' | 'progress' },
  ) {
    const rows = [];
    let total = -1;
    for (let page = 1; ; page++) {
      const answer = await caller.training.enrolments.classList({ ...input, page, pageSize: 3 });
      total = answer.total;
      rows.push(...answer.items);
      if (answer.items.length < 3) break;
    }
    return { rows, total };
  }

  it('lists exactly the course’s learners of every unit, with the right figures and totals', async () => {
    const page = await trainer.training.enrolments.classList({ courseId: ours.course.id, pageSize: 200 });
    expect(page.items.map((r) => r.id).sort((a, b) => a - b)).toEqual(roster.map((r) => r.id).sort((a, b) => a - b));
    expect(page.total).toBe(roster.length);
    expect(page.total).toBe(await env.db.enrolment.count({ where: { courseId: ours.course.id } }));
    const stored = await env.db.enrolment.findMany({ where: { courseId: ours.course.id }, include: { unit: true } });
    for (const row of page.items) {
      const e = stored.find((s) => s.id === row.id)!;
      expect(row).toMatchObject({
        learnerName: e.learnerName,
        unitName: e.unit.name,
        status: e.status,
        lessonsDone: e.lessonsDone,
        bestScore: e.bestScore,
        sessionsAttended: e.sessionsAttended,
        source: e.source,
        dueOn: e.dueOn,
        overdue: e.dueOn !== null && e.dueOn < today && ['enrolled', 'in_progress'].includes(e.status),
      });
    }
    // Lessons count one each out of four, the quiz one: five asked.
    expect(page.items.find((r) => r.id === roster[1]!.id)).toMatchObject({ lessonsDone: 2, progress: 40 });
    expect(page.items.find((r) => r.id === roster[4]!.id)).toMatchObject({ bestScore: 90, progress: 20 });
    // Filtered counts are the database's.
    for (const status of ['enrolled', 'in_progress', 'withdrawn'] as const)
      expect((await trainer.training.enrolments.classList({ courseId: ours.course.id, status })).total).toBe(
        await env.db.enrolment.count({ where: { courseId: ours.course.id, status } }),
      );
  });

  it('carries nothing about a learner but the enrolment, its progress, the name and the unit’s name', async () => {
    const page = await trainer.training.enrolments.classList({ courseId: ours.course.id, pageSize: 200 });
    for (const row of page.items) expect(Object.keys(row).sort()).toEqual(rowKeys);
    const detail = await trainer.training.enrolments.get({ id: donghuOfOurs.id });
    const text = JSON.stringify([page, detail]);
    for (const learner of roster) {
      expect(text).not.toContain(learner.username);
      expect(text).not.toContain(`"userId":${learner.userId}`);
    }
    expect(detail).not.toHaveProperty('userId');
    expect(detail).not.toHaveProperty('unitId');
    expect(detail).toMatchObject({ learnerName: donghuOfOurs.name, unitName: donghu().name });
  });

  it('finds a 东湖街道 learner of the course by name, and nobody of the other course', async () => {
    const found = await trainer.training.enrolments.classList({ courseId: ours.course.id, q: donghuOfOurs.name });
    expect(found.items.map((r) => r.id)).toEqual([donghuOfOurs.id]);
    expect(found.total).toBe(1);
    const stranger = await trainer.training.enrolments.classList({ courseId: ours.course.id, q: donghuOfTheirs.name });
    expect(stranger).toEqual({ items: [], total: 0, totalIsBound: false });
    const alike = await trainer.training.enrolments.classList({ courseId: ours.course.id, q: '东湖', pageSize: 200 });
    expect(alike.items.map((r) => r.id).sort()).toEqual(
      roster
        .filter((r) => r.name.includes('东湖'))
        .map((r) => r.id)
        .sort(),
    );
    expect(alike.items.map((r) => r.learnerName)).not.toContain('东湖99号');
  });

  it('pages through every learner, in every order, exactly once: what an export fetches', async () => {
    const all = roster.map((r) => r.id).sort((a, b) => a - b);
    for (const sort of ['learnerName', 'enrolledAt', 'progress'] as const) {
      const { rows, total } = await everyPage(trainer, { courseId: ours.course.id, sort });
      expect(total).toBe(roster.length);
      expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(all);
    }
  });

  it('answers the other course, its enrolments and a missing id alike', async () => {
    const otherList = await refusal(trainer.training.enrolments.classList({ courseId: theirs.course.id }));
    expect(otherList).toEqual(await refusal(trainer.training.enrolments.classList({ courseId: missing })));
    expect(otherList.code).toBe('NOT_FOUND');
    const otherOne = await refusal(trainer.training.enrolments.get({ id: donghuOfTheirs.id }));
    expect(otherOne).toEqual(await refusal(trainer.training.enrolments.get({ id: missing })));
    expect(otherOne.code).toBe('NOT_FOUND');
    // The words name nobody.
    for (const answer of [otherList, otherOne]) {
      expect(answer.message).not.toContain(donghuOfTheirs.name);
      expect(answer.message).not.toContain(theirs.course.title);
    }
    // Their certificates neither.
    const theirsCompleted = await env.db.enrolment.findUniqueOrThrow({ where: { id: donghuOfTheirs.id } });
    const foreign = await addCertificate(env, theirs, theirsCompleted);
    const ourCompleted = await env.db.enrolment.findUniqueOrThrow({ where: { id: donghuOfOurs.id } });
    const own = await addCertificate(env, ours, ourCompleted);
    const certificates = await trainer.training.certificates.list({ pageSize: 200 });
    expect(certificates.items.map((c) => c.id)).toEqual([own.id]);
    expect((await trainer.training.certificates.list({ q: foreign.number })).total).toBe(0);
    await env.db.trainingCertificate.deleteMany({ where: { id: { in: [foreign.id, own.id] } } });
    await env.db.enrolment.updateMany({
      where: { id: { in: [donghuOfTheirs.id, donghuOfOurs.id] } },
      data: { status: 'enrolled', completedAt: null },
    });
  });

  it('refuses the trainer the list of a unit’s people’s enrolments: it lacks training.read', async () => {
    for (const input of [{}, { unitId: township().id }, { unitId: donghu().id }])
      await expect(trainer.training.enrolments.list(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows a 城关镇 admin the 东湖街道 learner of a 城关镇 course, but not 东湖街道’s own enrolments', async () => {
    const admin = await env.as('chengguan');
    const page = await admin.training.enrolments.classList({ courseId: ours.course.id, q: donghuOfOurs.name });
    expect(page.items.map((r) => r.id)).toEqual([donghuOfOurs.id]);
    const people = await admin.training.enrolments.list({ pageSize: 200 });
    const ids = people.items.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(
        roster.filter((r) => r.unitId === township().id || r.unitId === township().branches[0]!.id).map((r) => r.id),
      ),
    );
    expect(ids).not.toContain(donghuOfOurs.id);
    expect(ids).not.toContain(donghuOfTheirs.id);
    expect(people.items.every((r) => r.unitName !== donghu().name)).toBe(true);
    expect((await admin.training.enrolments.list({ q: donghuOfOurs.name })).total).toBe(0);
    expect(await refusal(admin.training.enrolments.list({ unitId: donghu().id }))).toEqual(
      await refusal(admin.training.enrolments.list({ unitId: missing })),
    );
  });
});
