// Articles' full-text index (issue 8 point 9): what an article is found by (its title, summary, byline, source,
// tags and the visible text of its body) in the ArticleSearch table its migration made. Every write that changes
// that text calls indexArticle in its transaction, and every removal unindexArticles; at start-up an index built under
// another text version (or never) is rebuilt from the articles.
import {
  builtVersion,
  clearSearchIndex,
  type IndexedDocument,
  markBuilt,
  reviewedSql,
  type SearchIndex,
  type SearchWalk,
  searchHits,
  searchKey,
  searchMatches,
  searchWalk,
  writeSearchIndex,
} from '@strata/api';
import type { Db, Prisma, Tx } from '@strata/db';
import { type QueryPart, richHtmlToText, searchDocument, searchTextVersion } from '@strata/text';

export const articleSearch: SearchIndex = {
  name: 'ArticleSearch',
  table: reviewedSql`"ArticleSearch"`,
  keys: reviewedSql`"ArticleSearchKey"`,
};

type Indexed = {
  id: number;
  title: string;
  summary: string;
  body: string;
  byline: string;
  source: string;
  siteAt: Date | null;
  tags: readonly { tag: string }[];
};
const indexedFields = {
  id: true,
  title: true,
  summary: true,
  body: true,
  byline: true,
  source: true,
  siteAt: true,
  tags: { select: { tag: true } },
} as const;

/** The terms an article is found by, under its key: newest first by when it shows on its site. */
export const articleDocument = (article: Indexed): IndexedDocument => ({
  id: article.id,
  key: searchKey(article.siteAt, article.id),
  document: searchDocument(article.title, [
    article.summary,
    article.byline,
    article.source,
    ...article.tags.map((t) => t.tag),
    richHtmlToText(article.body),
  ]),
});

/**
 * The index's row for an article as it was just written (in the writer's transaction, from the row the write
 * returned: the writer's scope read it, the index needs no read of its own). Called when its text changes, and when
 * its siteAt does (its key moves with it).
 */
export const indexArticle = (tx: Db | Tx, article: Indexed) =>
  writeSearchIndex(tx, articleSearch, [articleDocument(article)]);

/** Takes articles that are gone (deleted for good) out of the index. */
export const unindexArticles = (tx: Db | Tx, ids: readonly number[]) =>
  ids.length ? writeSearchIndex(tx, articleSearch, [], ids) : Promise.resolve();

const rebuildBatch = 500;

/**
 * Rows for `ids` as the articles stand, read without a scope: for the rebuild and the start-up repair, which the
 * service runs itself.
 */
export async function indexStored(db: Db, ids: readonly number[]) {
  for (let from = 0; from < ids.length; from += rebuildBatch) {
    const batch = ids.slice(from, from + rebuildBatch);
    const articles = await db.article.findMany({ where: { id: { in: batch } }, select: indexedFields });
    await writeSearchIndex(db, articleSearch, articles.map(articleDocument));
  }
}

/** `r."id"` (or another column of article ids) is an article whose text matches every part of the query. */
export const articleMatches = (db: Db | Tx, id: Prisma.Sql, parts: readonly QueryPart[]) =>
  searchMatches(db, articleSearch, id, parts);

/** The ids of the articles whose text matches every part of the query, as a statement of one column "id". */
export const articleHits = (db: Db | Tx, parts: readonly QueryPart[]) => searchHits(db, articleSearch, parts);

/** The matches as pieces of a statement that reads them newest first (searchWalk): `s` joined to each article. */
export const articleWalk = (db: Db | Tx, parts: readonly QueryPart[]): SearchWalk =>
  searchWalk(db, articleSearch, parts);

/**
 * Rebuilds the whole index when it was built under another text version or never (a new database, a new
 * segmenter), in batches by id; answers how many articles it indexed, 0 when the index was current. Idempotent: a
 * rebuild cut short leaves the version unmarked and starts over at the next start.
 */
export async function ensureArticleSearch(db: Db, now = new Date()): Promise<number> {
  if ((await builtVersion(db, articleSearch)) === searchTextVersion) return 0;
  await clearSearchIndex(db, articleSearch);
  let indexed = 0;
  for (let after = 0; ; ) {
    const ids = (
      await db.article.findMany({
        where: { id: { gt: after } },
        select: { id: true },
        orderBy: { id: 'asc' },
        take: rebuildBatch,
      })
    ).map((a) => a.id);
    if (ids.length === 0) break;
    await indexStored(db, ids);
    indexed += ids.length;
    after = ids.at(-1) as number;
  }
  await markBuilt(db, articleSearch, searchTextVersion, now);
  return indexed;
}
