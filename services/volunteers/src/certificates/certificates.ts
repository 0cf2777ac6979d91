// Certificates of service hours (volunteers.certify). The issuing unit is one where the caller certifies, and its
// subtree holds the volunteer's unit; the certificate states the approved minutes the volunteer served in the period
// at every certifying unit, under a random number anyone may verify on the portal. A revoked certificate stays, and
// verifies as revoked.
import {
  type Actor,
  AppError,
  fieldError,
  mapPage,
  type Page,
  pageArgs,
  recordAudit,
  type Scope,
  scopedPage,
  toIso,
  unitInScope,
  withinPath,
} from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { volunteersMessage } from '../locales';
import { approvedMinutes, certificateSource, listedCertificates, numberTaken } from './certificate.sql';
import { certificateNumberOf, newCertificateNumber } from './certificate-number';
import type { CertificateFilter, CertificateRow } from './certificates-schemas';

export async function issueCertificate(
  tx: Tx,
  actor: Actor,
  input: { unitId: number; volunteerId: number; fromOn: string; toOn: string },
) {
  const { scope, actorId, now } = actor;
  const unit = await unitInScope(tx, scope, 'volunteers.certify', input.unitId);
  // A volunteer of the issuing unit's subtree (a volunteer elsewhere answers as a missing one).
  const volunteer = await tx.volunteer.findFirst({
    where: { id: input.volunteerId, ...scope.ownedWhere('volunteers.certify', unit.path) },
  });
  if (!volunteer) throw new AppError('NOT_FOUND', volunteersMessage('volunteerNotFound'));
  if (input.fromOn > input.toOn) throw fieldError('toOn', volunteersMessage('periodInvalid'));
  const minutes = await approvedMinutes(tx, volunteer.id, input.fromOn, input.toOn);
  if (minutes === 0) throw new AppError('CONFLICT', volunteersMessage('certificateNoHours'));
  let number = newCertificateNumber();
  while (await numberTaken(tx, number)) number = newCertificateNumber();
  const certificate = await tx.volunteerCertificate.create({
    data: {
      unitId: unit.id,
      volunteerId: volunteer.id,
      number,
      fromOn: input.fromOn,
      toOn: input.toOn,
      minutes,
      issuedAt: now,
      issuedById: actorId,
    },
  });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'certificate.issue',
    entity: 'VolunteerCertificate',
    entityId: certificate.id,
    label: `${volunteer.name} ${number}`,
    after: { volunteerId: volunteer.id, number, fromOn: input.fromOn, toOn: input.toOn, minutes },
  });
  return { id: certificate.id, number, minutes };
}

export async function revokeCertificate(tx: Tx, actor: Actor, input: { id: number; reason: string }) {
  const { scope, actorId, now } = actor;
  const inScope = scope.ownedWhere('volunteers.certify');
  const certificate = await tx.volunteerCertificate.findFirst({ where: { id: input.id, ...inScope } });
  if (!certificate) throw new AppError('NOT_FOUND', volunteersMessage('certificateNotFound'));
  if (certificate.revokedAt) throw new AppError('CONFLICT', volunteersMessage('certificateRevoked'));
  const { count } = await tx.volunteerCertificate.updateMany({
    where: { id: certificate.id, revokedAt: null, ...inScope },
    data: { revokedAt: now },
  });
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('certificateRevoked'));
  await recordAudit(tx, {
    actorId,
    unitId: certificate.unitId,
    action: 'certificate.revoke',
    entity: 'VolunteerCertificate',
    entityId: certificate.id,
    label: certificate.number,
    before: { revokedAt: null },
    after: { revokedAt: now.toISOString(), reason: input.reason },
  });
  return { id: certificate.id };
}

/** A unit subtree's certificates, newest issued first, a page at a time in the caller's volunteers.read scope. */
export async function listCertificates(db: Db, scope: Scope, filter: CertificateFilter): Promise<Page<CertificateRow>> {
  const within = await withinPath(db, scope, 'volunteers.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'volunteers.read',
    within,
    source: certificateSource(filter, filter.q ? certificateNumberOf(filter.q) : null),
    ...pageArgs(filter),
    rows: listedCertificates,
  });
  return mapPage(page, (c) => ({
    id: c.id,
    number: c.number,
    volunteerId: c.volunteerId,
    volunteerName: c.volunteerName,
    unitId: c.unitId,
    unitName: c.unitName,
    minutes: c.minutes,
    fromOn: c.fromOn,
    toOn: c.toOn,
    issuedAt: toIso(c.issuedAt),
    revokedAt: toIso(c.revokedAt),
  }));
}
