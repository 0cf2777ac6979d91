// The certificates area's operations across scopes (a learner's own certificates, found by their account's
// enrolments, never by an id from the page), bound to the raw client once at start-up; procedures call them as
// ctx.system.training.<op>.
import { toIso } from '@strata/api';
import type { Db } from '@strata/db';
import type { OwnCertificate } from './certificates-schemas';

export const certificatesSystem = (db: Db) => ({
  /** The caller's own training certificates, newest issued first (revoked ones too, marked). */
  async ownTrainingCertificates(accountId: number): Promise<OwnCertificate[]> {
    const rows = await db.trainingCertificate.findMany({
      where: { enrolment: { userId: accountId } },
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      select: {
        id: true,
        number: true,
        courseTitle: true,
        issuedAt: true,
        revokedAt: true,
        courseUnit: { select: { name: true } },
        enrolment: { select: { courseId: true } },
      },
    });
    return rows.map((c) => ({
      id: c.id,
      number: c.number,
      courseId: c.enrolment.courseId,
      courseTitle: c.courseTitle,
      courseUnitName: c.courseUnit.name,
      issuedAt: toIso(c.issuedAt),
      revoked: c.revokedAt !== null,
    }));
  },
});
