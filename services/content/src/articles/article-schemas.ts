import { idInput, isoDate, pageInput, toIso } from '@strata/api';
import type { Article } from '@strata/db';
import { z } from 'zod';

export const articleStatus = z.enum(['draft', 'review', 'published', 'archived']);
export type ArticleStatus = z.infer<typeof articleStatus>;

export const title = z.string().trim().min(2).max(100);
export const summary = z.string().trim().max(300);
export const body = z.string().trim().min(1).max(50_000);

/** What a list of articles may be narrowed to and ordered by. */
export const articleFilter = pageInput.extend({
  unitId: idInput.optional(),
  columnId: idInput.optional(),
  status: articleStatus.optional(),
  search: z.string().trim().max(50).optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'publishedAt', 'title']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ArticleFilter = z.output<typeof articleFilter>;

export const newArticle = z.strictObject({
  columnId: idInput,
  title,
  summary: summary.default(''),
  body,
  status: articleStatus.default('draft'),
});
export type NewArticle = z.output<typeof newArticle>;

/** An edit: only the fields named change. */
export const articleChanges = z.strictObject({
  id: idInput,
  columnId: idInput.optional(),
  title: title.optional(),
  summary: summary.optional(),
  body: body.optional(),
  status: articleStatus.optional(),
});
export type ArticleChanges = z.output<typeof articleChanges>;

export const articleRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  columnId: z.number().int(),
  columnName: z.string(),
  title: z.string(),
  status: articleStatus,
  authorName: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const articleOutput = articleRow.extend({ summary: z.string(), body: z.string() });

export type ArticleWithNames = Article & {
  unit: { name: string };
  column: { name: string };
  author: { displayName: string } | null;
};

export const withNames = {
  unit: { select: { name: true } },
  column: { select: { name: true } },
  author: { select: { displayName: true } },
} as const;

export const toArticleRow = (a: ArticleWithNames): z.infer<typeof articleRow> => ({
  id: a.id,
  unitId: a.unitId,
  unitName: a.unit.name,
  columnId: a.columnId,
  columnName: a.column.name,
  title: a.title,
  status: a.status as ArticleStatus,
  authorName: a.author?.displayName ?? null,
  publishedAt: toIso(a.publishedAt),
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

export const toArticle = (a: ArticleWithNames): z.infer<typeof articleOutput> => ({
  ...toArticleRow(a),
  summary: a.summary,
  body: a.body,
});
