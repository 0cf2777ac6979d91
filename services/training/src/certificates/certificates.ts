// Training certificates on the staff side: listed by either side of their learners (the learners' units' admins,
// training.read, and the courses' trainers, training.teach), and revoked by the course's unit (training.manage there:
// the unit that runs the course vouches for its completion). A revoked certificate stays, and verifies as revoked;
// the reason is kept in the audit entry.
import { type Actor, AppError, type Page, recordAudit, type Scope, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { taught } from '../common/in-scope';
import { certificateNumbers } from '../enrolments/progress';
import { trainingMessage } from '../locales';
import type { CertificateFilter, CertificateRow } from './certificates-schemas';

/** The subtree a list is narrowed to: a unit where the caller reads its people's training or teaches its courses. */
async function narrowedTo(db: Db, scope: Scope, unitId: number | undefined) {
  if (unitId === undefined) return undefined;
  const unit = await db.unit.findFirst({
    where: {
      id: unitId,
      OR: [...scope.unitWhere('training.read').OR, ...scope.unitWhere('training.teach').OR],
    },
    select: { path: true },
  });
  if (!unit) throw new AppError('NOT_FOUND', trainingMessage('trainingCertificateUnitNotFound'));
  return unit.path;
}

/** Certificates either side of their learners sees, newest issued first. */
export async function listCertificates(db: Db, scope: Scope, filter: CertificateFilter): Promise<Page<CertificateRow>> {
  const within = await narrowedTo(db, scope, filter.unitId);
  const number = filter.q ? certificateNumbers.read(filter.q) : null;
  const where = {
    OR: [scope.ownedWhere('training.read', within), taught(scope, within)],
    ...(filter.courseId ? { enrolment: { courseId: filter.courseId, ...eitherSideOf(scope) } } : {}),
    ...(filter.revoked === true ? { revokedAt: { not: null } } : filter.revoked === false ? { revokedAt: null } : {}),
    ...(filter.q ? (number ? { number } : { learnerName: { contains: filter.q } }) : {}),
  };
  const [rows, total] = await Promise.all([
    db.trainingCertificate.findMany({
      where,
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: {
        id: true,
        number: true,
        learnerName: true,
        courseTitle: true,
        issuedAt: true,
        revokedAt: true,
        courseUnitId: true,
        unit: { select: { name: true } },
        courseUnit: { select: { name: true } },
        enrolment: { select: { courseId: true } },
      },
    }),
    db.trainingCertificate.count({ where }),
  ]);
  return {
    items: rows.map((c) => ({
      id: c.id,
      number: c.number,
      learnerName: c.learnerName,
      courseTitle: c.courseTitle,
      unitName: c.unit.name,
      courseId: c.enrolment.courseId,
      courseUnitId: c.courseUnitId,
      courseUnitName: c.courseUnit.name,
      issuedAt: toIso(c.issuedAt),
      revokedAt: toIso(c.revokedAt),
    })),
    total,
    totalIsBound: false,
  };
}

/** The enrolment side of a relation filter: the guard asks the same scope of it. */
const eitherSideOf = (scope: Scope) => ({ OR: [scope.ownedWhere('training.read'), taught(scope)] });

/** Revokes a certificate of a course the caller manages (training.manage at the course's unit). */
export async function revokeCertificate(tx: Tx, actor: Actor, input: { id: number; reason: string }) {
  const { scope, actorId, now } = actor;
  const managed = scope.sharedWhere('courseUnit', 'training.manage');
  const certificate = await tx.trainingCertificate.findFirst({
    where: { id: input.id, ...managed },
    select: { id: true, number: true, courseUnitId: true, courseTitle: true, learnerName: true, revokedAt: true },
  });
  if (!certificate) throw new AppError('NOT_FOUND', trainingMessage('trainingCertificateNotFound'));
  if (certificate.revokedAt) throw new AppError('CONFLICT', trainingMessage('trainingCertificateRevoked'));
  const { count } = await tx.trainingCertificate.updateMany({
    where: { id: certificate.id, revokedAt: null, ...managed },
    data: { revokedAt: now },
  });
  if (count !== 1) throw new AppError('CONFLICT', trainingMessage('trainingCertificateRevoked'));
  await recordAudit(tx, {
    actorId,
    unitId: certificate.courseUnitId,
    action: 'trainingCertificate.revoke',
    entity: 'TrainingCertificate',
    entityId: certificate.id,
    label: `${certificate.courseTitle} ${certificate.number}`,
    before: { revokedAt: null },
    after: { revokedAt: now.toISOString(), reason: input.reason },
  });
  return { id: certificate.id, revokedAt: now.toISOString() };
}
