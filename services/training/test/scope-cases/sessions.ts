// Scope cases of classroom sessions. In each own township where the caller manages (or teaches) training, a branch's
// course has its sessions listed, scheduled, changed and cancelled, its class list read, its attendance taken and its
// screen given codes, with the right result; for 东湖街道 (and where the caller's grant carries no training
// permission) the same calls answer exactly as for a missing session, seat or unit, and change nothing. A learner's
// own calls (upcoming, book, cancelSeat, checkIn) act on the caller's enrolments only, whatever the course's township:
// a session of a course they are not enrolled in answers as a missing one.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addAccount, addUnit } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addCode, addSeat, courseWithSession, enrolledLearner, onSessionDay } from '../support/sessions';
import { addCourse, addEnrolment } from '../support/training';

const before = '2026-05-01T10:00:00';
const during = onSessionDay('09:30:00');
const after = onSessionDay('12:30:00');
const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const sessionRow = (t: ScopeTest, id: number) => t.env.db.trainingSession.findUniqueOrThrow({ where: { id } });
const seatRow = (t: ScopeTest, id: number) => t.env.db.trainingSeat.findUniqueOrThrow({ where: { id } });

const fields = {
  title: '消防安全面授',
  place: '村委会议室',
  startsAt: '2026-05-10T09:00:00+08:00',
  endsAt: '2026-05-10T11:00:00+08:00',
  capacity: 10,
  trainerId: null,
};

/** A session of a course of `p`'s branch with one learner of that branch booked in it. */
async function bookedSession(t: ScopeTest, p: Place) {
  const { bundle, session } = await courseWithSession(t.env, branchOf(p).id);
  const learner = await enrolledLearner(t.env, bundle, branchOf(p).id);
  const seat = await addSeat(t.env, session, learner.enrolment);
  return { bundle, session, learner, seat };
}

/** A change on a session both ways: made on an own branch's, refused on a foreign one as on a missing id. */
function sessionCase(
  permission: 'training.manage' | 'training.teach',
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number, answer: unknown) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      permission,
      async (p) => {
        const { session } = await bookedSession(t, p);
        await check(t, session.id, await take(t, session.id));
      },
      async (p) => {
        const { session } = await bookedSession(t, p);
        const unchanged = await sessionRow(t, session.id);
        await expectHidden(take(t, session.id), take(t, missing));
        expect(await sessionRow(t, session.id)).toEqual(unchanged);
        expect(await t.env.db.trainingCheckinCode.count({ where: { sessionId: session.id } })).toBe(0);
      },
    );
}

/** The caller (as a learner) enrolled in a course of 东湖街道, with a session ahead: own things know no township. */
async function ownEnrolment(t: ScopeTest) {
  const { bundle, session } = await courseWithSession(t.env, branchOf(t.foreign).id);
  const user = await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } });
  const enrolment = await addEnrolment(t.env, bundle, user);
  // A session of a course the caller is not enrolled in: hidden exactly as a missing one.
  const { session: hidden } = await courseWithSession(t.env, branchOf(t.foreign).id);
  return { bundle, session, enrolment, hidden };
}

export const scopeCases: Record<string, ScopeCase> = {
  'training.sessions.list': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const unit = await addUnit(t.env, branchOf(p), { kind: 'group' });
        const { bundle, session } = await courseWithSession(t.env, unit.id);
        const page = await t.a.training.sessions.list({ unitId: unit.id });
        expect(page.items.map((s) => [s.id, s.courseTitle, s.unitName])).toEqual([
          [session.id, bundle.course.title, unit.name],
        ]);
      },
      async (p) => {
        const unit = await addUnit(t.env, branchOf(p), { kind: 'group' });
        const { bundle } = await courseWithSession(t.env, unit.id);
        const list = (unitId: number) => t.a.training.sessions.list({ unitId });
        await expectHidden(list(unit.id), list(missing));
        expect((await t.a.training.sessions.list({ courseId: bundle.course.id })).items).toEqual([]);
      },
    ),

  'training.sessions.create': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { course } = await addCourse(t.env, branchOf(p).id, { lessons: 1 });
        const { id } = await t.env.at(before, () =>
          t.a.training.sessions.create({ courseId: course.id, ...fields, trainerId: t.user.id }),
        );
        expect(await sessionRow(t, id)).toMatchObject({ unitId: branchOf(p).id, courseId: course.id });
      },
      async (p) => {
        const { course } = await addCourse(t.env, branchOf(p).id, { lessons: 1 });
        const create = (courseId: number) =>
          t.env.at(before, () => t.a.training.sessions.create({ courseId, ...fields }));
        await expectHidden(create(course.id), create(missing));
        expect(await t.env.db.trainingSession.count({ where: { courseId: course.id } })).toBe(0);
      },
    ),

  'training.sessions.update': sessionCase(
    'training.manage',
    (t, id) => t.env.at(before, () => t.a.training.sessions.update({ id, ...fields, title: `${t.tag}改过的面授` })),
    async (t, id) => {
      expect(await sessionRow(t, id)).toMatchObject({ title: `${t.tag}改过的面授`, capacity: 10, booked: 1 });
    },
  ),

  'training.sessions.cancel': sessionCase(
    'training.manage',
    (t, id) => t.env.at(before, () => t.a.training.sessions.cancel({ id })),
    async (t, id, answer) => {
      expect(answer).toEqual({ id, seatsCancelled: 1 });
      expect(await sessionRow(t, id)).toMatchObject({ status: 'cancelled', booked: 0 });
    },
  ),

  'training.sessions.trainers': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        // A trainer of the place's township at home in 东湖街道: offered for the branch's course all the same.
        const { course } = await addCourse(t.env, branchOf(p).id, { lessons: 1 });
        const trainer = await addAccount(t.env, {
          unitId: branchOf(t.foreign).id,
          grants: [{ role: 'trainer', unitId: p.township.id }],
        });
        const offered = await t.a.training.sessions.trainers({ courseId: course.id, q: trainer.displayName });
        expect(offered).toEqual([{ id: trainer.id, name: trainer.displayName, unitName: branchOf(t.foreign).name }]);
      },
      async (p) => {
        const { course } = await addCourse(t.env, branchOf(p).id, { lessons: 1 });
        const trainers = (courseId: number) => t.a.training.sessions.trainers({ courseId });
        await expectHidden(trainers(course.id), trainers(missing));
      },
    ),

  'training.sessions.roster': (t) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const { session, learner, seat } = await bookedSession(t, p);
        const roster = await t.a.training.sessions.roster({ id: session.id });
        expect(roster.seats.map((s) => [s.id, s.learnerName, s.unitName])).toEqual([
          [seat.id, learner.user.displayName, branchOf(p).name],
        ]);
      },
      async (p) => {
        const { session } = await bookedSession(t, p);
        const roster = (id: number) => t.a.training.sessions.roster({ id });
        await expectHidden(roster(session.id), roster(missing));
      },
    ),

  'training.sessions.mark': (t) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        // A learner of 东湖街道 in the caller's course: the course's side takes their attendance.
        const { bundle, session } = await courseWithSession(t.env, branchOf(p).id);
        const learner = await enrolledLearner(t.env, bundle, branchOf(t.foreign).id);
        const seat = await addSeat(t.env, session, learner.enrolment);
        const answer = await t.env.at(after, () => t.a.training.sessions.mark({ seatId: seat.id, attended: true }));
        expect(answer).toMatchObject({ id: seat.id, attendedBy: 'trainer', enrolmentStatus: 'in_progress' });
        expect(await seatRow(t, seat.id)).toMatchObject({ attendedBy: 'trainer' });
      },
      async (p) => {
        const { seat } = await bookedSession(t, p);
        const mark = (seatId: number) => t.env.at(after, () => t.a.training.sessions.mark({ seatId, attended: true }));
        await expectHidden(mark(seat.id), mark(missing));
        expect(await seatRow(t, seat.id)).toEqual(seat);
      },
    ),

  'training.sessions.screen': (t) =>
    eachPlace(
      t,
      'training.teach',
      async (p) => {
        const { session } = await bookedSession(t, p);
        const code = await addCode(t.env, session, '246810', onSessionDay('09:29:50'));
        expect(await t.env.at(during, () => t.a.training.sessions.screen({ id: session.id }))).toEqual({
          current: {
            code: '246810',
            expiresAt: code.expiresAt.toISOString(),
            link: `/training/checkin/${session.id}?code=246810`,
          },
          booked: 1,
          attended: 0,
        });
      },
      async (p) => {
        const { session } = await bookedSession(t, p);
        await addCode(t.env, session, '246810', onSessionDay('09:29:50'));
        const screen = (id: number) => t.env.at(during, () => t.a.training.sessions.screen({ id }));
        await expectHidden(screen(session.id), screen(missing));
      },
    ),

  'training.sessions.screenCode': sessionCase(
    'training.teach',
    (t, id) => t.env.at(during, () => t.a.training.sessions.screenCode({ id })),
    async (t, id, answer) => {
      const { code } = answer as { code: string };
      expect(answer).toMatchObject({ link: `/training/checkin/${id}?code=${code}` });
      expect(await t.env.db.trainingCheckinCode.count({ where: { sessionId: id } })).toBe(1);
    },
  ),

  // Own: the sessions of the caller's courses, wherever they run; another course's never.
  'training.sessions.upcoming': async (t) => {
    const { session, bundle, hidden } = await ownEnrolment(t);
    const page = await t.env.at(before, () =>
      t.a.training.sessions.upcoming({ courseId: bundle.course.id, page: 1, pageSize: 20 }),
    );
    expect(page.items.map((s) => [s.id, s.placesLeft, s.mySeat])).toEqual([[session.id, 30, null]]);
    const all = await t.env.at(before, () => t.a.training.sessions.upcoming({ page: 1, pageSize: 100 }));
    expect(all.items.map((s) => s.id)).not.toContain(hidden.id);
  },

  // Own: a seat for the caller's enrolment; a session of a course they are not enrolled in is a missing one.
  'training.sessions.book': async (t) => {
    const { session, enrolment, hidden } = await ownEnrolment(t);
    await t.env.at(before, () => t.a.training.sessions.book({ sessionId: session.id }));
    expect(await t.env.db.trainingSeat.findMany({ where: { sessionId: session.id } })).toEqual([
      expect.objectContaining({ enrolmentId: enrolment.id, unitId: t.user.unitId, status: 'booked' }),
    ]);
    const book = (sessionId: number) => t.env.at(before, () => t.a.training.sessions.book({ sessionId }));
    await expectHidden(book(hidden.id), book(missing), ['NOT_FOUND']);
    expect(await sessionRow(t, hidden.id)).toMatchObject({ booked: 0 });
  },

  // Own: the caller's seat is given back; another learner's seat in the same session stays booked.
  'training.sessions.cancelSeat': async (t) => {
    const { bundle, session, enrolment, hidden } = await ownEnrolment(t);
    const mine = await addSeat(t.env, session, enrolment);
    const theirs = await addSeat(
      t.env,
      session,
      (await enrolledLearner(t.env, bundle, branchOf(t.foreign).id)).enrolment,
    );
    await t.env.at(before, () => t.a.training.sessions.cancelSeat({ sessionId: session.id }));
    expect(await seatRow(t, mine.id)).toMatchObject({ status: 'cancelled' });
    expect(await seatRow(t, theirs.id)).toEqual(theirs);
    const cancelSeat = (sessionId: number) => t.env.at(before, () => t.a.training.sessions.cancelSeat({ sessionId }));
    await expectHidden(cancelSeat(hidden.id), cancelSeat(missing), ['NOT_FOUND']);
  },

  // Own: the caller's seat is marked attended by the code; a session they cannot see is a missing one.
  'training.sessions.checkIn': async (t) => {
    const { session, enrolment, hidden } = await ownEnrolment(t);
    await addSeat(t.env, session, enrolment);
    await addCode(t.env, session, '135790', onSessionDay('09:29:50'));
    expect(
      await t.env.at(during, () => t.a.training.sessions.checkIn({ sessionId: session.id, code: '135790' })),
    ).toMatchObject({ late: true });
    expect(await t.env.db.trainingSeat.findMany({ where: { sessionId: session.id } })).toEqual([
      expect.objectContaining({ enrolmentId: enrolment.id, attendedBy: 'code' }),
    ]);
    await addCode(t.env, hidden, '135791', onSessionDay('09:29:50'));
    const checkIn = (sessionId: number) =>
      t.env.at(during, () => t.a.training.sessions.checkIn({ sessionId, code: '135791' }));
    await expectHidden(checkIn(hidden.id), checkIn(missing), ['NOT_FOUND']);
    expect(await t.env.db.trainingCheckinCode.findFirstOrThrow({ where: { sessionId: hidden.id } })).toMatchObject({
      usedAt: null,
    });
  },
};
