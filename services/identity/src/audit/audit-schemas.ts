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
  /** The object's name as it was; null for entries older than labels, or when it is withheld. */
  entityLabel: z.string().nullable(),
  /** The object belongs to a unit outside the reader's scope: its name is not shown. */
  labelWithheld: z.boolean(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  clientAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});

/** An entity kind as services record it ("User", "Article"): letters only. */
export const auditEntityKind = z
  .string()
  .regex(/^[A-Za-z]+$/)
  .max(40);

/**
 * Narrowing the log: to a unit's subtree, to actions starting with a prefix ("unit." for all unit acts),
 * to calendar days in the organisation's zone (`from`..`to`, both included), to one actor, to one kind of
 * object (or one object, its history), and to objects whose name (as it was) contains the search text or whose id it is.
 */
export const auditFilter = pageInput
  .extend({
    unitId: idInput.optional(),
    action: z.string().max(50).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    actorId: idInput.optional(),
    entity: auditEntityKind.optional(),
    /** One object's entries (with `entity`): its history. */
    entityId: z.string().trim().min(1).max(40).optional(),
    search: z.string().trim().max(100).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], params: { key: 'dateRangeReversed' } });
export type AuditFilter = z.output<typeof auditFilter>;

/** The actors the reader's log names, for the operator picker. */
export const auditActorsInput = z.strictObject({
  unitId: idInput.optional(),
  search: z.string().trim().max(50).optional(),
});
export type AuditActorsInput = z.output<typeof auditActorsInput>;
export const auditActor = z.object({ id: z.number().int(), displayName: z.string() });

/** Most actors the picker offers at once; typing narrows it. */
export const auditActorsLimit = 50;
