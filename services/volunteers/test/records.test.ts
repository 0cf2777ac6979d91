// A volunteer's service record on both databases: hours by year (the yearly totals approvals keep) and by team,
// approved and awaiting a decision, activities newest first, awards, evaluations and certificates; narrowed to a
// year; read by a reader of the volunteer's unit only, and by the volunteer as their own.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';
import { addActivity, addHourEntry, addTeam, addVolunteer } from './support/volunteers';

describe.each(await testProviders())('service records on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  it('adds up the record from the entries, the yearly totals and the rest', async () => {
    const township = env.seed.townships.chengguan!;
    const account = await addAccount(env, { unitId: township.id });
    const volunteer = await addVolunteer(env, township.branches[0]!.id, {
      accountId: account.id,
      skills: ['firstAid'],
    });
    const team = await addTeam(env, township.id);
    const spring = await addActivity(env, township.id, { teamId: team.id });
    const summer = await addActivity(env, township.id, {
      startsAt: new Date('2026-06-01T01:00:00Z'),
      endsAt: new Date('2026-06-01T03:00:00Z'),
    });
    const old = await addActivity(env, township.id);
    const approved = await addHourEntry(env, spring.id, volunteer.id, { minutes: 120 });
    await addHourEntry(env, summer.id, volunteer.id, { minutes: 60, servedOn: '2026-06-01' });
    const lastYear = await addHourEntry(env, old.id, volunteer.id, { minutes: 30, servedOn: '2025-11-02' });
    await admin.volunteers.hours.approve({ ids: [approved.id, lastYear.id] });
    await env.db.activityAttendance.create({
      data: {
        unitId: township.id,
        activityId: spring.id,
        volunteerId: volunteer.id,
        checkedInAt: new Date('2026-03-14T01:00:00Z'),
        inMethod: 'code',
        rating: 5,
        comment: '认真负责',
      },
    });
    await admin.volunteers.records.addAward({
      volunteerId: volunteer.id,
      title: '优秀志愿者',
      awardedOn: '2026-05-04',
      note: '',
    });
    const record = await admin.volunteers.records.get({ volunteerId: volunteer.id });
    expect(record.volunteer).toEqual({
      id: volunteer.id,
      name: volunteer.name,
      unitName: township.branches[0]!.name,
      joinedOn: '2026-01-05',
      skills: ['firstAid'],
    });
    expect(record.totals).toEqual({ approvedMinutes: 150, pendingMinutes: 60, activities: 2 });
    expect(record.byYear).toEqual([
      { year: 2025, minutes: 30 },
      { year: 2026, minutes: 120 },
    ]);
    expect(record.byTeam).toEqual([{ teamId: team.id, teamName: team.name, minutes: 120 }]);
    expect(record.activities.map((a) => [a.title, a.servedOn, a.status])).toEqual([
      [summer.title, '2026-06-01', 'pending'],
      [spring.title, '2026-03-14', 'approved'],
      [old.title, '2025-11-02', 'approved'],
    ]);
    expect(record.awards).toEqual([expect.objectContaining({ title: '优秀志愿者', awardedOn: '2026-05-04' })]);
    expect(record.evaluations).toEqual([{ activityTitle: spring.title, rating: 5, comment: '认真负责' }]);
    expect(record.certificates).toEqual([]);
    // A year narrows the totals and the activities (the years stay whole).
    const year = await admin.volunteers.records.get({ volunteerId: volunteer.id, year: 2025 });
    expect(year.totals).toEqual({ approvedMinutes: 30, pendingMinutes: 0, activities: 1 });
    expect(year.activities.map((a) => a.title)).toEqual([old.title]);
    expect(year.byTeam).toEqual([]);
    // The volunteer reads the same record as their own.
    const own = await (await env.as(account.username)).volunteers.records.mine({});
    expect(own).toEqual(record);
    // The award is audited in the volunteer's unit.
    expect(
      await env.db.auditLog.findFirstOrThrow({ where: { action: 'volunteerAward.add' }, orderBy: { id: 'desc' } }),
    ).toMatchObject({
      unitId: township.branches[0]!.id,
    });
  });

  it('refuses a reader of another township, an award without manage, and a bad day', async () => {
    const volunteer = await addVolunteer(env, env.seed.townships.donghu!.id);
    await expect(admin.volunteers.records.get({ volunteerId: volunteer.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'volunteers.volunteerNotFound',
    });
    const own = await addVolunteer(env, env.seed.townships.chengguan!.id);
    await expect(
      admin.volunteers.records.addAward({ volunteerId: own.id, title: '表彰', awardedOn: '2026-02-30', note: '' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const viewer = await addAccount(env, {
      unitId: env.seed.townships.chengguan!.id,
      grants: [{ role: 'volunteers_viewer', unitId: env.seed.townships.chengguan!.id }],
    });
    const reader = await env.as(viewer.username);
    expect((await reader.volunteers.records.get({ volunteerId: own.id })).volunteer.id).toBe(own.id);
    await expect(
      reader.volunteers.records.addAward({ volunteerId: own.id, title: '表彰', awardedOn: '2026-02-03', note: '' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reader.volunteers.records.mine({})).rejects.toMatchObject({ key: 'volunteers.notAVolunteer' });
  });
});
