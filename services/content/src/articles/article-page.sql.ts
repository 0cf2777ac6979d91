// The article lists' side of a scoped page (see scopedPage in @strata/api): the table, the conditions a filter
// names and the sort keys, each as reviewed SQL. Every sort key has its two indexes (models/content.prisma):
// (key, id, unitId, deletedAt, status) for walking in order and (unitId, key, id, deletedAt, status) for reading
// unit by unit; a status filter is read from the same index.
import { type CountSource, type PageRows, type PageSource, reviewedSql } from '@strata/api';
import type { Db, Prisma } from '@strata/db';
import { searchQuery } from '@strata/text';
import type { BinnedArticle } from '../recycle-bin/recycle-bin-schemas';
import type { ArticleFilter, ArticleListed, ArticleStatus } from './article-schemas';
import { articleMatches } from './article-search.sql';

const table = reviewedSql`"Article" r`;

const sortKeys = {
  updatedAt: reviewedSql`r."updatedAt"`,
  createdAt: reviewedSql`r."createdAt"`,
  publishedAt: reviewedSql`r."publishedAt"`,
  // Titles sort by their natural key (pinyin, numbers by value), not by code point.
  title: reviewedSql`r."titleKey"`,
} as const satisfies Record<ArticleFilter['sort'], Prisma.Sql>;

/** A search finds articles by their words and their title's characters (article-search.sql.ts), never by LIKE. */
const searched = (db: Db, search: string | undefined) =>
  search ? [articleMatches(db, reviewedSql`r."id"`, searchQuery(search))] : [];

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
export const liveArticles = (db: Db, filter: ArticleFilter): PageSource => ({
  table,
  where: [
    live,
    ...(filter.columnId ? [reviewedSql`r."columnId" = ${filter.columnId}`] : []),
    ...(filter.status ? [reviewedSql`r."status" = ${filter.status}`] : []),
    ...searched(db, filter.search),
  ],
  key: sortKeys[filter.sort],
  order: filter.order,
});

/** The recycle bin: deleted articles, most recently deleted first. */
export const binnedArticles = (db: Db, search: string | undefined): PageSource => ({
  table,
  where: [reviewedSql`r."deletedAt" IS NOT NULL`, ...searched(db, search)],
  key: reviewedSql`r."deletedAt"`,
  order: 'desc',
});

/** The names every article row shows, as the page statement reads them (joined as n and c). */
type NamesRead = { unitName: string; unitPath: string; columnName: string };
const names = (r: NamesRead) => ({ unit: { name: r.unitName, path: r.unitPath }, column: { name: r.columnName } });
const person = (displayName: string | null) => (displayName === null ? null : { displayName });

/** An article list's row as the page statement reads it: the article's listed fields and the names it shows. */
type ListedRow = Omit<ArticleListed, 'unit' | 'column' | 'author'> & NamesRead & { authorName: string | null };

/** What an article list shows of each row (never the summary and body): the fields, unit, column and author. */
export const listedRows: PageRows<ListedRow, ArticleListed> = {
  columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", r."columnId" AS "columnId", r."title" AS "title", r."status" AS "status", r."publishedAt" AS "publishedAt", r."publishAt" AS "publishAt", r."unpublishAt" AS "unpublishAt", r."createdAt" AS "createdAt", r."updatedAt" AS "updatedAt", r."placedCount" AS "placedCount", n."name" AS "unitName", n."path" AS "unitPath", c."name" AS "columnName", a."displayName" AS "authorName"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" JOIN "Column" c ON c."id" = r."columnId" LEFT JOIN "User" a ON a."id" = r."authorId"`,
  item: ([row]) => {
    const r = row as ListedRow;
    return {
      id: r.id,
      unitId: r.unitId,
      columnId: r.columnId,
      title: r.title,
      status: r.status,
      publishedAt: r.publishedAt,
      publishAt: r.publishAt,
      unpublishAt: r.unpublishAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      placedCount: r.placedCount,
      ...names(r),
      author: person(r.authorName),
    };
  },
};

type BinnedRow = Omit<BinnedArticle, 'unit' | 'column' | 'deletedBy'> & NamesRead & { deletedByName: string | null };

/** What the recycle bin shows of each row: the article, its unit and column, and who deleted it. */
export const binnedRows: PageRows<BinnedRow, BinnedArticle> = {
  columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", r."title" AS "title", r."status" AS "status", r."deletedAt" AS "deletedAt", n."name" AS "unitName", n."path" AS "unitPath", c."name" AS "columnName", d."displayName" AS "deletedByName"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" JOIN "Column" c ON c."id" = r."columnId" LEFT JOIN "User" d ON d."id" = r."deletedById"`,
  item: ([row]) => {
    const r = row as BinnedRow;
    return {
      id: r.id,
      unitId: r.unitId,
      title: r.title,
      status: r.status,
      deletedAt: r.deletedAt,
      ...names(r),
      deletedBy: person(r.deletedByName),
    };
  },
};
