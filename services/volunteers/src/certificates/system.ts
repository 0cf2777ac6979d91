// The certificates area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
import { toIso } from '@strata/api';
import type { Db } from '@strata/db';
import { ownVolunteer } from '../common/own-volunteer';

export const certificatesSystem = (db: Db) => ({
  /** The caller's own certificates, newest issued first. */
  async ownCertificates(accountId: number) {
    const volunteer = await ownVolunteer(db, accountId);
    const rows = await db.volunteerCertificate.findMany({
      where: { volunteerId: volunteer.id },
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      include: { unit: { select: { name: true } } },
    });
    return rows.map((c) => ({
      id: c.id,
      number: c.number,
      unitName: c.unit.name,
      minutes: c.minutes,
      fromOn: c.fromOn,
      toOn: c.toOn,
      issuedAt: toIso(c.issuedAt),
      revoked: c.revokedAt !== null,
    }));
  },
});
