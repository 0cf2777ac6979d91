import { idInput, isoDate, pageInput } from '@strata/api';
import { z } from 'zod';

export const auditRow = z.object({
  id: z.number().int(),
  at: isoDate,
  actorName: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** Narrowing the log: to a unit's subtree, and to actions starting with a prefix ("unit." for all unit acts). */
export const auditFilter = pageInput.extend({ unitId: idInput.optional(), action: z.string().max(50).optional() });
export type AuditFilter = z.output<typeof auditFilter>;
