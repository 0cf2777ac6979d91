// The training certificates' inputs and outputs: the caller's own, a list either side of them sees (the learners'
// unit's or the course's), and revoking one (with its reason).
import { idInput, pageOf } from '@strata/api';
import { trainingLimits } from '@strata/contract';
import { z } from 'zod';

export const certificateFilter = z.strictObject({
  /** The unit subtree: certificates of its people (training.read) or of its courses (training.teach). */
  unitId: idInput.optional(),
  courseId: idInput.optional(),
  /** A verification number (exactly), or part of the learner's name. */
  q: z.string().trim().max(50).optional(),
  revoked: z.boolean().optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export type CertificateFilter = z.output<typeof certificateFilter>;

export const certificateRow = z.object({
  id: z.number().int(),
  number: z.string(),
  /** As they were at issue. */
  learnerName: z.string(),
  courseTitle: z.string(),
  unitName: z.string(),
  courseId: z.number().int(),
  /** The unit running the course: whoever manages it may revoke. */
  courseUnitId: z.number().int(),
  courseUnitName: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type CertificateRow = z.output<typeof certificateRow>;
export const certificatePage = pageOf(certificateRow);

export const revokeInput = z.strictObject({
  id: idInput,
  reason: z.string().trim().min(1).max(trainingLimits.revokeReasonMax),
});
export const revokeResult = z.object({ id: z.number().int(), revokedAt: z.string() });

export const ownCertificate = z.object({
  id: z.number().int(),
  number: z.string(),
  courseId: z.number().int(),
  courseTitle: z.string(),
  courseUnitName: z.string(),
  issuedAt: z.string(),
  revoked: z.boolean(),
});
export type OwnCertificate = z.output<typeof ownCertificate>;
