// Classroom sessions on both databases: scheduled by the course's unit (a trainer who can teach the course, a start
// ahead, places never below the seats booked) and cancelled with their seats; booked by learners of the course, the
// places kept by one conditional update (20 learners at once for 5 places: exactly 5 seats, 15 told it is full) and
// given back before the start; checked in with the screen's one-time code, each refusal beside its success (outside
// the time, a code another used, another session's code, twice); the trainer's attendance across the learners' units
// (a 东湖街道 learner in a 城关镇 course, marked by 城关镇's admin; a 东湖 course's seat refused like a missing one);
// attendance counting toward completion and its certificate.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import {
  addCode,
  addSeat,
  addSession,
  courseWithSession,
  type EnrolledLearner,
  enrolledLearner,
  onSessionDay,
} from './support/sessions';
import { addCourse, addEnrolment, addLearner } from './support/training';

const before = '2026-05-01T10:00:00';
const iso = (local: string) => shanghai(local).toISOString();

describe.each(await testProviders())('training sessions on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => chengguan().branches[i]!;
  const donghu = () => env.seed.townships.donghu!;
  const admin = () => env.as('chengguan');
  const fields = (courseId: number, extra: Record<string, unknown> = {}) => ({
    courseId,
    title: '安全生产面授',
    place: '镇政府三楼会议室',
    startsAt: '2026-05-10T09:00:00+08:00',
    endsAt: '2026-05-10T12:00:00+08:00',
    capacity: 20,
    ...extra,
  });
  const seatOf = (sessionId: number, enrolmentId: number) =>
    env.db.trainingSeat.findUniqueOrThrow({ where: { sessionId_enrolmentId: { sessionId, enrolmentId } } });
  const sessionRow = (id: number) => env.db.trainingSession.findUniqueOrThrow({ where: { id } });
  /** A code no row holds (so it is unknown, not another session's). */
  async function unusedCode() {
    for (let n = 100_000; ; n++) {
      const code = String(n);
      if (!(await env.db.trainingCheckinCode.count({ where: { code } }))) return code;
    }
  }

  it('schedules a session led by someone who can teach the course, and lists it', async () => {
    const { course } = await addCourse(env, branch(1).id, { lessons: 1 });
    const trainer = await addAccount(env, {
      unitId: branch(1).id,
      grants: [{ role: 'trainer', unitId: chengguan().id }],
    });
    const member = await addLearner(env, branch(1).id);
    const elsewhere = await addAccount(env, {
      unitId: donghu().id,
      grants: [{ role: 'trainer', unitId: donghu().id }],
    });
    const caller = await admin();
    const create = (extra: Record<string, unknown> = {}) =>
      env.at(before, () => caller.training.sessions.create(fields(course.id, extra)));
    const { id } = await create({ trainerId: trainer.id });
    expect(await sessionRow(id)).toMatchObject({
      unitId: branch(1).id,
      courseId: course.id,
      startsAt: shanghai('2026-05-10T09:00:00'),
      capacity: 20,
      booked: 0,
      status: 'scheduled',
      trainerId: trainer.id,
    });
    // A member holds no training.teach; a trainer of 东湖街道 none at this course's unit.
    for (const trainerId of [member.id, elsewhere.id, 999_999])
      await expect(create({ trainerId })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field: 'trainerId',
        key: 'training.sessionTrainerCannotTeach',
      });
    // The township admin teaches every course below it; a session may wait for its trainer.
    await create({ trainerId: env.seed.users.chengguan! });
    await create({ trainerId: null });
    await expect(create({ endsAt: '2026-05-10T09:00:00+08:00' })).rejects.toMatchObject({
      field: 'endsAt',
      key: 'training.sessionEndsBeforeStart',
    });
    await expect(create({ endsAt: '2026-05-10T21:00:01+08:00' })).rejects.toMatchObject({
      field: 'endsAt',
      key: 'training.sessionTooLong',
    });
    await expect(
      create({ startsAt: '2026-04-30T09:00:00+08:00', endsAt: '2026-04-30T10:00:00+08:00' }),
    ).rejects.toMatchObject({ field: 'startsAt', key: 'training.sessionStartsInPast' });
    await expect(create({ capacity: 1001 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(create({ capacity: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const archived = await addCourse(env, branch(1).id, { status: 'archived', lessons: 1 });
    await expect(
      env.at(before, () => caller.training.sessions.create(fields(archived.course.id))),
    ).rejects.toMatchObject({ field: 'courseId', key: 'training.sessionCourseArchived' });
    const foreign = await addCourse(env, donghu().branches[0]!.id, { lessons: 1 });
    await expect(
      env.at(before, () => caller.training.sessions.create(fields(foreign.course.id))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'training.courseNotFound' });

    const page = await caller.training.sessions.list({ courseId: course.id, page: 1, pageSize: 20 });
    expect(page.total).toBe(3);
    expect(page.items[0]).toEqual({
      id,
      courseId: course.id,
      courseTitle: course.title,
      unitId: branch(1).id,
      unitName: branch(1).name,
      title: '安全生产面授',
      place: '镇政府三楼会议室',
      startsAt: iso('2026-05-10T09:00:00'),
      endsAt: iso('2026-05-10T12:00:00'),
      capacity: 20,
      booked: 0,
      trainerId: trainer.id,
      trainerName: trainer.displayName,
      status: 'scheduled',
    });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'trainingSession.create', entityId: String(id) },
    });
    expect(JSON.parse(entry.after ?? 'null')).toMatchObject({ capacity: 20, trainer: trainer.displayName });
  });

  it('lists a subtree’s sessions by course, days and status, by start either way', async () => {
    const unit = await addUnit(env, branch(2));
    const bundle = await addCourse(env, unit.id, { lessons: 1 });
    const early = await addSession(env, bundle, { startsAt: '2026-06-01T09:00:00', endsAt: '2026-06-01T11:00:00' });
    const late = await addSession(env, bundle, { startsAt: '2026-06-03T09:00:00', endsAt: '2026-06-03T11:00:00' });
    const off = await addSession(env, bundle, {
      startsAt: '2026-06-02T09:00:00',
      endsAt: '2026-06-02T11:00:00',
      status: 'cancelled',
    });
    const caller = await admin();
    const ids = async (input: Record<string, unknown>) =>
      (await caller.training.sessions.list({ unitId: unit.id, page: 1, pageSize: 20, ...input })).items.map(
        (s) => s.id,
      );
    expect(await ids({})).toEqual([early.id, off.id, late.id]);
    expect(await ids({ order: 'desc' })).toEqual([late.id, off.id, early.id]);
    expect(await ids({ status: 'scheduled' })).toEqual([early.id, late.id]);
    expect(await ids({ from: '2026-06-02', to: '2026-06-02' })).toEqual([off.id]);
    expect(await ids({ from: '2026-06-02' })).toEqual([off.id, late.id]);
    expect(await ids({ unitId: branch(3).id })).toEqual([]);
    await expect(ids({ from: '2026-02-30' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Another township's unit is refused like a missing one.
    await expect(ids({ unitId: donghu().id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the places under 20 learners booking 5 at once, and a cancelled seat frees one', async () => {
    const unit = await addUnit(env, branch(3));
    const { bundle, session } = await courseWithSession(env, unit.id, { session: { capacity: 5 } });
    const crowd: EnrolledLearner[] = [];
    for (let i = 0; i < 20; i++) crowd.push(await enrolledLearner(env, bundle, unit.id));
    const results = await env.at(before, () =>
      Promise.allSettled(crowd.map((l) => l.caller.training.sessions.book({ sessionId: session.id }))),
    );
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(booked).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'CONFLICT', key: 'training.sessionFull' });
    expect(await sessionRow(session.id)).toMatchObject({ booked: 5, capacity: 5 });
    expect(await env.db.trainingSeat.count({ where: { sessionId: session.id, status: 'booked' } })).toBe(5);

    const winner = crowd[results.findIndex((r) => r.status === 'fulfilled')]!;
    const loser = crowd[results.findIndex((r) => r.status === 'rejected')]!;
    expect(await env.at(before, () => winner.caller.training.sessions.cancelSeat({ sessionId: session.id }))).toEqual({
      seatId: (await seatOf(session.id, winner.enrolment.id)).id,
      placesLeft: 1,
    });
    expect(await sessionRow(session.id)).toMatchObject({ booked: 4 });
    expect(await env.at(before, () => loser.caller.training.sessions.book({ sessionId: session.id }))).toMatchObject({
      placesLeft: 0,
    });
    expect(await sessionRow(session.id)).toMatchObject({ booked: 5 });
    // Places never drop below the seats booked.
    const caller = await admin();
    await expect(
      env.at(before, () =>
        caller.training.sessions.update({
          id: session.id,
          title: session.title,
          place: session.place,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          capacity: 4,
          trainerId: null,
        }),
      ),
    ).rejects.toMatchObject({ field: 'capacity', key: 'training.sessionCapacityBelowBooked', vars: { booked: 5 } });
    await env.at(before, () =>
      caller.training.sessions.update({
        id: session.id,
        title: '改过的标题',
        place: session.place,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        capacity: 6,
        trainerId: null,
      }),
    );
    expect(await sessionRow(session.id)).toMatchObject({ title: '改过的标题', capacity: 6, booked: 5 });
  });

  it('a learner leaving the course gives back their seats in sessions not begun, and keeps those attended', async () => {
    // Withdrawing themselves.
    const { bundle, session } = await courseWithSession(env, branch(4).id, { session: { capacity: 3 } });
    const later = await addSession(env, bundle, { startsAt: '2026-06-20T09:00:00', endsAt: '2026-06-20T11:00:00' });
    const me = await enrolledLearner(env, bundle, branch(4).id);
    for (const s of [session, later]) await env.at(before, () => me.caller.training.sessions.book({ sessionId: s.id }));
    // Attended the first (checked in by the trainer on the day); the second has not begun when they leave.
    await env.db.trainingSeat.update({
      where: { sessionId_enrolmentId: { sessionId: session.id, enrolmentId: me.enrolment.id } },
      data: { attendedAt: shanghai(onSessionDay('09:05:00')), attendedBy: 'trainer' },
    });
    await env.at(onSessionDay('13:00:00'), () => me.caller.training.learning.withdraw({ id: me.enrolment.id }));
    expect(await seatOf(later.id, me.enrolment.id)).toMatchObject({ status: 'cancelled' });
    expect(await sessionRow(later.id)).toMatchObject({ booked: 0 });
    expect(await seatOf(session.id, me.enrolment.id)).toMatchObject({ status: 'booked', attendedBy: 'trainer' });
    expect(await sessionRow(session.id)).toMatchObject({ booked: 1 });

    // An assignment withdrawn by an assigner: the same, and a seat of another learner stays.
    const assigned = await addEnrolment(env, bundle, await addLearner(env, branch(4).id), {
      source: 'assigned',
      dueOn: '2026-07-01',
    });
    const other = await enrolledLearner(env, bundle, branch(4).id);
    await addSeat(env, later, assigned);
    await addSeat(env, later, other.enrolment);
    const officer = await env.as('chengguan');
    await env.at(before, () => officer.training.enrolments.unassign({ id: assigned.id }));
    expect(await seatOf(later.id, assigned.id)).toMatchObject({ status: 'cancelled' });
    expect(await seatOf(later.id, other.enrolment.id)).toMatchObject({ status: 'booked' });
    expect(await sessionRow(later.id)).toMatchObject({ booked: 1 });
  });

  it('books and gives back a learner’s own seat, before the start, once each', async () => {
    const { bundle, session } = await courseWithSession(env, branch(4).id, { session: { capacity: 3 } });
    const me = await enrolledLearner(env, bundle, branch(4).id);
    const book = (at: string, sessionId = session.id) =>
      env.at(at, () => me.caller.training.sessions.book({ sessionId }));
    const cancelSeat = (at: string) =>
      env.at(at, () => me.caller.training.sessions.cancelSeat({ sessionId: session.id }));
    await expect(cancelSeat(before)).rejects.toMatchObject({ key: 'training.sessionNoSeatToCancel' });
    const { seatId, placesLeft } = await book(before);
    expect(placesLeft).toBe(2);
    await expect(book(before)).rejects.toMatchObject({ code: 'CONFLICT', key: 'training.sessionSeatAlreadyBooked' });
    await expect(cancelSeat(onSessionDay('09:00:00'))).rejects.toMatchObject({
      key: 'training.sessionSeatCancelClosed',
    });
    await cancelSeat(before);
    // Booked again: the same seat.
    expect(await book(before)).toEqual({ seatId, placesLeft: 2 });
    await expect(book(onSessionDay('09:00:00'))).rejects.toMatchObject({ key: 'training.sessionBookingClosed' });
    // A session of a course the learner is not enrolled in answers as a missing one; so does a withdrawn enrolment.
    const other = await courseWithSession(env, branch(4).id);
    const hidden = await book(before, other.session.id).catch((e) => e);
    expect(hidden).toMatchObject({ code: 'NOT_FOUND', key: 'training.sessionNotOpenToYou' });
    expect(await book(before, 999_999).catch((e) => e)).toMatchObject({ code: hidden.code, message: hidden.message });
    await env.db.enrolment.update({ where: { id: me.enrolment.id }, data: { status: 'withdrawn' } });
    await expect(cancelSeat(before)).rejects.toMatchObject({ key: 'training.sessionNotOpenToYou' });
    await env.db.enrolment.update({ where: { id: me.enrolment.id }, data: { status: 'enrolled' } });

    // My upcoming sessions: my courses', with my seat and the places left; not another course's, nor an ended one.
    await addSession(env, bundle, { startsAt: '2026-04-01T09:00:00', endsAt: '2026-04-01T10:00:00' });
    const upcoming = await env.at(before, () => me.caller.training.sessions.upcoming({ page: 1, pageSize: 20 }));
    expect(upcoming).toEqual({
      items: [
        {
          id: session.id,
          courseId: bundle.course.id,
          courseTitle: bundle.course.title,
          title: session.title,
          place: session.place,
          startsAt: iso(onSessionDay('09:00:00')),
          endsAt: iso(onSessionDay('12:00:00')),
          status: 'scheduled',
          trainerName: null,
          capacity: 3,
          placesLeft: 2,
          mySeat: { id: seatId, status: 'booked', attendedAt: null, late: false },
        },
      ],
      total: 1,
      totalIsBound: false,
    });
  });

  it('cancels a session with its seats (the learners see it), not once attendance is taken', async () => {
    const { bundle, session } = await courseWithSession(env, branch(5).id);
    const me = await enrolledLearner(env, bundle, branch(5).id);
    const other = await enrolledLearner(env, bundle, donghu().branches[1]!.id);
    await env.at(before, () => me.caller.training.sessions.book({ sessionId: session.id }));
    await env.at(before, () => other.caller.training.sessions.book({ sessionId: session.id }));
    const caller = await admin();
    expect(await env.at(before, () => caller.training.sessions.cancel({ id: session.id }))).toEqual({
      id: session.id,
      seatsCancelled: 2,
    });
    expect(await sessionRow(session.id)).toMatchObject({ status: 'cancelled', booked: 0 });
    expect(await seatOf(session.id, other.enrolment.id)).toMatchObject({ status: 'cancelled' });
    const mine = await env.at(before, () => me.caller.training.sessions.upcoming({ page: 1, pageSize: 20 }));
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: session.id,
        status: 'cancelled',
        placesLeft: 0,
        mySeat: expect.objectContaining({ status: 'cancelled' }),
      }),
    ]);
    await expect(env.at(before, () => caller.training.sessions.cancel({ id: session.id }))).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.sessionCancelled',
    });
    await expect(
      env.at(before, () => me.caller.training.sessions.book({ sessionId: session.id })),
    ).rejects.toMatchObject({ key: 'training.sessionCancelled' });
    const { courseId: _, ...changes } = fields(bundle.course.id);
    await expect(
      env.at(before, () => caller.training.sessions.update({ ...changes, id: session.id })),
    ).rejects.toMatchObject({ code: 'CONFLICT', key: 'training.sessionCancelled' });

    const taken = await courseWithSession(env, branch(5).id);
    const present = await enrolledLearner(env, taken.bundle, branch(5).id);
    await addSeat(env, taken.session, present.enrolment, { attendedAt: shanghai(onSessionDay('09:05:00')) });
    await expect(
      env.at(onSessionDay('10:00:00'), () => caller.training.sessions.cancel({ id: taken.session.id })),
    ).rejects.toMatchObject({ code: 'CONFLICT', key: 'training.sessionAttendanceTaken' });
    expect(await sessionRow(taken.session.id)).toMatchObject({ status: 'scheduled', booked: 1 });
  });

  it('checks in with the screen’s code, each refusal beside its success', async () => {
    const { bundle, session } = await courseWithSession(env, branch(6).id, { session: { capacity: 3 } });
    const other = await addSession(env, bundle);
    const [first, second, walkIn, last] = [
      await enrolledLearner(env, bundle, branch(6).id),
      await enrolledLearner(env, bundle, donghu().branches[0]!.id),
      await enrolledLearner(env, bundle, branch(6).id),
      await enrolledLearner(env, bundle, branch(6).id),
    ];
    for (const l of [first, second]) await addSeat(env, session, l.enrolment);
    const caller = await admin();
    const screenCode = (at: string, id = session.id) => env.at(at, () => caller.training.sessions.screenCode({ id }));
    const checkIn = (l: typeof first, at: string, code: string, sessionId = session.id) =>
      env.at(at, () => l.caller.training.sessions.checkIn({ sessionId, code }));

    // The screen: no code before its time; then one, the same until it is used or expires.
    await expect(screenCode(onSessionDay('08:29:00'))).rejects.toMatchObject({ key: 'training.sessionScreenClosed' });
    const shown = await screenCode(onSessionDay('08:45:00'));
    expect(shown).toEqual({
      code: expect.stringMatching(/^\d{6}$/),
      expiresAt: iso(onSessionDay('08:46:00')),
      link: `/training/checkin/${session.id}?code=${shown.code}`,
    });
    expect(await screenCode(onSessionDay('08:45:20'))).toEqual(shown);
    expect(await env.at(onSessionDay('08:45:20'), () => caller.training.sessions.screen({ id: session.id }))).toEqual({
      current: shown,
      booked: 2,
      attended: 0,
    });

    // Outside the time, then in it.
    await expect(checkIn(first, onSessionDay('08:29:00'), shown.code)).rejects.toMatchObject({
      key: 'training.sessionCheckinClosed',
    });
    await expect(checkIn(first, onSessionDay('12:00:00'), shown.code)).rejects.toMatchObject({
      key: 'training.sessionCheckinClosed',
    });
    await expect(checkIn(first, onSessionDay('08:45:30'), await unusedCode())).rejects.toMatchObject({
      key: 'training.sessionCodeUnknown',
    });
    expect(await checkIn(first, onSessionDay('08:45:30'), shown.code)).toEqual({
      seatId: (await seatOf(session.id, first.enrolment.id)).id,
      attendedAt: iso(onSessionDay('08:45:30')),
      late: false,
      enrolmentStatus: 'in_progress',
      completedNow: false,
    });
    // The code served once: another learner hears it was used, and the screen shows none until it asks again.
    await expect(checkIn(second, onSessionDay('08:45:40'), shown.code)).rejects.toMatchObject({
      key: 'training.sessionCodeUsed',
    });
    expect(
      (await env.at(onSessionDay('08:45:40'), () => caller.training.sessions.screen({ id: session.id }))).current,
    ).toBeNull();
    // Another session's code names that session; a code past its minute has expired.
    const theirs = await screenCode(onSessionDay('08:50:00'), other.id);
    await expect(checkIn(second, onSessionDay('08:50:10'), theirs.code)).rejects.toMatchObject({
      key: 'training.sessionCodeOtherSession',
    });
    const next = await screenCode(onSessionDay('08:50:00'));
    await expect(checkIn(second, onSessionDay('08:51:00'), next.code)).rejects.toMatchObject({
      key: 'training.sessionCodeExpired',
    });
    // Ten minutes past the start is late.
    const third = await screenCode(onSessionDay('09:10:30'));
    expect(await checkIn(second, onSessionDay('09:11:00'), third.code)).toMatchObject({ late: true });
    // Twice: refused before the code is looked at, and the code stays unused.
    const fourth = await screenCode(onSessionDay('09:20:00'));
    await expect(checkIn(first, onSessionDay('09:20:10'), fourth.code)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.sessionAlreadyCheckedIn',
    });
    // Enrolled without a seat: takes the one free place.
    expect(await checkIn(walkIn, onSessionDay('09:20:20'), fourth.code)).toMatchObject({ late: true });
    expect(await seatOf(session.id, walkIn.enrolment.id)).toMatchObject({ status: 'booked', attendedBy: 'code' });
    expect(await sessionRow(session.id)).toMatchObject({ booked: 3 });
    // None is left for the next; the code is not spent on the refusal.
    const fifth = await screenCode(onSessionDay('09:30:00'));
    await expect(checkIn(last, onSessionDay('09:30:10'), fifth.code)).rejects.toMatchObject({
      key: 'training.sessionNoPlaceLeft',
    });
    expect(
      await env.db.trainingCheckinCode.findFirstOrThrow({ where: { sessionId: session.id, code: fifth.code } }),
    ).toMatchObject({ usedAt: null });
    expect(await env.at(onSessionDay('09:30:20'), () => caller.training.sessions.screen({ id: session.id }))).toEqual({
      current: fifth,
      booked: 3,
      attended: 3,
    });
  });

  it('offers as trainers the active accounts teaching at the course’s unit or above it, by name, at most 50', async () => {
    const { course } = await addCourse(env, branch(3).id, { lessons: 1 });
    const tag = `师${Date.now() % 100_000}`;
    const named = async (name: string, unitId: number, grants: { role: string; unitId: number }[]) => {
      const account = await addAccount(env, { unitId, grants });
      await env.db.user.update({ where: { id: account.id }, data: { displayName: `${tag}${name}` } });
      return account;
    };
    // Home elsewhere (a 东湖 branch) but a trainer of 城关镇: a trainer of this branch's courses.
    const above = await named('b', donghu().branches[1]!.id, [{ role: 'trainer', unitId: chengguan().id }]);
    const here = await named('a', branch(3).id, [{ role: 'trainer', unitId: branch(3).id }]);
    // Not offered: a trainer of the branch beside, of 东湖街道, a disabled trainer, a member without a grant.
    await named('c', branch(3).id, [{ role: 'trainer', unitId: branch(4).id }]);
    await named('d', donghu().id, [{ role: 'trainer', unitId: donghu().id }]);
    const gone = await named('e', branch(3).id, [{ role: 'trainer', unitId: branch(3).id }]);
    await env.db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    await named('f', branch(3).id, []);
    const caller = await admin();
    const offered = await caller.training.sessions.trainers({ courseId: course.id, q: tag });
    expect(offered).toEqual([
      { id: here.id, name: `${tag}a`, unitName: branch(3).name },
      { id: above.id, name: `${tag}b`, unitName: donghu().branches[1]!.name },
    ]);
    // Each one offered is one `create` accepts.
    for (const { id: trainerId } of offered)
      await env.at(before, () => caller.training.sessions.create(fields(course.id, { trainerId })));
    expect(await caller.training.sessions.trainers({ courseId: course.id, q: `${tag}b` })).toEqual([offered[1]]);
    // Without `q`: the township's admin too, and never more than 50.
    for (let i = 0; i < 50; i++)
      await named(`g${String(i).padStart(2, '0')}`, branch(3).id, [{ role: 'trainer', unitId: branch(3).id }]);
    const all = await caller.training.sessions.trainers({ courseId: course.id });
    expect(all).toHaveLength(50);
    expect((await caller.training.sessions.trainers({ courseId: course.id, q: tag })).at(-1)?.name).toBe(`${tag}g47`);
    // A course the caller does not manage answers as a missing one; a branch's trainer manages not the township's.
    const foreign = await addCourse(env, donghu().branches[0]!.id, { lessons: 1 });
    for (const courseId of [foreign.course.id, 999_999])
      await expect(caller.training.sessions.trainers({ courseId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        key: 'training.courseNotFound',
      });
    const branchTrainer = await env.as(here.username);
    const townshipCourse = await addCourse(env, chengguan().id, { lessons: 1 });
    await expect(
      branchTrainer.training.sessions.trainers({ courseId: townshipCourse.course.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'training.courseNotFound' });
  });

  it('takes a 东湖街道 learner’s attendance in a 城关镇 course by 城关镇’s admin, never a 东湖 course’s', async () => {
    const { bundle, session } = await courseWithSession(env, branch(7).id);
    const learner = await enrolledLearner(env, bundle, donghu().branches[2]!.id);
    const seat = await addSeat(env, session, learner.enrolment);
    const caller = await admin();
    const mark = (seatId: number, attended: boolean, at = onSessionDay('12:30:00')) =>
      env.at(at, () => caller.training.sessions.mark({ seatId, attended }));
    await expect(mark(seat.id, true, onSessionDay('08:29:00'))).rejects.toMatchObject({
      key: 'training.sessionMarkNotYet',
    });
    expect(await mark(seat.id, true)).toEqual({
      id: seat.id,
      attendedAt: iso(onSessionDay('12:30:00')),
      attendedBy: 'trainer',
      late: false,
      enrolmentStatus: 'in_progress',
      completedNow: false,
    });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: learner.enrolment.id } })).toMatchObject({
      sessionsAttended: 1,
    });
    const roster = await caller.training.sessions.roster({ id: session.id });
    expect(roster).toMatchObject({ id: session.id, courseId: bundle.course.id, unitId: branch(7).id });
    expect(roster.seats).toEqual([
      {
        id: seat.id,
        learnerName: learner.user.displayName,
        unitName: donghu().branches[2]!.name,
        status: 'booked',
        attendedAt: iso(onSessionDay('12:30:00')),
        attendedBy: 'trainer',
        late: false,
      },
    ]);
    expect(await mark(seat.id, false)).toMatchObject({ attendedAt: null, attendedBy: null });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: learner.enrolment.id } })).toMatchObject({
      sessionsAttended: 0,
    });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'trainingSeat.mark', entityId: String(seat.id) },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ unitId: branch(7).id, labelUnitId: donghu().branches[2]!.id });

    // A cancelled seat takes no attendance.
    const gone = await enrolledLearner(env, bundle, branch(7).id);
    const cancelledSeat = await addSeat(env, session, gone.enrolment, { status: 'cancelled' });
    await expect(mark(cancelledSeat.id, true)).rejects.toMatchObject({ key: 'training.sessionSeatCancelledNoMark' });

    // A 东湖 course's seat (even of a 城关镇 learner) is refused like a missing one, and left as it was.
    const foreign = await courseWithSession(env, donghu().branches[0]!.id);
    const ours = await enrolledLearner(env, foreign.bundle, branch(7).id);
    const foreignSeat = await addSeat(env, foreign.session, ours.enrolment);
    const [refused, missing] = await Promise.allSettled([mark(foreignSeat.id, true), mark(999_999, true)]);
    expect(refused.status).toBe('rejected');
    const shape = (r: PromiseSettledResult<unknown>) => {
      const e = (r as PromiseRejectedResult).reason as { code: string; message: string };
      return { code: e.code, message: e.message };
    };
    expect(shape(refused)).toEqual(shape(missing));
    expect(shape(refused).code).toBe('NOT_FOUND');
    expect(await env.db.trainingSeat.findUniqueOrThrow({ where: { id: foreignSeat.id } })).toEqual(foreignSeat);
    await expect(caller.training.sessions.roster({ id: foreign.session.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'training.sessionNotFound',
    });

    // A trainer of a 城关镇 branch takes the attendance of its course, not of another branch's.
    const trainer = await addAccount(env, {
      unitId: branch(7).id,
      grants: [{ role: 'trainer', unitId: branch(7).id }],
    });
    const own = await env.as(trainer.username);
    expect(
      await env.at(onSessionDay('12:30:00'), () => own.training.sessions.mark({ seatId: seat.id, attended: true })),
    ).toMatchObject({ attendedBy: 'trainer' });
    const next = await courseWithSession(env, branch(6).id);
    const theirs = await addSeat(env, next.session, (await enrolledLearner(env, next.bundle, branch(6).id)).enrolment);
    await expect(
      env.at(onSessionDay('12:30:00'), () => own.training.sessions.mark({ seatId: theirs.id, attended: true })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'training.sessionSeatNotFound' });
  });

  it('counts attendance toward completion: the mark or the code completes it and issues the certificate', async () => {
    const unit = await addUnit(env, branch(0));
    const { bundle, session } = await courseWithSession(env, unit.id, {
      course: { lessonsRequired: false, sessionsRequired: 1 },
    });
    const byMark = await enrolledLearner(env, bundle, donghu().branches[3]!.id);
    const byCode = await enrolledLearner(env, bundle, unit.id);
    const seat = await addSeat(env, session, byMark.enrolment);
    const caller = await admin();
    expect(
      await env.at(onSessionDay('11:00:00'), () => caller.training.sessions.mark({ seatId: seat.id, attended: true })),
    ).toMatchObject({ enrolmentStatus: 'completed', completedNow: true });
    expect(await env.db.enrolment.findUniqueOrThrow({ where: { id: byMark.enrolment.id } })).toMatchObject({
      status: 'completed',
      sessionsAttended: 1,
      completedAt: shanghai(onSessionDay('11:00:00')),
    });
    expect(
      await env.db.trainingCertificate.findUniqueOrThrow({ where: { enrolmentId: byMark.enrolment.id } }),
    ).toMatchObject({
      unitId: donghu().branches[3]!.id,
      courseUnitId: unit.id,
      learnerName: byMark.user.displayName,
      courseTitle: bundle.course.title,
      number: expect.stringMatching(/^TC-/),
    });

    await addCode(env, session, '424242', onSessionDay('09:00:00'));
    expect(
      await env.at(onSessionDay('09:00:30'), () =>
        byCode.caller.training.sessions.checkIn({ sessionId: session.id, code: '424242' }),
      ),
    ).toMatchObject({ late: false, enrolmentStatus: 'completed', completedNow: true });
    expect(await env.db.trainingCertificate.count({ where: { enrolmentId: byCode.enrolment.id } })).toBe(1);
    // The enrolment found no seat of its own: it took a free place.
    expect(await sessionRow(session.id)).toMatchObject({ booked: 2 });
    const foreignLearner = await addLearner(env, donghu().id);
    await addEnrolment(env, bundle, foreignLearner, { status: 'withdrawn' });
    const stranger = await env.as(foreignLearner.username);
    await expect(
      env.at(onSessionDay('09:00:40'), () =>
        stranger.training.sessions.checkIn({ sessionId: session.id, code: '424242' }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'training.sessionNotOpenToYou' });
  });
});
