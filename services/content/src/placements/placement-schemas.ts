// The network's placements as the console reads and writes them: where an article appears beyond its own site.
import { idInput, isoDate, pageInput } from '@strata/api';
import { z } from 'zod';

export const placementKind = z.enum(['shared', 'recommended', 'reposted']);
export type PlacementKind = z.infer<typeof placementKind>;
export const placementState = z.enum(['pending', 'accepted', 'declined']);
export type PlacementState = z.infer<typeof placementState>;

const note = z.string().trim().max(200);

export const shareInput = z.strictObject({
  articleId: idInput,
  /** Units directly below the article's unit; omitted: every active one. */
  unitIds: z.array(idInput).min(1).max(500).optional(),
});
export const recommendInput = z.strictObject({ articleId: idInput, note: note.default('') });
export const decideInput = z.strictObject({
  id: idInput,
  decision: z.enum(['accept', 'decline']),
  /** The deciding unit's column it shows in (accept). */
  columnId: idInput.optional(),
  /** Why it is declined (decline: at least 2 characters). */
  note: note.default(''),
});
export const repostInput = z.strictObject({ articleId: idInput, columnId: idInput });
export const queueInput = pageInput.extend({
  unitId: idInput.optional(),
  state: placementState.default('pending'),
});

export const placementRow = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  columnId: z.number().int().nullable(),
  columnName: z.string().nullable(),
  kind: placementKind,
  state: placementState,
  note: z.string(),
  createdAt: isoDate,
  decidedAt: isoDate.nullable(),
  /** What the caller may do: take it off that site; decide a pending recommendation. */
  actions: z.object({ remove: z.boolean(), decide: z.boolean() }),
});
export type PlacementRow = z.infer<typeof placementRow>;

export const placementsOfArticle = z.object({
  /** The article's own site and column. */
  home: z.object({ unitId: z.number().int(), unitName: z.string(), columnName: z.string() }),
  /** Its placements on sites the caller reads. */
  placements: z.array(placementRow),
  /** Placements on sites outside the caller's scope (their names are not the caller's to read). */
  elsewhere: z.number().int(),
});

export const queueRow = placementRow.extend({
  articleTitle: z.string(),
  fromUnitName: z.string(),
  articleStatus: z.string(),
});
