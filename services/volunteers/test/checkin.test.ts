// Check-in and check-out with the screen's one-time codes, on both databases: every refusal beside its success (outside
// the time, not confirmed, already in or out, not in yet, unknown, expired, used by another volunteer, of another
// activity, of the other purpose), no double check-in, one code never serving two volunteers (even racing), late and
// early flagged; the screen's codes; attendance recorded by hand, listed with its minutes, evaluated; closing the
// activity writes pending hours for the attendances that qualify, once.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addActivity, addVolunteer } from './support/volunteers';

type Person = { caller: Caller; volunteerId: number; name: string };

describe.each(await testProviders())('check-in on %s', (provider) => {
  let env: TestEnv;
  let branch: Unit;
  let organiser: Caller;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = await addUnit(env, env.seed.townships.chengguan!, { kind: 'branch' });
    organiser = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  async function person(): Promise<Person> {
    const account = await addAccount(env, { unitId: branch.id });
    const volunteer = await addVolunteer(env, branch.id, { accountId: account.id });
    return { caller: await env.as(account.username), volunteerId: volunteer.id, name: volunteer.name };
  }
  /** A recruitment activity (09:00-12:00 on 2026-03-14) with `confirmed` people signed up and confirmed. */
  async function activityWith(confirmed: number, opts: Parameters<typeof addActivity>[2] = {}) {
    const activity = await addActivity(env, branch.id, opts);
    const people: Person[] = [];
    for (let i = 0; i < confirmed; i++) {
      const p = await person();
      await env.db.activitySignup.create({
        data: { unitId: branch.id, activityId: activity.id, volunteerId: p.volunteerId, status: 'confirmed' },
      });
      people.push(p);
    }
    return { activity, people };
  }
  const code = (activityId: number, purpose: 'in' | 'out', at: string) =>
    env.at(at, () => organiser.volunteers.checkin.code({ activityId, purpose }));
  const checkIn = (p: Person, activityId: number, c: string, at: string) =>
    env.at(at, () => p.caller.volunteers.checkin.checkIn({ activityId, code: c }));
  const checkOut = (p: Person, activityId: number, c: string, at: string) =>
    env.at(at, () => p.caller.volunteers.checkin.checkOut({ activityId, code: c }));
  const refused = (key: string) => ({ key: `volunteers.${key}` });
  /** Six digits none of the given codes is. */
  const otherThan = (...codes: string[]) => {
    let n = 123_456;
    while (codes.includes(String(n).padStart(6, '0'))) n += 1;
    return String(n).padStart(6, '0');
  };

  it('checks in with the screen code, on time, once; the code then serves nobody else', async () => {
    const { activity, people } = await activityWith(2);
    const [a, b] = people as [Person, Person];
    const shown = await code(activity.id, 'in', '2026-03-14T08:50:00');
    expect(shown.code).toMatch(/^\d{6}$/);
    expect(shown.link).toBe(`/volunteers/checkin/${activity.id}?code=${shown.code}&purpose=in`);
    expect(await checkIn(a, activity.id, shown.code, '2026-03-14T08:50:10')).toEqual({
      checkedInAt: new Date('2026-03-14T08:50:10+08:00').toISOString(),
      late: false,
    });
    const row = await env.db.activityAttendance.findUniqueOrThrow({
      where: { activityId_volunteerId: { activityId: activity.id, volunteerId: a.volunteerId } },
    });
    expect(row).toMatchObject({ inMethod: 'code', late: false, unitId: branch.id });
    // Used by a: b is told so; a again is told they are in already.
    await expect(checkIn(b, activity.id, shown.code, '2026-03-14T08:50:20')).rejects.toMatchObject(refused('codeUsed'));
    const next = await code(activity.id, 'in', '2026-03-14T08:50:30');
    expect(next.code === shown.code && next.expiresAt === shown.expiresAt).toBe(false);
    await expect(checkIn(a, activity.id, next.code, '2026-03-14T08:50:40')).rejects.toMatchObject(
      refused('alreadyCheckedIn'),
    );
    expect(await checkIn(b, activity.id, next.code, '2026-03-14T08:50:50')).toMatchObject({ late: false });
    expect(await env.db.activityAttendance.count({ where: { activityId: activity.id } })).toBe(2);
    expect(
      await env.db.auditLog.count({
        where: { action: 'attendance.checkIn', unitId: branch.id, entityId: String(row.id) },
      }),
    ).toBe(1);
  });

  it('gives the screen the same code until it is used or expires, and only around the activity', async () => {
    const { activity, people } = await activityWith(1);
    const first = await code(activity.id, 'in', '2026-03-14T08:40:00');
    expect(await code(activity.id, 'in', '2026-03-14T08:40:30')).toEqual(first);
    const polled = await env.at('2026-03-14T08:40:40', () =>
      organiser.volunteers.checkin.current({ activityId: activity.id, purpose: 'in' }),
    );
    expect(polled).toEqual({ current: first, checkedIn: 0, checkedOut: 0 });
    // Expired: a new one.
    const second = await code(activity.id, 'in', '2026-03-14T08:41:00');
    expect(second.expiresAt).toBe(new Date('2026-03-14T08:42:00+08:00').toISOString());
    // Used: none current, then a new one.
    await checkIn(people[0]!, activity.id, second.code, '2026-03-14T08:41:10');
    expect(
      await env.at('2026-03-14T08:41:20', () =>
        organiser.volunteers.checkin.current({ activityId: activity.id, purpose: 'in' }),
      ),
    ).toEqual({ current: null, checkedIn: 1, checkedOut: 0 });
    // Each call of the screen's mutation is one audit entry.
    expect(await env.db.auditLog.count({ where: { action: 'checkin.code', entityId: String(activity.id) } })).toBe(3);
    // Before 08:30 and from 14:00 the screen gives none; nor for a draft.
    await expect(code(activity.id, 'in', '2026-03-14T08:29:00')).rejects.toMatchObject(refused('screenClosed'));
    await expect(code(activity.id, 'out', '2026-03-14T14:00:00')).rejects.toMatchObject(refused('screenClosed'));
    expect(await code(activity.id, 'out', '2026-03-14T13:59:00')).toMatchObject({ code: expect.any(String) });
    const draft = await addActivity(env, branch.id, { status: 'draft' });
    await expect(code(draft.id, 'in', '2026-03-14T08:50:00')).rejects.toMatchObject(refused('activityNotRunning'));
  });

  it('refuses an expired code, and takes the same digits within their minute', async () => {
    const { activity, people } = await activityWith(2);
    const shown = await code(activity.id, 'in', '2026-03-14T09:00:00');
    await expect(checkIn(people[0]!, activity.id, shown.code, '2026-03-14T09:01:00')).rejects.toMatchObject(
      refused('codeExpired'),
    );
    expect(await checkIn(people[1]!, activity.id, shown.code, '2026-03-14T09:00:59')).toMatchObject({ late: false });
  });

  it('refuses an unknown code, a code of another activity and a check-out code, each in its own words', async () => {
    const { activity, people } = await activityWith(1);
    const { activity: other } = await activityWith(0);
    const p = people[0]!;
    const own = await code(activity.id, 'in', '2026-03-14T08:55:00');
    const foreign = await code(other.id, 'in', '2026-03-14T08:55:00');
    const out = await code(activity.id, 'out', '2026-03-14T08:55:00');
    const at = '2026-03-14T08:55:10';
    await expect(checkIn(p, activity.id, otherThan(own.code, foreign.code, out.code), at)).rejects.toMatchObject(
      refused('codeUnknown'),
    );
    if (foreign.code !== own.code && foreign.code !== out.code)
      await expect(checkIn(p, activity.id, foreign.code, at)).rejects.toMatchObject(refused('codeOtherActivity'));
    if (out.code !== own.code)
      await expect(checkIn(p, activity.id, out.code, at)).rejects.toMatchObject(refused('codeIsCheckOut'));
    // A code that is not six digits is a field error in the same words.
    await expect(checkIn(p, activity.id, '12345', at)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // None of these consumed anything; the right code works.
    expect(
      await env.db.checkinCode.count({ where: { activityId: { in: [activity.id, other.id] }, usedAt: { not: null } } }),
    ).toBe(0);
    expect(await checkIn(p, activity.id, own.code, at)).toMatchObject({ late: false });
  });

  it('refuses a volunteer without a confirmed sign-up for recruitment, and takes anyone at a walk-in', async () => {
    const { activity } = await activityWith(0);
    const stranger = await person();
    const waiting = await person();
    await env.db.activitySignup.create({
      data: { unitId: branch.id, activityId: activity.id, volunteerId: waiting.volunteerId, status: 'waitlisted' },
    });
    const shown = await code(activity.id, 'in', '2026-03-14T09:05:00');
    await expect(checkIn(stranger, activity.id, shown.code, '2026-03-14T09:05:10')).rejects.toMatchObject(
      refused('notConfirmed'),
    );
    await expect(checkIn(waiting, activity.id, shown.code, '2026-03-14T09:05:10')).rejects.toMatchObject(
      refused('notConfirmed'),
    );
    const walkIn = await addActivity(env, branch.id, { mode: 'walkIn', capacity: null });
    const open = await code(walkIn.id, 'in', '2026-03-14T09:05:00');
    expect(await checkIn(stranger, walkIn.id, open.code, '2026-03-14T09:05:10')).toMatchObject({ late: false });
    // An account without a volunteer profile is told to register.
    const plain = await addAccount(env, { unitId: branch.id });
    const next = await code(walkIn.id, 'in', '2026-03-14T09:05:20');
    await expect(
      env.at('2026-03-14T09:05:30', async () =>
        (await env.as(plain.username)).volunteers.checkin.checkIn({ activityId: walkIn.id, code: next.code }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'volunteers.notAVolunteer' });
  });

  it('opens check-in 30 minutes before the start and closes it at the end; flags late and early', async () => {
    const { activity, people } = await activityWith(3);
    const [a, b, c] = people as [Person, Person, Person];
    const early = await code(activity.id, 'in', '2026-03-14T08:30:00');
    // The code is shown from 08:30; checking in at 08:29:59 would be outside the time.
    await expect(checkIn(a, activity.id, early.code, '2026-03-14T08:29:59')).rejects.toMatchObject(
      refused('checkinClosed'),
    );
    expect(await checkIn(a, activity.id, early.code, '2026-03-14T08:30:00')).toMatchObject({ late: false });
    const late = await code(activity.id, 'in', '2026-03-14T09:20:00');
    expect(await checkIn(b, activity.id, late.code, '2026-03-14T09:20:05')).toMatchObject({ late: true });
    const after = await code(activity.id, 'in', '2026-03-14T11:59:30');
    await expect(checkIn(c, activity.id, after.code, '2026-03-14T12:00:00')).rejects.toMatchObject(
      refused('checkinClosed'),
    );

    // Check-out: not in yet, the check-in code, early, again.
    const out = await code(activity.id, 'out', '2026-03-14T11:00:00');
    await expect(checkOut(c, activity.id, out.code, '2026-03-14T11:00:10')).rejects.toMatchObject(
      refused('notCheckedIn'),
    );
    const inCode = await code(activity.id, 'in', '2026-03-14T11:00:00');
    if (inCode.code !== out.code)
      await expect(checkOut(a, activity.id, inCode.code, '2026-03-14T11:00:10')).rejects.toMatchObject(
        refused('codeIsCheckIn'),
      );
    expect(await checkOut(a, activity.id, out.code, '2026-03-14T11:00:10')).toEqual({
      checkedOutAt: new Date('2026-03-14T11:00:10+08:00').toISOString(),
      early: true,
    });
    const out2 = await code(activity.id, 'out', '2026-03-14T12:30:00');
    await expect(checkOut(a, activity.id, out2.code, '2026-03-14T12:30:10')).rejects.toMatchObject(
      refused('alreadyCheckedOut'),
    );
    expect(await checkOut(b, activity.id, out2.code, '2026-03-14T12:30:10')).toMatchObject({ early: false });
    const out3 = await code(activity.id, 'out', '2026-03-14T13:59:30');
    await env.db.activityAttendance.create({
      data: {
        unitId: branch.id,
        activityId: activity.id,
        volunteerId: c.volunteerId,
        checkedInAt: new Date('2026-03-14T09:00:00+08:00'),
        inMethod: 'manual',
      },
    });
    await expect(checkOut(c, activity.id, out3.code, '2026-03-14T14:00:00')).rejects.toMatchObject(
      refused('checkoutClosed'),
    );
  });

  it('lets one of two volunteers racing for one code have it, and tells the other it was used', async () => {
    const { activity, people } = await activityWith(2);
    const shown = await code(activity.id, 'in', '2026-03-14T08:45:00');
    const results = await env.at('2026-03-14T08:45:10', () =>
      Promise.allSettled(
        people.map((p) => p.caller.volunteers.checkin.checkIn({ activityId: activity.id, code: shown.code })),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost?.reason).toMatchObject(refused('codeUsed'));
    expect(await env.db.activityAttendance.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it('never checks one volunteer in twice, even with two codes at once', async () => {
    const { activity, people } = await activityWith(1);
    const p = people[0]!;
    const first = await code(activity.id, 'in', '2026-03-14T08:45:00');
    await env.at('2026-03-14T08:45:05', () => checkIn(p, activity.id, first.code, '2026-03-14T08:45:05'));
    const second = await code(activity.id, 'in', '2026-03-14T08:45:10');
    const third = await env.db.checkinCode.create({
      data: {
        unitId: branch.id,
        activityId: activity.id,
        purpose: 'in',
        code: otherThan(second.code),
        issuedAt: new Date('2026-03-14T08:45:10+08:00'),
        expiresAt: new Date('2026-03-14T08:46:10+08:00'),
      },
    });
    const results = await env.at('2026-03-14T08:45:20', () =>
      Promise.allSettled(
        [second.code, third.code].map((c) => p.caller.volunteers.checkin.checkIn({ activityId: activity.id, code: c })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await env.db.activityAttendance.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it('records attendance by hand with a reason, lists its minutes, evaluates it, and closes with hours', async () => {
    const { activity, people } = await activityWith(3, { attendancePercent: 60 });
    const [a, b, c] = people as [Person, Person, Person];
    const stranger = await person();
    const at = '2026-03-14T12:30:00';
    const record = (volunteerId: number, checkedInAt: string, checkedOutAt: string | null, reason = '手机没电') =>
      env.at(at, () =>
        organiser.volunteers.checkin.record({
          activityId: activity.id,
          volunteerId,
          checkedInAt,
          checkedOutAt,
          reason,
        }),
      );
    // Not confirmed: refused; confirmed: recorded, flags worked out.
    await expect(record(stranger.volunteerId, '2026-03-14T09:00:00+08:00', null)).rejects.toMatchObject(
      refused('notConfirmed'),
    );
    expect(await record(a.volunteerId, '2026-03-14T09:00:00+08:00', '2026-03-14T12:00:00+08:00')).toMatchObject({
      late: false,
      early: false,
    });
    // b: 09:30-10:30 is 60 of 180 minutes: short of 60%.
    await record(b.volunteerId, '2026-03-14T09:30:00+08:00', null);
    await expect(record(b.volunteerId, '2026-03-14T09:30:00+08:00', null)).rejects.toMatchObject(
      refused('checkOutRequired'),
    );
    expect(await record(b.volunteerId, '2026-03-14T09:30:00+08:00', '2026-03-14T10:30:00+08:00')).toMatchObject({
      late: true,
      early: true,
    });
    await expect(record(b.volunteerId, '2026-03-14T09:30:00+08:00', '2026-03-14T11:30:00+08:00')).rejects.toMatchObject(
      refused('alreadyCheckedOut'),
    );
    // c checked in, never out: earns nothing.
    await record(c.volunteerId, '2026-03-14T08:55:00+08:00', null);
    await expect(record(c.volunteerId, '2026-03-14T08:40:00+08:00', null)).rejects.toMatchObject(
      refused('checkOutRequired'),
    );
    await expect(record(c.volunteerId, '2026-03-14T08:00:00+08:00', null)).rejects.toMatchObject(
      refused('attendanceOutsideTime'),
    );
    await expect(
      record(stranger.volunteerId, '2026-03-14T09:00:00+08:00', '2026-03-14T08:59:00+08:00'),
    ).rejects.toMatchObject(refused('checkOutBeforeIn'));

    const listed = await organiser.volunteers.checkin.list({ activityId: activity.id });
    expect(listed.map((r) => [r.volunteerId, r.minutes, r.qualifies, r.inMethod, r.outMethod])).toEqual([
      [c.volunteerId, 0, false, 'manual', null],
      [a.volunteerId, 180, true, 'manual', 'manual'],
      [b.volunteerId, 60, false, 'manual', 'manual'],
    ]);
    expect(listed[1]).toMatchObject({ name: a.name, manualReason: '手机没电', rating: null });
    await organiser.volunteers.checkin.evaluate({ attendanceId: listed[1]!.id, rating: 5, comment: '认真负责' });
    expect((await organiser.volunteers.checkin.list({ activityId: activity.id }))[1]).toMatchObject({
      rating: 5,
      comment: '认真负责',
    });

    // Closing: not before the end; then one pending entry for a only; once.
    await expect(
      env.at('2026-03-14T11:59:00', () => organiser.volunteers.activities.close({ id: activity.id })),
    ).rejects.toMatchObject(refused('activityNotEnded'));
    expect(await env.at(at, () => organiser.volunteers.activities.close({ id: activity.id }))).toEqual({
      id: activity.id,
      entries: 1,
      short: 2,
    });
    expect(await env.db.hourEntry.findMany({ where: { activityId: activity.id } })).toEqual([
      expect.objectContaining({
        volunteerId: a.volunteerId,
        unitId: branch.id,
        minutes: 180,
        servedOn: '2026-03-14',
        year: 2026,
        teamNo: 0,
        status: 'pending',
      }),
    ]);
    await expect(env.at(at, () => organiser.volunteers.activities.close({ id: activity.id }))).rejects.toMatchObject(
      refused('activityNotClosable'),
    );
  });
});
