import { z } from 'zod';

/** The one id input: a positive integer. */
export const idInput = z.number().int().positive();

/** The one paging input: 1-based page, at most 100 rows. */
export const pageInput = z.strictObject({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const pageArgs = ({ page, pageSize }: { page: number; pageSize: number }) => ({
  skip: (page - 1) * pageSize,
  take: pageSize,
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const isoDate = z.string();
export const toIso = (d: Date | null) => (d ? d.toISOString() : null);
