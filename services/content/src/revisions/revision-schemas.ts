// What the console reads of an article's revisions: the list, and two of them compared field by field.
import { idInput, isoDate } from '@strata/api';
import { z } from 'zod';

export const revisionRow = z.object({
  number: z.number().int(),
  title: z.string(),
  editorName: z.string().nullable(),
  createdAt: isoDate,
  /** The revision this one restored, if it is a restore. */
  restoredFrom: z.number().int().nullable(),
});

const part = z.object({ text: z.string(), change: z.enum(['same', 'removed', 'added']) });
const row = z.object({ left: z.array(part).nullable(), right: z.array(part).nullable(), changed: z.boolean() });

export const comparedFields = ['title', 'summary', 'byline', 'source', 'column', 'body'] as const;

export const comparison = z.object({
  from: revisionRow,
  to: revisionRow,
  fields: z.array(z.object({ field: z.enum(comparedFields), changed: z.boolean(), rows: z.array(row) })),
});

export const revisionNumber = z.number().int().positive().max(1_000_000);
export const compareInput = z.strictObject({ articleId: idInput, from: revisionNumber, to: revisionNumber });
export const restoreInput = z.strictObject({ articleId: idInput, number: revisionNumber });
