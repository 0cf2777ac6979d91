// Scope cases of volunteer teams. In each own township where the caller reads (or manages volunteers), a branch's team
// is listed, read, made, changed, archived, and its places decided, added and removed with the right result; for
// 东湖街道 (and where the caller's grant carries no volunteers permission) the same calls answer exactly as for a
// missing team, place or volunteer, and change nothing. A volunteer's own side (browse, join, leave, their places)
// works on the caller's own profile only.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  ownPlace,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addTeam, addTeamMember, addVolunteer } from '../support/volunteers';
import { ownVolunteer, unlinkOwn } from './people';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const teamRow = (t: ScopeTest, id: number) => t.env.db.volunteerTeam.findUniqueOrThrow({ where: { id } });
const placeRow = (t: ScopeTest, id: number) => t.env.db.volunteerTeamMember.findUniqueOrThrow({ where: { id } });

/** A change of a team both ways: made on an own branch's team, refused on a foreign one as on a missing id. */
function teamCase(
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const team = await addTeam(t.env, branchOf(p).id);
        await take(t, team.id);
        await check(t, team.id);
      },
      async (p) => {
        const team = await addTeam(t.env, branchOf(p).id);
        await expectHidden(take(t, team.id), take(t, missing));
        expect(await teamRow(t, team.id)).toEqual(team);
      },
    );
}

/** A change of a place both ways: a place of an own team (with `status`), refused on a foreign one as on a missing id. */
function placeCase(
  status: string,
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number) => Promise<void>,
): ScopeCase {
  const placeIn = async (t: ScopeTest, p: Place) => {
    const team = await addTeam(t.env, branchOf(p).id);
    const volunteer = await addVolunteer(t.env, branchOf(p).id);
    return addTeamMember(t.env, team.id, volunteer.id, status);
  };
  return (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const place = await placeIn(t, p);
        await take(t, place.id);
        await check(t, place.id);
      },
      async (p) => {
        const place = await placeIn(t, p);
        await expectHidden(take(t, place.id), take(t, missing));
        expect(await placeRow(t, place.id)).toEqual(place);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'volunteers.teams.list': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const name = uniqueName(`${t.tag}服务队`);
        const team = await addTeam(t.env, branchOf(p).id, name);
        await addTeam(t.env, branchOf(t.foreign).id, `${name}外`);
        const page = await t.a.volunteers.teams.list({ unitId: p.township.id, q: name, page: 1, pageSize: 20 });
        expect(page).toEqual({
          items: [expect.objectContaining({ id: team.id, name, unitId: branchOf(p).id, unitName: branchOf(p).name })],
          total: 1,
          totalIsBound: false,
        });
      },
      (p) =>
        expectHidden(
          t.a.volunteers.teams.list({ unitId: p.township.id, page: 1, pageSize: 20 }),
          t.a.volunteers.teams.list({ unitId: missing, page: 1, pageSize: 20 }),
        ),
    ),

  'volunteers.teams.get': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const team = await addTeam(t.env, branchOf(p).id);
        // A volunteer of 东湖街道 in it shows by name, nothing more.
        const foreign = await addVolunteer(t.env, branchOf(t.foreign).id);
        await addTeamMember(t.env, team.id, foreign.id);
        const got = await t.a.volunteers.teams.get({ id: team.id });
        expect(got).toMatchObject({ id: team.id, name: team.name, unitId: branchOf(p).id });
        expect(got.members).toEqual([
          expect.objectContaining({ volunteerId: foreign.id, name: foreign.name, status: 'approved' }),
        ]);
        expect(JSON.stringify(got)).not.toContain(foreign.clear.phone);
      },
      async (p) => {
        const team = await addTeam(t.env, branchOf(p).id);
        await expectHidden(t.a.volunteers.teams.get({ id: team.id }), t.a.volunteers.teams.get({ id: missing }));
      },
    ),

  'volunteers.teams.create': (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const name = uniqueName('新服务队');
        const { id } = await t.a.volunteers.teams.create({ unitId: branchOf(p).id, name, description: '', skills: [] });
        expect(await teamRow(t, id)).toMatchObject({ unitId: branchOf(p).id, name, status: 'active' });
      },
      async (p) => {
        const name = uniqueName('新服务队');
        const create = (unitId: number) => t.a.volunteers.teams.create({ unitId, name, description: '', skills: [] });
        await expectHidden(create(branchOf(p).id), create(missing));
        expect(await t.env.db.volunteerTeam.count({ where: { name } })).toBe(0);
      },
    ),

  'volunteers.teams.update': teamCase(
    (t, id) => t.a.volunteers.teams.update({ id, name: uniqueName('改名队'), description: '改', skills: ['it'] }),
    async (t, id) => {
      expect(await teamRow(t, id)).toMatchObject({ description: '改', skills: '["it"]' });
    },
  ),

  'volunteers.teams.archive': teamCase(
    (t, id) => t.a.volunteers.teams.archive({ id }),
    async (t, id) => {
      expect((await teamRow(t, id)).status).toBe('archived');
    },
  ),

  'volunteers.teams.decide': placeCase(
    'pending',
    (t, id) => t.a.volunteers.teams.decide({ membershipId: id, approve: true, reason: '' }),
    async (t, id) => {
      expect(await placeRow(t, id)).toMatchObject({ status: 'approved', decidedById: t.user.id });
    },
  ),

  'volunteers.teams.removeMember': placeCase(
    'approved',
    (t, id) => t.a.volunteers.teams.removeMember({ membershipId: id, reason: '调离' }),
    async (t, id) => {
      expect(await placeRow(t, id)).toMatchObject({ status: 'left', reason: '调离' });
    },
  ),

  'volunteers.teams.addMember': (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const team = await addTeam(t.env, branchOf(p).id);
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const { id } = await t.a.volunteers.teams.addMember({ teamId: team.id, volunteerId: volunteer.id });
        expect(await placeRow(t, id)).toMatchObject({ teamId: team.id, volunteerId: volunteer.id, status: 'approved' });
      },
      async (p) => {
        // A team of that place is answered as a missing team; a volunteer of it, added to an own team, as a missing
        // volunteer.
        const team = await addTeam(t.env, branchOf(p).id);
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const add = (teamId: number, volunteerId: number) => t.a.volunteers.teams.addMember({ teamId, volunteerId });
        await expectHidden(add(team.id, volunteer.id), add(missing, volunteer.id));
        const own = await addTeam(t.env, branchOf(ownPlace(t, 'volunteers.manage')).id);
        await expectHidden(add(own.id, volunteer.id), add(own.id, missing));
        expect(await t.env.db.volunteerTeamMember.count({ where: { volunteerId: volunteer.id } })).toBe(0);
      },
    ),

  'volunteers.teams.browse': async (t) => {
    const tag = uniqueName(`${t.tag}浏览队`);
    const here = await addTeam(t.env, branchOf(t.places[0] as Place).id, `${tag}甲`);
    const there = await addTeam(t.env, branchOf(t.foreign).id, `${tag}乙`);
    const volunteer = await ownVolunteer(t, branchOf(t.foreign).id);
    await addTeamMember(t.env, there.id, volunteer.id, 'pending');
    // Another volunteer's place is never read as the caller's.
    await addTeamMember(t.env, here.id, (await addVolunteer(t.env, branchOf(t.foreign).id)).id, 'pending');
    const page = await t.a.volunteers.teams.browse({ q: tag, page: 1, pageSize: 20 });
    expect(page.items.map((i) => [i.id, i.myStatus])).toEqual([
      [here.id, null],
      [there.id, 'pending'],
    ]);
    await unlinkOwn(t);
  },

  'volunteers.teams.join': async (t) => {
    const team = await addTeam(t.env, branchOf(t.foreign).id);
    const volunteer = await ownVolunteer(t, branchOf(t.places[0] as Place).id);
    const { id } = await t.a.volunteers.teams.join({ teamId: team.id });
    expect(await placeRow(t, id)).toMatchObject({ teamId: team.id, volunteerId: volunteer.id, status: 'pending' });
    await unlinkOwn(t);
    // Without a profile of their own, nobody joins.
    await expect(t.a.volunteers.teams.join({ teamId: team.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'volunteers.notAVolunteer',
    });
  },

  'volunteers.teams.leave': async (t) => {
    const team = await addTeam(t.env, branchOf(t.places[0] as Place).id);
    const volunteer = await ownVolunteer(t, branchOf(t.foreign).id);
    const place = await addTeamMember(t.env, team.id, volunteer.id);
    // Another volunteer's place in another team is not the caller's to leave.
    const other = await addTeam(t.env, branchOf(t.foreign).id);
    const theirs = await addTeamMember(t.env, other.id, (await addVolunteer(t.env, branchOf(t.foreign).id)).id);
    await expect(t.a.volunteers.teams.leave({ teamId: other.id })).rejects.toMatchObject({
      key: 'volunteers.notInTeam',
    });
    expect((await placeRow(t, theirs.id)).status).toBe('approved');
    await t.a.volunteers.teams.leave({ teamId: team.id });
    expect((await placeRow(t, place.id)).status).toBe('left');
    await unlinkOwn(t);
  },

  'volunteers.teams.mine': async (t) => {
    const team = await addTeam(t.env, branchOf(t.foreign).id);
    const volunteer = await ownVolunteer(t, branchOf(t.places[0] as Place).id);
    const place = await addTeamMember(t.env, team.id, volunteer.id, 'pending');
    await addTeamMember(t.env, team.id, (await addVolunteer(t.env, branchOf(t.foreign).id)).id);
    expect((await t.a.volunteers.teams.mine({})).map((m) => [m.id, m.teamId, m.status])).toEqual([
      [place.id, team.id, 'pending'],
    ]);
    await unlinkOwn(t);
  },
};
