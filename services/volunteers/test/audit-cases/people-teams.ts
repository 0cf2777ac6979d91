// One valid call of each people and teams mutation, and the audit entry it must write (tests/services/audit-coverage
// runs them: exactly one entry, its action, actor and unit). Coordinators' calls are the township admin of 城关镇's on
// rows of its branches; a volunteer's own calls are an account's at home in a 东湖街道 branch (granted at 城关镇), whose
// entries go to the unit the change belongs to: its home for its profile, the team's unit for a place in a team.
import { addAccount, uniqueName } from '../../../../tests/support/factories';
import { type AuditCase, byAdmin, byOwnAccount } from '../support/audit';
import { addTeam, addTeamMember, addVolunteer, newVolunteerIdNumber, newVolunteerInput } from '../support/volunteers';

export const auditCases: Record<string, AuditCase> = {
  'volunteers.people.create': byAdmin('volunteer.create', async (_env, branch) => [
    branch(1),
    (c) => c.volunteers.people.create(newVolunteerInput(branch(1).id)),
  ]),
  'volunteers.people.update': byAdmin('volunteer.update', async (env, branch) => {
    const v = await addVolunteer(env, branch(2).id);
    return [
      branch(2),
      (c) =>
        c.volunteers.people.update({
          id: v.id,
          name: '改名',
          phone: '',
          address: '',
          skills: [],
          availability: [],
          serviceArea: '',
        }),
    ];
  }),
  'volunteers.people.setStatus': byAdmin('volunteer.status', async (env, branch) => {
    const v = await addVolunteer(env, branch(3).id);
    return [branch(3), (c) => c.volunteers.people.setStatus({ id: v.id, status: 'inactive', reason: '迁出' })];
  }),
  'volunteers.people.linkAccount': byAdmin('volunteer.account', async (env, branch) => {
    const v = await addVolunteer(env, branch(4).id);
    const account = await addAccount(env, { unitId: branch(4).id });
    return [branch(4), (c) => c.volunteers.people.linkAccount({ id: v.id, username: account.username })];
  }),
  'volunteers.people.reveal': byAdmin('volunteer.reveal', async (env, branch) => {
    const v = await addVolunteer(env, branch(5).id);
    return [branch(5), (c) => c.volunteers.people.reveal({ id: v.id })];
  }),
  'volunteers.people.registerSelf': byOwnAccount(
    'volunteer.register',
    async () => {
      const { unitId: _unit, ...input } = newVolunteerInput(0, { idNumber: newVolunteerIdNumber('male').idNumber });
      return [null, (c) => c.volunteers.people.registerSelf(input)];
    },
    false,
  ),

  'volunteers.teams.create': byAdmin('team.create', async (_env, branch) => [
    branch(1),
    (c) =>
      c.volunteers.teams.create({ unitId: branch(1).id, name: uniqueName('审计服务队'), description: '', skills: [] }),
  ]),
  'volunteers.teams.update': byAdmin('team.update', async (env, branch) => {
    const team = await addTeam(env, branch(2).id);
    return [
      branch(2),
      (c) => c.volunteers.teams.update({ id: team.id, name: uniqueName('改名队'), description: '', skills: [] }),
    ];
  }),
  'volunteers.teams.archive': byAdmin('team.archive', async (env, branch) => {
    const team = await addTeam(env, branch(3).id);
    return [branch(3), (c) => c.volunteers.teams.archive({ id: team.id })];
  }),
  // A place in a team belongs to the team's unit, whichever unit the volunteer is of.
  'volunteers.teams.decide': byAdmin('team.decide', async (env, branch) => {
    const team = await addTeam(env, branch(4).id);
    const place = await addTeamMember(env, team.id, (await addVolunteer(env, branch(5).id)).id, 'pending');
    return [branch(4), (c) => c.volunteers.teams.decide({ membershipId: place.id, approve: true, reason: '' })];
  }),
  'volunteers.teams.addMember': byAdmin('team.addMember', async (env, branch) => {
    const team = await addTeam(env, branch(5).id);
    const v = await addVolunteer(env, branch(6).id);
    return [branch(5), (c) => c.volunteers.teams.addMember({ teamId: team.id, volunteerId: v.id })];
  }),
  'volunteers.teams.removeMember': byAdmin('team.removeMember', async (env, branch) => {
    const team = await addTeam(env, branch(6).id);
    const place = await addTeamMember(env, team.id, (await addVolunteer(env, branch(7).id)).id);
    return [branch(6), (c) => c.volunteers.teams.removeMember({ membershipId: place.id, reason: '调离' })];
  }),
  'volunteers.teams.join': byOwnAccount('team.join', async (env, _volunteerId, branch) => {
    const team = await addTeam(env, branch(1).id);
    return [branch(1), (c) => c.volunteers.teams.join({ teamId: team.id })];
  }),
  'volunteers.teams.leave': byOwnAccount('team.leave', async (env, volunteerId, branch) => {
    const team = await addTeam(env, branch(2).id);
    await addTeamMember(env, team.id, volunteerId);
    return [branch(2), (c) => c.volunteers.teams.leave({ teamId: team.id })];
  }),
};
