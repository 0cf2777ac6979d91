// The article lists' side of a scoped page (see scopedPage in @strata/api): the table, the conditions a filter
// names and the sort keys, each as reviewed SQL. Every sort key has its two indexes (models/content.prisma):
// (key, id, unitId, deletedAt, status) for walking in order and (unitId, key, id, deletedAt, status) for reading
// unit by unit; a status filter is read from the same index.
import { type CountSource, type PageSource, reviewedSql } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import type { ArticleFilter, ArticleStatus } from './article-schemas';

const table = reviewedSql`"Article" r`;

const sortKeys = {
  updatedAt: reviewedSql`r."updatedAt"`,
  createdAt: reviewedSql`r."createdAt"`,
  publishedAt: reviewedSql`r."publishedAt"`,
  // Titles sort by their natural key (pinyin, numbers by value), not by code point.
  title: reviewedSql`r."titleKey"`,
} as const satisfies Record<ArticleFilter['sort'], Prisma.Sql>;

const searched = (search: string | undefined) =>
  search ? [reviewedSql`r."title" LIKE ${`%${literalContains(search)}%`}`] : [];

// Stated as a test rather than a column condition: SQLite would otherwise take `deletedAt IS NULL` as an equality
// to look up in the recycle bin's (deletedAt, ...) index and sort the whole scope, instead of walking the sort
// key's index (every index of a live list carries deletedAt, so it is read there all the same).
const live = reviewedSql`(r."deletedAt" IS NULL) = TRUE`;

/** Live articles in one status, for counting; (status, unitId, deletedAt) and (unitId, status, deletedAt) serve it. */
export const liveInStatus = (status: ArticleStatus): CountSource => ({
  table,
  where: [live, reviewedSql`r."status" = ${status}`],
});

/** Live articles (not in the recycle bin) narrowed by the list's filter, in its order. */
export const liveArticles = (filter: ArticleFilter): PageSource => ({
  table,
  where: [
    live,
    ...(filter.columnId ? [reviewedSql`r."columnId" = ${filter.columnId}`] : []),
    ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
    ...searched(filter.search),
  ],
  key: sortKeys[filter.sort],
  order: filter.order,
});

/** The recycle bin: deleted articles, most recently deleted first. */
export const binnedArticles = (search: string | undefined): PageSource => ({
  table,
  where: [reviewedSql`r."deletedAt" IS NOT NULL`, ...searched(search)],
  key: reviewedSql`r."deletedAt"`,
  order: 'desc',
});
