import { type Instant, idInput, isoDate, pageInput, type Scope, toIso } from '@strata/api';
import type { Article } from '@strata/db';
import { z } from 'zod';
import { articleActions, type SiteState, siteState } from './article-workflow';

export const articleStatus = z.enum(['draft', 'review', 'published', 'archived']);
export type ArticleStatus = z.infer<typeof articleStatus>;

export const title = z.string().trim().min(2).max(100);
export const summary = z.string().trim().max(300);
/** Rich HTML from the editor, sanitised on the server before anything else reads it (cleanBody). */
export const body = z.string().trim().min(1).max(400_000);
export const byline = z.string().trim().max(50);
export const source = z.string().trim().max(100);
/** Keywords people file and find the article by: at most 10, each 1 to 20 characters. */
export const tags = z.array(z.string().trim().min(1).max(20)).max(10);
/** One of the unit's image files, shown with the article; null for none. */
export const coverFileId = idInput.nullable();
/** An instant with its offset (`2026-12-01T08:00:00+08:00`); null clears it. */
export const instantInput = z.iso.datetime({ offset: true }).nullable();

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
  byline: byline.default(''),
  source: source.default(''),
  publishAt: instantInput.default(null),
  unpublishAt: instantInput.default(null),
  tags: tags.default([]),
  coverFileId: coverFileId.default(null),
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
  byline: byline.optional(),
  source: source.optional(),
  publishAt: instantInput.optional(),
  unpublishAt: instantInput.optional(),
  tags: tags.optional(),
  coverFileId: coverFileId.optional(),
  status: articleStatus.optional(),
});
export type ArticleChanges = z.output<typeof articleChanges>;

/** What a list shows of an article; also its image in the audit log, with `summary` and `body`. */
const articleFields = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  columnId: z.number().int(),
  columnName: z.string(),
  title: z.string(),
  status: articleStatus,
  authorName: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  publishAt: isoDate.nullable(),
  unpublishAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** How many other sites show it (the network's accepted placements). */
  placedCount: z.number().int(),
});

/** Where a published article stands on its site now (siteState), derived from the clock at read time. */
export const siteStateOutput = z.enum(['scheduled', 'live', 'ended']).nullable();

/** What the caller may do to the article (see articleActions): the console offers exactly these. */
export const articleActionsOutput = z.object({
  withdraw: z.boolean(),
  delete: z.enum(['outright', 'recycleBin']).nullable(),
});

export const articleRow = articleFields.extend({ siteState: siteStateOutput, actions: articleActionsOutput });

/** The latest review decision, which an author of a returned draft reads. */
export const lastReviewOutput = z
  .object({
    decision: z.enum(['approved', 'returned']),
    comment: z.string(),
    reviewerName: z.string().nullable(),
    at: isoDate,
  })
  .nullable();

/** A sensitive word found in the article, for its reviewer (warn-level words; block-level ones stop submitting). */
const wordHitOutput = z.object({
  field: z.enum(['title', 'summary', 'byline', 'source', 'body']),
  word: z.string(),
  level: z.enum(['block', 'warn']),
  before: z.string(),
  match: z.string(),
  after: z.string(),
});

export const articleOutput = articleRow.extend({
  summary: z.string(),
  body: z.string(),
  byline: z.string(),
  source: z.string(),
  tags: z.array(z.string()),
  coverFileId: z.number().int().nullable(),
  lastReview: lastReviewOutput,
  /** Shown to a reviewer while the article is in review; empty for everyone else. */
  wordHits: z.array(wordHitOutput),
});

type Names = {
  unit: { name: string; path: string };
  column: { name: string };
  author: { displayName: string } | null;
};
export type ArticleWithNames = Article & Names & { tags: { tag: string }[] };
/**
 * What a list row needs: never the summary and body, the bulk of an article that a list does not show. A list's
 * page reads its instants as text; an article read through Prisma has them as Date.
 */
export type ArticleListed = Pick<Article, 'id' | 'unitId' | 'columnId' | 'title' | 'status' | 'placedCount'> & {
  publishedAt: Instant | null;
  publishAt: Instant | null;
  unpublishAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
} & Names;

/** The names a list row shows (a list reads its page in SQL; this is its shape as a Prisma include). */
export const listNames = {
  unit: { select: { name: true, path: true } },
  column: { select: { name: true } },
  author: { select: { displayName: true } },
} as const;

/** What reading one article includes: the list's names and its tags. */
export const withNames = { ...listNames, tags: { select: { tag: true }, orderBy: { tag: 'asc' } } } as const;

/** Content the console works on: not in the recycle bin. Every read and write of live articles names it. */
export const live = { deletedAt: null } as const;
/** Articles in the recycle bin. */
export const binned = { deletedAt: { not: null } } as const;

const toFields = (a: ArticleListed): z.infer<typeof articleFields> => ({
  id: a.id,
  unitId: a.unitId,
  unitName: a.unit.name,
  columnId: a.columnId,
  columnName: a.column.name,
  title: a.title,
  status: a.status as ArticleStatus,
  authorName: a.author?.displayName ?? null,
  publishedAt: toIso(a.publishedAt),
  publishAt: toIso(a.publishAt),
  unpublishAt: toIso(a.unpublishAt),
  createdAt: toIso(a.createdAt),
  updatedAt: toIso(a.updatedAt),
  placedCount: a.placedCount,
});

// The fields are added to the object toFields made, not spread into a new one: V8 (Node 20) takes a slow path for
// `{ ...made(), more }`, 0.7 µs a row against 0.03 (an article page: 14 µs).

/** The article as the audit log keeps it: what it said, not what one caller could do to it. */
export const toArticleImage = (a: ArticleWithNames) =>
  Object.assign(toFields(a), {
    summary: a.summary,
    body: a.body,
    byline: a.byline,
    source: a.source,
    tags: a.tags.map((t) => t.tag),
    coverFileId: a.coverFileId,
  });

const actionsFor = (scope: Scope, a: ArticleListed) =>
  articleActions(
    { status: a.status as ArticleStatus, publishedAt: a.publishedAt },
    { mayWrite: scope.covers('content.write', a.unit.path), mayReview: scope.covers('content.review', a.unit.path) },
  );

const stateOf = (a: ArticleListed, now: Date): SiteState | null =>
  siteState({ status: a.status as ArticleStatus, publishAt: a.publishAt, unpublishAt: a.unpublishAt }, now);

export const toArticleRow = (scope: Scope, a: ArticleListed, now: Date): z.infer<typeof articleRow> =>
  Object.assign(toFields(a), { siteState: stateOf(a, now), actions: actionsFor(scope, a) });

export type LastReview = z.infer<typeof lastReviewOutput>;

export const toArticle = (
  scope: Scope,
  a: ArticleWithNames,
  { now, lastReview, wordHits = [] }: { now: Date; lastReview: LastReview; wordHits?: z.infer<typeof wordHitOutput>[] },
): z.infer<typeof articleOutput> =>
  Object.assign(toArticleImage(a), { siteState: stateOf(a, now), actions: actionsFor(scope, a), lastReview, wordHits });

/** A count that stopped at the lists' bound (`totalIsBound`: the count is a floor, there may be more). */
const boundedCount = z.object({ total: z.number().int(), totalIsBound: z.boolean() });

/** The caller's own articles in progress (the overview's drafts card): how many, and the few to open first. */
export const myArticlesOutput = z.object({
  /** Their drafts. */
  drafts: boundedCount,
  /** Of those, the ones a reviewer returned to them (the draft's latest review decision is `returned`). */
  returned: boundedCount,
  /** Their articles waiting for review. */
  review: boundedCount,
  /** At most five drafts: the returned ones first, then the most recently changed. */
  items: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      unitName: z.string(),
      columnName: z.string(),
      updatedAt: isoDate,
      /** The reviewer's comment when the draft came back; null for a draft not returned. */
      returnComment: z.string().nullable(),
    }),
  ),
});
export type MyArticles = z.infer<typeof myArticlesOutput>;
