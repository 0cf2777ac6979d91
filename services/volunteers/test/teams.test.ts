// Teams on both databases: a unit's team names are its own once; a volunteer asks to join through their own account
// and the team's unit decides (a decline needs its reason; asking again after a decline or after leaving makes the same
// place pending again); a coordinator adds a volunteer they can see and removes a member; an archived team takes
// nobody. A team of 城关镇 with a 东湖街道 volunteer in it shows that volunteer by name only to 城关镇's coordinator,
// who never reaches the volunteer's profile or personal data.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, uniqueName } from '../../../tests/support/factories';
import { addTeam, addTeamMember, addVolunteer } from './support/volunteers';

const today = '2026-05-01';

describe.each(await testProviders())('volunteer teams on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai(`${today}T10:00:00`));
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => chengguan().branches[i]!;
  const donghu = () => env.seed.townships.donghu!;
  const admin = () => env.as('chengguan');
  const place = (teamId: number, volunteerId: number) =>
    env.db.volunteerTeamMember.findUniqueOrThrow({ where: { teamId_volunteerId: { teamId, volunteerId } } });
  /** A volunteer of `unitId` with an account of their own, and that account's caller. */
  async function volunteerWithAccount(unitId: number) {
    const account = await addAccount(env, { unitId });
    const volunteer = await addVolunteer(env, unitId, { accountId: account.id });
    return { volunteer, own: await env.as(account.username), account };
  }

  it('creates, changes and archives a team; a name is the unit’s once', async () => {
    const caller = await admin();
    const name = uniqueName('应急救援队');
    const { id } = await caller.volunteers.teams.create({
      unitId: branch().id,
      name,
      description: '突发事件先期处置',
      skills: ['firstAid'],
    });
    await expect(
      caller.volunteers.teams.create({ unitId: branch().id, name, description: '', skills: [] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'name', key: 'volunteers.teamNameTaken' });
    // Another unit may use the name.
    await caller.volunteers.teams.create({ unitId: branch(1).id, name, description: '', skills: [] });
    const other = await addTeam(env, branch().id);
    await expect(
      caller.volunteers.teams.update({ id: other.id, name, description: '', skills: [] }),
    ).rejects.toMatchObject({ field: 'name', key: 'volunteers.teamNameTaken' });
    await caller.volunteers.teams.update({
      id,
      name: `${name}二`,
      description: '改了',
      skills: ['firstAid', 'driving'],
    });
    expect(await caller.volunteers.teams.get({ id })).toMatchObject({
      id,
      name: `${name}二`,
      unitId: branch().id,
      unitName: branch().name,
      description: '改了',
      skills: ['firstAid', 'driving'],
      status: 'active',
      canManage: true,
      members: [],
    });
    const entry = await env.db.auditLog.findFirstOrThrow({ where: { action: 'team.update', entityId: String(id) } });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({
      name: `${name}二`,
      description: '改了',
      skills: ['firstAid', 'driving'],
    });
    await caller.volunteers.teams.archive({ id });
    await expect(caller.volunteers.teams.archive({ id })).rejects.toMatchObject({ key: 'volunteers.teamArchived' });
    await expect(caller.volunteers.teams.update({ id, name: 'x', description: '', skills: [] })).rejects.toMatchObject({
      key: 'volunteers.teamArchived',
    });
  });

  it('lists a subtree’s teams by name or by members, either way', async () => {
    const tag = uniqueName('排序');
    const small = await addTeam(env, branch(7).id, `${tag}甲`);
    const big = await addTeam(env, branch(7).id, `${tag}乙`);
    for (let i = 0; i < 2; i++) await addTeamMember(env, big.id, (await addVolunteer(env, branch(7).id)).id);
    await addTeamMember(env, small.id, (await addVolunteer(env, branch(7).id)).id);
    await addTeamMember(env, small.id, (await addVolunteer(env, branch(7).id)).id, 'pending');
    const caller = await admin();
    const ids = async (sort: 'name' | 'members', order: 'asc' | 'desc') =>
      (
        await caller.volunteers.teams.list({ unitId: chengguan().id, q: tag, sort, order, page: 1, pageSize: 20 })
      ).items.map((t) => [t.id, t.members, t.pending]);
    expect(await ids('name', 'asc')).toEqual([
      [small.id, 1, 1],
      [big.id, 2, 0],
    ]);
    expect(await ids('members', 'desc')).toEqual([
      [big.id, 2, 0],
      [small.id, 1, 1],
    ]);
    expect(await ids('members', 'asc')).toEqual([
      [small.id, 1, 1],
      [big.id, 2, 0],
    ]);
  });

  it('takes a request to join to the team’s decision, and again after a decline or after leaving', async () => {
    const team = await addTeam(env, branch(2).id);
    const { volunteer, own, account } = await volunteerWithAccount(branch(3).id);
    const caller = await admin();
    const { id } = await own.volunteers.teams.join({ teamId: team.id });
    expect(await place(team.id, volunteer.id)).toMatchObject({ id, status: 'pending', unitId: team.unitId });
    await expect(own.volunteers.teams.join({ teamId: team.id })).rejects.toMatchObject({
      key: 'volunteers.joinPending',
    });
    expect(
      (await caller.volunteers.teams.list({ unitId: branch(2).id, q: team.name, page: 1, pageSize: 20 })).items,
    ).toEqual([expect.objectContaining({ id: team.id, members: 0, pending: 1 })]);

    // Declined: a reason is needed.
    await expect(
      caller.volunteers.teams.decide({ membershipId: id, approve: false, reason: '' }),
    ).rejects.toMatchObject({ field: 'reason', key: 'volunteers.declineNeedsReason' });
    await caller.volunteers.teams.decide({ membershipId: id, approve: false, reason: '本期名额已满' });
    expect(await place(team.id, volunteer.id)).toMatchObject({
      status: 'declined',
      reason: '本期名额已满',
      decidedById: env.seed.users.chengguan,
    });
    await expect(caller.volunteers.teams.decide({ membershipId: id, approve: true, reason: '' })).rejects.toMatchObject(
      { key: 'volunteers.membershipNotPending' },
    );
    expect(await own.volunteers.teams.mine({})).toEqual([
      expect.objectContaining({ id, teamId: team.id, teamName: team.name, status: 'declined', reason: '本期名额已满' }),
    ]);

    // Asked again: the same place, pending again; approved this time.
    expect(await own.volunteers.teams.join({ teamId: team.id })).toEqual({ id });
    expect(await place(team.id, volunteer.id)).toMatchObject({ status: 'pending', reason: '', decidedAt: null });
    await caller.volunteers.teams.decide({ membershipId: id, approve: true, reason: '' });
    await expect(own.volunteers.teams.join({ teamId: team.id })).rejects.toMatchObject({
      key: 'volunteers.alreadyInTeam',
    });
    expect((await own.volunteers.people.mine({}))?.teams).toEqual([
      { teamId: team.id, teamName: team.name, unitName: branch(2).name, status: 'approved' },
    ]);
    expect(
      (await caller.volunteers.teams.list({ unitId: branch(2).id, q: team.name, page: 1, pageSize: 20 })).items,
    ).toEqual([expect.objectContaining({ members: 1, pending: 0 })]);
    const decided = await env.db.auditLog.findMany({ where: { action: 'team.decide', entityId: String(id) } });
    expect(decided.map((e) => [e.unitId, JSON.parse(e.after ?? 'null').status])).toEqual([
      [team.unitId, 'declined'],
      [team.unitId, 'approved'],
    ]);

    // Leaving, then asking again.
    await own.volunteers.teams.leave({ teamId: team.id });
    expect(await place(team.id, volunteer.id)).toMatchObject({ status: 'left' });
    await expect(own.volunteers.teams.leave({ teamId: team.id })).rejects.toMatchObject({
      key: 'volunteers.notInTeam',
    });
    await own.volunteers.teams.join({ teamId: team.id });
    expect(await place(team.id, volunteer.id)).toMatchObject({ id, status: 'pending' });
    expect(
      await env.db.auditLog.count({ where: { action: { in: ['team.join', 'team.leave'] }, actorId: account.id } }),
    ).toBe(4);
  });

  it('refuses an account that is no volunteer, an archived team and a missing one', async () => {
    const stranger = await env.as((await addAccount(env, { unitId: branch().id })).username);
    const team = await addTeam(env, branch().id);
    await expect(stranger.volunteers.teams.join({ teamId: team.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'volunteers.notAVolunteer',
    });
    await expect(stranger.volunteers.teams.mine({})).rejects.toMatchObject({ key: 'volunteers.notAVolunteer' });
    const { own } = await volunteerWithAccount(branch().id);
    await env.db.volunteerTeam.update({ where: { id: team.id }, data: { status: 'archived' } });
    await expect(own.volunteers.teams.join({ teamId: team.id })).rejects.toMatchObject({
      key: 'volunteers.teamArchived',
    });
    await expect(own.volunteers.teams.join({ teamId: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'volunteers.teamNotFound',
    });
  });

  it('browses active teams of every unit with the caller’s own place in each', async () => {
    const tag = uniqueName('浏览');
    const ours = await addTeam(env, branch().id, `${tag}城关队`);
    const theirs = await addTeam(env, donghu().branches[0]!.id, `${tag}东湖队`);
    const archived = await addTeam(env, branch().id, `${tag}旧队`);
    await env.db.volunteerTeam.update({ where: { id: archived.id }, data: { status: 'archived' } });
    const { volunteer, own } = await volunteerWithAccount(branch(1).id);
    await addTeamMember(env, theirs.id, volunteer.id, 'pending');
    await addTeamMember(env, ours.id, (await addVolunteer(env, branch().id)).id);
    const page = await own.volunteers.teams.browse({ q: tag, page: 1, pageSize: 20 });
    expect(page.total).toBe(2);
    expect(page.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: ours.id, unitName: branch().name, members: 1, myStatus: null }),
        expect.objectContaining({
          id: theirs.id,
          unitName: donghu().branches[0]!.name,
          members: 0,
          myStatus: 'pending',
        }),
      ]),
    );
    // Any signed-in account browses, volunteer or not.
    const stranger = await env.as((await addAccount(env, { unitId: branch().id })).username);
    expect(
      (await stranger.volunteers.teams.browse({ q: tag, page: 1, pageSize: 20 })).items.map((t) => t.myStatus),
    ).toEqual([null, null]);
  });

  it('adds a volunteer the caller can see, approved at once, and removes a member with a reason', async () => {
    const caller = await admin();
    const team = await addTeam(env, branch(4).id);
    const volunteer = await addVolunteer(env, branch(5).id);
    const { id } = await caller.volunteers.teams.addMember({ teamId: team.id, volunteerId: volunteer.id });
    expect(await place(team.id, volunteer.id)).toMatchObject({ id, status: 'approved', unitId: team.unitId });
    await expect(
      caller.volunteers.teams.addMember({ teamId: team.id, volunteerId: volunteer.id }),
    ).rejects.toMatchObject({ key: 'volunteers.alreadyInTeam' });
    // 东湖街道's volunteer is not one 城关镇's admin can see: as a missing one.
    const foreign = await addVolunteer(env, donghu().branches[0]!.id);
    await expect(caller.volunteers.teams.addMember({ teamId: team.id, volunteerId: foreign.id })).rejects.toMatchObject(
      { code: 'NOT_FOUND', key: 'volunteers.volunteerNotFound' },
    );
    const inactive = await addVolunteer(env, branch(5).id, { status: 'inactive' });
    await expect(
      caller.volunteers.teams.addMember({ teamId: team.id, volunteerId: inactive.id }),
    ).rejects.toMatchObject({ key: 'volunteers.volunteerInactive' });

    await caller.volunteers.teams.removeMember({ membershipId: id, reason: '长期未参加活动' });
    expect(await place(team.id, volunteer.id)).toMatchObject({ status: 'left', reason: '长期未参加活动' });
    await expect(caller.volunteers.teams.removeMember({ membershipId: id, reason: '再次' })).rejects.toMatchObject({
      key: 'volunteers.membershipNotApproved',
    });
    // Added again after leaving: the same place, approved.
    expect(await caller.volunteers.teams.addMember({ teamId: team.id, volunteerId: volunteer.id })).toEqual({ id });
  });

  it('shows a 东湖街道 volunteer in a 城关镇 team by name only, never their profile or personal data', async () => {
    const team = await addTeam(env, branch(6).id);
    const foreign = await addVolunteer(env, donghu().branches[1]!.id, { phone: '13977776666' });
    // The municipal admin sees both townships and adds them.
    await (await env.as('admin')).volunteers.teams.addMember({ teamId: team.id, volunteerId: foreign.id });
    const coordinator = await addAccount(env, {
      unitId: chengguan().id,
      grants: [{ role: 'volunteer_coordinator', unitId: chengguan().id }],
    });
    const caller = await env.as(coordinator.username);
    const got = await caller.volunteers.teams.get({ id: team.id });
    expect(got.members).toEqual([
      expect.objectContaining({ volunteerId: foreign.id, name: foreign.name, unitName: donghu().branches[1]!.name }),
    ]);
    const text = JSON.stringify(got);
    for (const clear of [foreign.clear.idNumber, foreign.clear.phone, foreign.clear.idNumber.slice(0, 6), '6666'])
      expect(text).not.toContain(clear);
    await expect(caller.volunteers.people.get({ id: foreign.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.volunteers.people.reveal({ id: foreign.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const listed = await caller.volunteers.people.list({
      unitId: chengguan().id,
      q: foreign.name,
      page: 1,
      pageSize: 20,
    });
    expect(listed.items).toEqual([]);
    // The coordinator may still remove them from the team (a place of the team's unit).
    await caller.volunteers.teams.removeMember({ membershipId: got.members[0]!.id, reason: '调离' });
  });
});
