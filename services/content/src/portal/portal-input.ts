// What a portal address may carry, checked before anything is read: an id, a page number, search words. A value
// that is not one of these answers 404 (an id: there is no such page) or 400 (a page number, the search words),
// never an error of the server.
import { idInput, type PublicPageRequest } from '@strata/api';
import { z } from 'zod';

/** Pages of a list: deep enough for any reader, bounded so an offset stays cheap to refuse. */
export const maxPage = 500;

const id = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(idInput);

const page = z
  .string()
  .regex(/^[1-9]\d{0,3}$/)
  .transform(Number)
  .pipe(z.number().int().max(maxPage))
  .optional();

/** Search words: trimmed, at most 50 characters (the box's own limit); none is an empty search. */
const words = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v ?? '').trim().replace(/\s+/g, ' '))
  .pipe(z.string().max(50));

export const idParam = (value: string | undefined): number | null => {
  const parsed = id.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The `page` of the query: 1 when absent, null when it is not a page number (or given twice). */
export const pageParam = (query: PublicPageRequest['query']): number | null => {
  const parsed = page.safeParse(query.page);
  return parsed.success ? (parsed.data ?? 1) : null;
};

/** The `q` of the query, cleaned; null when it is too long or given twice. */
export const wordsParam = (query: PublicPageRequest['query']): string | null => {
  const parsed = words.safeParse(query.q);
  return parsed.success ? parsed.data : null;
};
