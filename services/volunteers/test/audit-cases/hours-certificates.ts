// One valid call of each hours, records and certificates mutation, and the audit entry it must write. A decision
// belongs to the entry's unit (the activity's, which certifies it), a volunteer's appeal too; an award and a
// certificate to the unit that gives it.
import { addAccount } from '../../../../tests/support/factories';
import { newCertificateNumber } from '../../src/certificates/certificate-number';
import { type AuditCase, byAdmin } from '../support/audit';
import { addActivity, addHourEntry, addVolunteer } from '../support/volunteers';

export const auditCases: Record<string, AuditCase> = {
  'volunteers.hours.approve': byAdmin('hours.approve', async (env, branch) => {
    const activity = await addActivity(env, branch(0).id);
    const entry = await addHourEntry(env, activity.id, (await addVolunteer(env, branch(0).id)).id);
    return [branch(0), (c) => c.volunteers.hours.approve({ ids: [entry.id] })];
  }),
  'volunteers.hours.decline': byAdmin('hours.decline', async (env, branch) => {
    const activity = await addActivity(env, branch(1).id);
    const entry = await addHourEntry(env, activity.id, (await addVolunteer(env, branch(1).id)).id);
    return [branch(1), (c) => c.volunteers.hours.decline({ id: entry.id, reason: '未签退' })];
  }),
  // The volunteer's own appeal is entered at the entry's unit (the activity's), by their account.
  'volunteers.hours.appeal': async (env, { branch }) => {
    const account = await addAccount(env, { unitId: branch(0).id });
    const volunteer = await addVolunteer(env, branch(0).id, { accountId: account.id });
    const activity = await addActivity(env, branch(1).id);
    const entry = await addHourEntry(env, activity.id, volunteer.id, { status: 'declined' });
    return {
      caller: await env.as(account.username),
      call: (c) => c.volunteers.hours.appeal({ id: entry.id, appeal: '我全程在岗' }),
      expected: () => ({ action: 'hours.appeal', unitId: branch(1).id, actorId: account.id }),
    };
  },
  'volunteers.records.addAward': byAdmin('volunteerAward.add', async (env, branch) => {
    const volunteer = await addVolunteer(env, branch(2).id);
    return [
      branch(2),
      (c) =>
        c.volunteers.records.addAward({
          volunteerId: volunteer.id,
          title: '优秀志愿者',
          awardedOn: '2026-03-05',
          note: '',
        }),
    ];
  }),
  'volunteers.certificates.issue': byAdmin('certificate.issue', async (env, branch) => {
    const volunteer = await addVolunteer(env, branch(3).id);
    const activity = await addActivity(env, branch(3).id);
    await addHourEntry(env, activity.id, volunteer.id, { status: 'approved' });
    return [
      branch(3),
      (c) =>
        c.volunteers.certificates.issue({
          unitId: branch(3).id,
          volunteerId: volunteer.id,
          fromOn: '2026-01-01',
          toOn: '2026-12-31',
        }),
    ];
  }),
  'volunteers.certificates.revoke': byAdmin('certificate.revoke', async (env, branch) => {
    const volunteer = await addVolunteer(env, branch(3).id);
    const certificate = await env.db.volunteerCertificate.create({
      data: {
        unitId: branch(3).id,
        volunteerId: volunteer.id,
        number: newCertificateNumber(),
        fromOn: '2026-01-01',
        toOn: '2026-12-31',
        minutes: 60,
      },
    });
    return [branch(3), (c) => c.volunteers.certificates.revoke({ id: certificate.id, reason: '重新出具' })];
  }),
};
