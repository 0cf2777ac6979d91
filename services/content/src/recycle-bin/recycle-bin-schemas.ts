import { type Instant, idInput, isoDate, pageInput, pageOf, type Scope, toIso } from '@strata/api';
import type { Article } from '@strata/db';
import { z } from 'zod';
import { type ArticleStatus, articleStatus } from '../articles/article-schemas';
import { daysLeft, isRestorable, restorableUntil } from './recycle-bin-rules';

/** The recycle bin of a unit's subtree (the caller's whole scope without one), searched by title, paged. */
export const recycleBinFilter = pageInput.extend({
  unitId: idInput.optional(),
  search: z.string().trim().max(50).optional(),
});
export type RecycleBinFilter = z.output<typeof recycleBinFilter>;

export const recycleBinRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  columnName: z.string(),
  title: z.string(),
  /** The status it had when deleted, and returns to on restore. */
  status: articleStatus,
  deletedAt: isoDate,
  deletedByName: z.string().nullable(),
  restorableUntil: isoDate,
  daysLeft: z.number().int(),
  /** What the caller may do to it: restore while the time lasts, purge with the right to. */
  actions: z.object({ restore: z.boolean(), purge: z.boolean() }),
});

/** A page of the bin, with the number past restoring and whether the caller may purge those of the unit at once. */
export const recycleBinPage = pageOf(recycleBinRow).extend({
  expired: z.number().int(),
  mayPurgeExpired: z.boolean(),
});

/** What a bin row is built from: the article's few fields, its unit (and path), column, and who deleted it. */
export type BinnedArticle = Pick<Article, 'id' | 'unitId' | 'title' | 'status'> & {
  deletedAt: Instant;
  unit: { name: string; path: string };
  column: { name: string };
  deletedBy: { displayName: string } | null;
};

export const toRecycleBinRow = (scope: Scope, a: BinnedArticle, now: Date): z.infer<typeof recycleBinRow> => {
  const deletedAt = new Date(a.deletedAt);
  return {
    id: a.id,
    unitId: a.unitId,
    unitName: a.unit.name,
    columnName: a.column.name,
    title: a.title,
    status: a.status as ArticleStatus,
    deletedAt: toIso(a.deletedAt),
    deletedByName: a.deletedBy?.displayName ?? null,
    restorableUntil: restorableUntil(deletedAt).toISOString(),
    daysLeft: daysLeft(deletedAt, now),
    actions: {
      restore: isRestorable(deletedAt, now) && scope.covers('content.review', a.unit.path),
      purge: scope.covers('content.purge', a.unit.path),
    },
  };
};
