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
/**
 * An instant as a procedure holds it: a Date, or the ISO text a list's page reads (scopedPage reads DateTimes as
 * text, since that is what it sends).
 */
export type Instant = Date | string;
/** An instant as the API sends it: ISO 8601, UTC, with milliseconds (Date's toISOString). */
export function toIso(d: Instant): string;
export function toIso(d: Instant | null): string | null;
export function toIso(d: Instant | null): string | null {
  return d === null ? null : typeof d === 'string' ? d : d.toISOString();
}
