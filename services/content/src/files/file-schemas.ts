import { idInput, pageInput } from '@strata/api';
import { fileKinds, storedFileOutput } from '@strata/files';
import { z } from 'zod';

/** What a list of files may be narrowed to and ordered by. */
export const fileFilter = pageInput.extend({
  unitId: idInput.optional(),
  kind: z.enum(fileKinds).optional(),
  search: z.string().trim().max(50).optional(),
  // By time or size: names would sort by each database's own collation, which differ.
  sort: z.enum(['createdAt', 'size']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type FileFilter = z.output<typeof fileFilter>;

/** A file in the console's lists: the stored file, its unit and uploader, and what the caller may do to it. */
export const fileRow = storedFileOutput.extend({
  unitName: z.string(),
  uploadedByName: z.string().nullable(),
  actions: z.object({ remove: z.boolean() }),
});
export type FileRow = z.infer<typeof fileRow>;

/** One file, with what uses it (anywhere: a file in use is never removed). */
export const fileDetail = fileRow.extend({
  uses: z.object({ articles: z.number().int(), documents: z.number().int() }),
});
