// Scope cases of the certificates: an own township issues a certificate for a volunteer of its branch with approved
// hours, lists and revokes it; a 东湖街道 unit or volunteer (and a township where the caller's grant gives no
// volunteers rights) answers as a missing one and nothing is issued or revoked. The caller's own certificates are
// their own profile's.
import { expect } from 'vitest';
import { eachPlace, expectHidden, missing, type Place, type ScopeTest } from '../../../../tests/support/scope-test';
import { newCertificateNumber } from '../../src/certificates/certificate-number';
import { addActivity, addHourEntry, addVolunteer } from '../support/volunteers';
import { ownProfile } from './hours';

/** A volunteer of the place's first branch with 120 approved minutes in March 2026. */
async function servedAt(t: ScopeTest, p: Place) {
  const volunteer = await addVolunteer(t.env, p.branches[0]!.id);
  const activity = await addActivity(t.env, p.township.id);
  await addHourEntry(t.env, activity.id, volunteer.id, { minutes: 120, status: 'approved' });
  return volunteer;
}
const period = { fromOn: '2026-01-01', toOn: '2026-12-31' };

/** A certificate issued straight to the database (as issuing it would leave it). */
async function certificateAt(t: ScopeTest, p: Place) {
  const volunteer = await servedAt(t, p);
  return t.env.db.volunteerCertificate.create({
    data: {
      unitId: p.township.id,
      volunteerId: volunteer.id,
      number: newCertificateNumber(),
      ...period,
      minutes: 120,
    },
  });
}

export const scopeCases = {
  'volunteers.certificates.issue': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.certify',
      async (p) => {
        const volunteer = await servedAt(t, p);
        const issued = await t.a.volunteers.certificates.issue({
          unitId: p.township.id,
          volunteerId: volunteer.id,
          ...period,
        });
        expect(issued).toMatchObject({ minutes: 120, number: expect.stringMatching(/^VC-[A-Z2-9]{12}$/) });
      },
      async (p) => {
        const volunteer = await servedAt(t, p);
        const issue = (unitId: number, volunteerId: number) =>
          t.a.volunteers.certificates.issue({ unitId, volunteerId, ...period });
        await expectHidden(issue(p.township.id, volunteer.id), issue(missing, volunteer.id));
        // Nor in an own township's name: the volunteer is not of its subtree.
        const own = t.places.find((o) => t.may('volunteers.certify', o.township.path)) as Place;
        await expectHidden(issue(own.township.id, volunteer.id), issue(own.township.id, missing));
        expect(await t.env.db.volunteerCertificate.count({ where: { volunteerId: volunteer.id } })).toBe(0);
      },
    ),

  'volunteers.certificates.list': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const certificate = await certificateAt(t, p);
        const page = await t.a.volunteers.certificates.list({ unitId: p.township.id, q: certificate.number });
        expect(page.items.map((c) => c.id)).toEqual([certificate.id]);
      },
      async (p) => {
        await certificateAt(t, p);
        await expectHidden(
          t.a.volunteers.certificates.list({ unitId: p.township.id }),
          t.a.volunteers.certificates.list({ unitId: missing }),
        );
      },
    ),

  'volunteers.certificates.revoke': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.certify',
      async (p) => {
        const certificate = await certificateAt(t, p);
        expect(await t.a.volunteers.certificates.revoke({ id: certificate.id, reason: '时长有误' })).toEqual({
          id: certificate.id,
        });
      },
      async (p) => {
        const certificate = await certificateAt(t, p);
        await expectHidden(
          t.a.volunteers.certificates.revoke({ id: certificate.id, reason: '时长有误' }),
          t.a.volunteers.certificates.revoke({ id: missing, reason: '时长有误' }),
        );
        expect(
          (await t.env.db.volunteerCertificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokedAt,
        ).toBeNull();
      },
    ),

  'volunteers.certificates.mine': async (t: ScopeTest) => {
    const own = await ownProfile(t);
    const mine = await t.a.volunteers.certificates.mine({});
    const theirs = await certificateAt(t, t.foreign);
    expect(mine.map((c) => c.number)).not.toContain(theirs.number);
    const rows = await t.env.db.volunteerCertificate.findMany({ where: { volunteerId: own.id } });
    expect(mine.map((c) => c.id).sort()).toEqual(rows.map((c) => c.id).sort());
  },
};
