import { z } from 'zod';

/** The largest id (and integer input) the databases store: PostgreSQL's integer. */
export const maxInt = 2_147_483_647;

/** The one id input: a positive integer the database can hold (a larger one is a field error, not a 500). */
export const idInput = z.number().int().positive().max(maxInt);

/** The one paging input: 1-based page, at most 100 rows. */
export const pageInput = z.strictObject({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const pageArgs = ({ page, pageSize }: { page: number; pageSize: number }) => ({
  skip: (page - 1) * pageSize,
  take: pageSize,
});

/**
 * A page of a list and its total. `totalIsBound`: the list has more rows than it counts (`listCountBound` in
 * @strata/contract), and `total` is that bound.
 */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), totalIsBound: z.boolean() });

export const isoDate = z.string();
export const toIso = (d: Date | null) => (d ? d.toISOString() : null);
