// Certificates of service hours: issued by a unit for a volunteer of its subtree over a period, listed, revoked, and
// a volunteer's own.
import { idInput, pageOf } from '@strata/api';
import { volunteerLimits } from '@strata/contract';
import { z } from 'zod';
import { dayInput } from '../records/records-schemas';

export const issueInput = z.strictObject({ unitId: idInput, volunteerId: idInput, fromOn: dayInput, toOn: dayInput });
export const issueResult = z.object({ id: z.number().int(), number: z.string(), minutes: z.number().int() });

export const certificateFilter = z.strictObject({
  unitId: idInput,
  /** A verification number, or part of a volunteer's name. */
  q: z.string().trim().max(40).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export type CertificateFilter = z.output<typeof certificateFilter>;

export const certificateRow = z.object({
  id: z.number().int(),
  number: z.string(),
  volunteerId: z.number().int(),
  volunteerName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  minutes: z.number().int(),
  fromOn: z.string(),
  toOn: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type CertificateRow = z.output<typeof certificateRow>;
export const certificatePage = pageOf(certificateRow);

export const revokeInput = z.strictObject({
  id: idInput,
  reason: z.string().trim().min(1).max(volunteerLimits.reason),
});

export const ownCertificate = z.object({
  id: z.number().int(),
  number: z.string(),
  unitName: z.string(),
  minutes: z.number().int(),
  fromOn: z.string(),
  toOn: z.string(),
  issuedAt: z.string(),
  revoked: z.boolean(),
});
