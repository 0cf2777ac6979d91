import { idInput, type Scope } from '@strata/api';
import type { Column, Prisma } from '@strata/db';
import { z } from 'zod';

// 'none': the column keeps no cadence (the freshness board leaves it untracked).
export const cadence = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'none']);
export type Cadence = z.infer<typeof cadence>;
export const columnName = z.string().trim().min(1).max(20);

export const columnOutput = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  key: z.string().nullable(),
  name: z.string(),
  sort: z.number().int(),
  hidden: z.boolean(),
  cadence,
  articleCount: z.number().int(),
});

export const newColumn = z.strictObject({ unitId: idInput, name: columnName, cadence: cadence.default('weekly') });
export type NewColumn = z.output<typeof newColumn>;

/** An edit: only the fields named change. */
export const columnChanges = z.strictObject({
  id: idInput,
  name: columnName.optional(),
  hidden: z.boolean().optional(),
  sort: z.number().int().min(0).max(999).optional(),
  cadence: cadence.optional(),
});
export type ColumnChanges = z.output<typeof columnChanges>;

/** A unit's columns in their new order, by id. */
export const columnOrder = z.strictObject({ unitId: idInput, ids: z.array(idInput).min(1).max(200) });
export type ColumnOrder = z.output<typeof columnOrder>;

/** Each column's live article count (the recycle bin's are not in it), within the caller's scope like every read. */
export const articleCount = (scope: Scope) => ({
  _count: { select: { articles: { where: { ...scope.ownedWhere('content.read'), deletedAt: null } } } },
});

/** Columns in the order a unit shows them; the id settles equal sort keys. */
export const columnOrdering: Prisma.ColumnOrderByWithRelationInput[] = [{ sort: 'asc' }, { id: 'asc' }];

export const toColumn = (c: Column & { _count?: { articles: number } }): z.infer<typeof columnOutput> => ({
  id: c.id,
  unitId: c.unitId,
  key: c.key,
  name: c.name,
  sort: c.sort,
  hidden: c.hidden,
  cadence: c.cadence as z.infer<typeof cadence>,
  articleCount: c._count?.articles ?? 0,
});
