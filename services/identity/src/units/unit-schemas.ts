import { idInput, isoDate, toIso } from '@strata/api';
import { unitNameMax } from '@strata/contract';
import type { Unit } from '@strata/db';
import { z } from 'zod';

export const unitKinds = ['municipality', 'township', 'branch', 'group'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const unitKind = z.enum(unitKinds);

/** A child must sit below its parent in this order (a branch under a township, a group under a branch...). */
export const kindRank: Record<UnitKind, number> = { municipality: 0, township: 1, branch: 2, group: 3 };

export const unitName = z.string().trim().min(1).max(unitNameMax);

export const newUnit = z.strictObject({ parentId: idInput, kind: unitKind, name: unitName });
export type NewUnit = z.output<typeof newUnit>;

export const unitOutput = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: unitKind,
  name: z.string(),
  path: z.string(),
  depth: z.number().int(),
  archivedAt: isoDate.nullable(),
});

export const toUnitOutput = (
  u: Pick<Unit, 'id' | 'parentId' | 'kind' | 'name' | 'path' | 'depth' | 'archivedAt'>,
): z.infer<typeof unitOutput> => ({
  id: u.id,
  parentId: u.parentId,
  kind: u.kind as UnitKind,
  name: u.name,
  path: u.path,
  depth: u.depth,
  archivedAt: toIso(u.archivedAt),
});
