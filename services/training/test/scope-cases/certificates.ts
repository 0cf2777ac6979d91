// Scope cases of the training certificates. In each own township: a certificate of a learner of its branch is listed
// (training.read) and one of its course revoked (training.manage); for 东湖街道 (and a township where the caller's
// grant carries no training permission) the list of its unit and the revocation answer exactly as for a missing
// unit or certificate, and nothing is revoked. The caller's own certificates are those of their own enrolments.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { eachPlace, expectHidden, missing, type Place, type ScopeTest } from '../../../../tests/support/scope-test';
import { addCertificate } from '../support/learning';
import { addCourse, addEnrolment, addLearner } from '../support/training';
import { elsewhere } from './learning';

/** A certificate of a learner of the place's branch, of a course of the place's township. */
async function certificateAt(t: ScopeTest, p: Place) {
  const bundle = await addCourse(t.env, p.township.id);
  const enrolment = await addEnrolment(t.env, bundle, await addLearner(t.env, (p.branches[0] as Unit).id));
  return addCertificate(t.env, bundle, enrolment);
}

export const scopeCases = {
  'training.certificates.list': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.read',
      async (p) => {
        const certificate = await certificateAt(t, p);
        const page = await t.a.training.certificates.list({ unitId: p.township.id, q: certificate.number });
        expect(page.items.map((c) => c.id)).toEqual([certificate.id]);
      },
      async (p) => {
        const certificate = await certificateAt(t, p);
        await expectHidden(
          t.a.training.certificates.list({ unitId: p.township.id }),
          t.a.training.certificates.list({ unitId: missing }),
        );
        expect((await t.a.training.certificates.list({ q: certificate.number })).total).toBe(0);
      },
    ),

  'training.certificates.revoke': (t: ScopeTest) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const certificate = await certificateAt(t, p);
        expect(await t.a.training.certificates.revoke({ id: certificate.id, reason: '成绩登记有误' })).toMatchObject({
          id: certificate.id,
        });
      },
      async (p) => {
        const certificate = await certificateAt(t, p);
        await expectHidden(
          t.a.training.certificates.revoke({ id: certificate.id, reason: '成绩登记有误' }),
          t.a.training.certificates.revoke({ id: missing, reason: '成绩登记有误' }),
        );
        expect(
          (await t.env.db.trainingCertificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokedAt,
        ).toBeNull();
      },
    ),

  'training.certificates.mine': async (t: ScopeTest) => {
    const bundle = await addCourse(t.env, t.user.unitId);
    const me = await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } });
    const own = await addCertificate(t.env, bundle, await addEnrolment(t.env, bundle, me));
    const unit = await elsewhere(t);
    const other = await addCourse(t.env, unit.id);
    const theirs = await addCertificate(
      t.env,
      other,
      await addEnrolment(t.env, other, await addLearner(t.env, unit.id)),
    );
    const mine = await t.a.training.certificates.mine({});
    expect(mine.map((c) => c.id)).toContain(own.id);
    expect(mine.map((c) => c.id)).not.toContain(theirs.id);
  },
};
