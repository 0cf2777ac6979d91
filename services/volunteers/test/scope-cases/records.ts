// Scope cases of the records: a volunteer of an own township's branch has a record the caller reads (with their
// approved hours) and an award the caller adds; 东湖街道's volunteer (and one where the caller's grant gives no
// volunteers rights) answers as a missing one, and gets no award. The caller's own record is their own profile's.
import { expect } from 'vitest';
import { eachPlace, expectHidden, missing, type ScopeTest } from '../../../../tests/support/scope-test';
import { addActivity, addHourEntry, addVolunteer } from '../support/volunteers';
import { ownProfile } from './hours';

const award = (volunteerId: number) => ({ volunteerId, title: '优秀志愿者', awardedOn: '2026-03-05', note: '' });

export const scopeCases = {
  'volunteers.records.get': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const volunteer = await addVolunteer(t.env, p.branches[0]!.id);
        const activity = await addActivity(t.env, p.township.id);
        await addHourEntry(t.env, activity.id, volunteer.id, { minutes: 90, status: 'approved' });
        const record = await t.a.volunteers.records.get({ volunteerId: volunteer.id });
        expect(record.volunteer).toMatchObject({ id: volunteer.id, name: volunteer.name });
        expect(record.totals).toEqual({ approvedMinutes: 90, pendingMinutes: 0, activities: 1 });
      },
      async (p) => {
        const volunteer = await addVolunteer(t.env, p.branches[0]!.id);
        await expectHidden(
          t.a.volunteers.records.get({ volunteerId: volunteer.id }),
          t.a.volunteers.records.get({ volunteerId: missing }),
        );
      },
    ),

  'volunteers.records.mine': async (t: ScopeTest) => {
    const own = await ownProfile(t);
    const record = await t.a.volunteers.records.mine({});
    expect(record.volunteer).toMatchObject({ id: own.id, name: own.name });
  },

  'volunteers.records.addAward': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const volunteer = await addVolunteer(t.env, p.branches[0]!.id);
        const { id } = await t.a.volunteers.records.addAward(award(volunteer.id));
        expect(await t.env.db.volunteerAward.findUniqueOrThrow({ where: { id } })).toMatchObject({
          volunteerId: volunteer.id,
          unitId: volunteer.unitId,
          title: '优秀志愿者',
        });
      },
      async (p) => {
        const volunteer = await addVolunteer(t.env, p.branches[0]!.id);
        await expectHidden(
          t.a.volunteers.records.addAward(award(volunteer.id)),
          t.a.volunteers.records.addAward(award(missing)),
        );
        expect(await t.env.db.volunteerAward.count({ where: { volunteerId: volunteer.id } })).toBe(0);
      },
    ),
};
