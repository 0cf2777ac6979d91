// Sign-ups on both databases: a volunteer signs up once (again after withdrawing, at the back of the queue), with the
// skills the activity requires, before its deadline, for recruitment only; approval makes it pending until the
// organiser decides (a place, else the waitlist; or declined, for good); the organiser's list shows names, units,
// statuses and positions; enrolling by hand takes a place like a sign-up; removing one gives its place to the first
// waitlisted; withdrawing closes at the start.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addActivity, addVolunteer } from './support/volunteers';

const when = '2026-03-10T10:00:00';
const refused = (key: string) => ({ key: `volunteers.${key}` });
type Person = { caller: Caller; volunteerId: number; name: string };

describe.each(await testProviders())('sign-ups on %s', (provider) => {
  let env: TestEnv;
  let branch: Unit;
  let organiser: Caller;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = await addUnit(env, env.seed.townships.chengguan!, { kind: 'branch' });
    organiser = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  async function person(opts: Parameters<typeof addVolunteer>[2] = {}, unitId = branch.id): Promise<Person> {
    const account = await addAccount(env, { unitId });
    const volunteer = await addVolunteer(env, unitId, { ...opts, accountId: account.id });
    return { caller: await env.as(account.username), volunteerId: volunteer.id, name: volunteer.name };
  }
  const signUp = (p: Person, activityId: number, at = when) =>
    env.at(at, () => p.caller.volunteers.signups.signUp({ activityId }));
  const withdraw = (p: Person, activityId: number, at = when) =>
    env.at(at, () => p.caller.volunteers.signups.withdraw({ activityId }));

  it('signs up once, and again after withdrawing, at the back of the queue', async () => {
    const activity = await addActivity(env, branch.id, { capacity: 1 });
    const [a, b] = [await person(), await person()];
    expect(await signUp(a, activity.id)).toMatchObject({ status: 'confirmed', position: null });
    await expect(signUp(a, activity.id)).rejects.toMatchObject({ code: 'CONFLICT', ...refused('alreadySignedUp') });
    expect(await signUp(b, activity.id)).toMatchObject({ status: 'waitlisted', position: 1 });
    const first = await withdraw(a, activity.id);
    expect(first.promotedId).not.toBeNull();
    const again = await signUp(a, activity.id, '2026-03-10T11:00:00');
    expect(again).toEqual({ id: first.id, status: 'waitlisted', position: 1 });
    expect(await env.db.activitySignup.count({ where: { activityId: activity.id } })).toBe(2);
  });

  it('needs the required skills, a recruitment activity before its deadline, an active published one', async () => {
    const activity = await addActivity(env, branch.id, {
      requiredSkills: ['firstAid', 'medical'],
      signupDeadline: new Date('2026-03-12T18:00:00+08:00'),
    });
    const skilled = await person({ skills: ['firstAid', 'medical', 'it'] });
    const unskilled = await person({ skills: ['firstAid'] });
    await expect(signUp(unskilled, activity.id)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      ...refused('skillsMissing'),
      vars: { count: 1 },
    });
    await expect(signUp(skilled, activity.id, '2026-03-12T18:00:00')).rejects.toMatchObject(refused('signupClosed'));
    expect(await signUp(skilled, activity.id, '2026-03-12T17:59:00')).toMatchObject({ status: 'confirmed' });
    // Without a deadline, sign-ups close at the start.
    const plain = await addActivity(env, branch.id);
    await expect(signUp(skilled, plain.id, '2026-03-14T09:00:00')).rejects.toMatchObject(refused('signupClosed'));
    const walkIn = await addActivity(env, branch.id, { mode: 'walkIn', capacity: null });
    await expect(signUp(skilled, walkIn.id)).rejects.toMatchObject(refused('signupNotRecruiting'));
    const draft = await addActivity(env, branch.id, { status: 'draft' });
    await expect(signUp(skilled, draft.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      ...refused('activityNotFound'),
    });
    const inactive = await person({ status: 'inactive' });
    await expect(signUp(inactive, plain.id)).rejects.toMatchObject(refused('signupVolunteerInactive'));
    const nobody = await env.as((await addAccount(env, { unitId: branch.id })).username);
    await expect(env.at(when, () => nobody.volunteers.signups.signUp({ activityId: plain.id }))).rejects.toMatchObject(
      refused('notAVolunteer'),
    );
  });

  it('waits for approval, then takes a place or the waitlist, or is declined for good', async () => {
    const activity = await addActivity(env, branch.id, { approval: true, capacity: 1 });
    const [a, b, c] = [await person(), await person(), await person()];
    const answers = [await signUp(a, activity.id), await signUp(b, activity.id), await signUp(c, activity.id)];
    expect(answers.map((x) => x.status)).toEqual(['pending', 'pending', 'pending']);
    const decide = (id: number, approve: boolean, reason = '') =>
      env.at(when, () => organiser.volunteers.signups.decide({ id, approve, reason }));
    expect(await decide(answers[0]!.id, true)).toEqual({ id: answers[0]!.id, status: 'confirmed', position: null });
    expect(await decide(answers[1]!.id, true)).toEqual({ id: answers[1]!.id, status: 'waitlisted', position: 1 });
    expect(await decide(answers[2]!.id, false, '技能不符')).toMatchObject({ status: 'declined' });
    await expect(decide(answers[2]!.id, true)).rejects.toMatchObject(refused('signupNotPending'));
    await expect(signUp(c, activity.id)).rejects.toMatchObject(refused('signupDeclined'));
    const page = await organiser.volunteers.signups.list({ activityId: activity.id });
    expect(page.items.map((r) => [r.volunteerId, r.status, r.position, r.name, r.unitName])).toEqual([
      [a.volunteerId, 'confirmed', null, a.name, branch.name],
      [b.volunteerId, 'waitlisted', 1, b.name, branch.name],
      [c.volunteerId, 'declined', null, c.name, branch.name],
    ]);
    expect((await organiser.volunteers.signups.list({ activityId: activity.id, status: 'declined' })).total).toBe(1);
    expect(
      await env.db.auditLog.count({ where: { action: 'signup.decide', unitId: branch.id } }),
    ).toBeGreaterThanOrEqual(3);
  });

  it('enrols a volunteer by hand, and removes a sign-up giving its place to the first waitlisted', async () => {
    const activity = await addActivity(env, branch.id, { capacity: 1 });
    const [a, b] = [await person(), await person()];
    const enrol = (volunteerId: number) =>
      env.at(when, () => organiser.volunteers.signups.enrol({ activityId: activity.id, volunteerId }));
    const first = await enrol(a.volunteerId);
    expect(first).toMatchObject({ status: 'confirmed', position: null });
    await expect(enrol(a.volunteerId)).rejects.toMatchObject(refused('alreadySignedUp'));
    const second = await enrol(b.volunteerId);
    expect(second).toMatchObject({ status: 'waitlisted', position: 1 });
    // A volunteer of 东湖街道 is not the organiser's to enrol: as a missing one.
    const foreign = await addVolunteer(env, env.seed.townships.donghu!.branches[0]!.id);
    await expect(enrol(foreign.id)).rejects.toMatchObject(refused('volunteerNotFound'));
    const removed = await env.at(when, () => organiser.volunteers.signups.remove({ id: first.id, reason: '临时有事' }));
    expect(removed).toEqual({ id: first.id, promotedId: second.id });
    expect(await env.db.activitySignup.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: 'confirmed',
    });
    await expect(
      env.at(when, () => organiser.volunteers.signups.remove({ id: first.id, reason: '再次' })),
    ).rejects.toMatchObject(refused('signupNotLive'));
    // Removed is declined: they cannot sign up again by themselves.
    await expect(signUp(a, activity.id)).rejects.toMatchObject(refused('signupDeclined'));
  });

  it('withdraws only before the start, and lists one’s own sign-ups upcoming first', async () => {
    const soon = await addActivity(env, branch.id, {
      startsAt: new Date('2026-03-11T09:00:00+08:00'),
      endsAt: new Date('2026-03-11T11:00:00+08:00'),
    });
    const later = await addActivity(env, branch.id, {
      startsAt: new Date('2026-03-20T09:00:00+08:00'),
      endsAt: new Date('2026-03-20T11:00:00+08:00'),
    });
    const a = await person();
    await signUp(a, later.id);
    await signUp(a, soon.id);
    await expect(withdraw(a, soon.id, '2026-03-11T09:00:00')).rejects.toMatchObject(refused('withdrawTooLate'));
    const other = await addActivity(env, branch.id);
    await expect(withdraw(a, other.id)).rejects.toMatchObject(refused('signupNotFound'));
    const mine = await env.at('2026-03-12T10:00:00', () => a.caller.volunteers.signups.mine());
    expect(mine.map((m) => [m.activityId, m.status])).toEqual([
      [later.id, 'confirmed'],
      [soon.id, 'confirmed'],
    ]);
    expect(mine[0]).toMatchObject({ title: later.title, unitName: branch.name, activityStatus: 'published' });
  });
});
