// Articles' full-text index (issue 8 point 9): what an article is found by (its title, summary, byline, source,
// tags and the visible text of its body) and the units it shows on, in the ArticleSearch table its migration made.
// Every write that changes either calls indexArticles in its transaction, and every removal unindexArticles; at
// start-up an index built under another version (or never) is rebuilt from the articles.
import {
  builtVersion,
  clearSearchIndex,
  compactSearchIndex,
  compareKeys,
  type FixtureContext,
  type IndexedDocument,
  markBuilt,
  queryReviewed,
  reviewedSql,
  type SearchIndex,
  type SearchWalk,
  searchHits,
  searchKey,
  searchMatches,
  searchWalk,
  sqliteSearchRows,
  valueList,
  writeSearchIndex,
} from '@strata/api';
import { type Db, type Prisma, providerOfClient, type Tx } from '@strata/db';
import {
  type LineCuts,
  lineCuts,
  type QueryPart,
  searchDocument,
  searchTextVersion,
  storedHtmlToText,
} from '@strata/text';

export const articleSearch: SearchIndex = {
  name: 'ArticleSearch',
  table: reviewedSql`"ArticleSearch"`,
  keys: reviewedSql`"ArticleSearchKey"`,
};

type Indexed = {
  id: number;
  unitId: number;
  title: string;
  summary: string;
  body: string;
  byline: string;
  source: string;
  siteAt: Date | null;
  tags: readonly string[];
  /** The units of its accepted placements. */
  placedOn: readonly number[];
};

/**
 * The terms an article is found by, under its key (newest first by when it shows on its site) and the units it
 * shows on: its own and those it is placed on.
 */
export const articleDocument = (article: Indexed, cuts?: LineCuts): IndexedDocument => ({
  id: article.id,
  key: searchKey(article.siteAt, article.id),
  document: searchDocument(
    article.title,
    [article.summary, article.byline, article.source, ...article.tags, storedHtmlToText(article.body)],
    cuts,
  ),
  units: [article.unitId, ...article.placedOn],
});

/** What the index holds beside the text's version: the units each article shows on. */
export const articleIndexVersion = `${searchTextVersion}+units-3`;

const indexBatch = 500;

/**
 * Writes the articles' rows in the index as they stand, in the caller's transaction (so the index never disagrees
 * with what was committed): after a write that changes an article's text, tags or siteAt (its key moves with it),
 * or its accepted placements (the units it shows on); and for the rebuild and the start-up repair.
 */
export async function indexArticles(tx: Db | Tx, ids: readonly number[]) {
  for (let from = 0; from < ids.length; from += indexBatch) {
    await writeSearchIndex(
      tx,
      articleSearch,
      (await readIndexed(tx, ids.slice(from, from + indexBatch))).map((article) => articleDocument(article)),
    );
  }
}

/**
 * The articles as the index needs them, read with reviewed statements: they run in a writer's guarded
 * transaction, and the units an article is placed on may lie outside the writer's scope (they are only written to
 * the index, never shown to the writer).
 */
async function readIndexed(tx: Db | Tx, ids: readonly number[]): Promise<Indexed[]> {
  if (ids.length === 0) return [];
  const list = valueList(ids);
  const [articles, tags, placed] = [
    await queryReviewed<Omit<Indexed, 'tags' | 'placedOn'>>(
      tx,
      reviewedSql`SELECT a."id" AS "id", a."unitId" AS "unitId", a."title" AS "title", a."summary" AS "summary", a."body" AS "body", a."byline" AS "byline", a."source" AS "source", a."siteAt" AS "siteAt" FROM "Article" a WHERE a."id" IN (${list})`,
    ),
    await queryReviewed<{ articleId: number; tag: string }>(
      tx,
      reviewedSql`SELECT t."articleId" AS "articleId", t."tag" AS "tag" FROM "ArticleTag" t WHERE t."articleId" IN (${list}) ORDER BY t."articleId", t."tag"`,
    ),
    await queryReviewed<{ articleId: number; unitId: number }>(
      tx,
      reviewedSql`SELECT p."articleId" AS "articleId", p."unitId" AS "unitId" FROM "ArticlePlacement" p WHERE p."articleId" IN (${list}) AND p."state" = 'accepted'`,
    ),
  ];
  const tagsOf = new Map<number, string[]>();
  for (const t of tags) tagsOf.set(t.articleId, [...(tagsOf.get(t.articleId) ?? []), t.tag]);
  const unitsOf = new Map<number, number[]>();
  for (const p of placed) unitsOf.set(p.articleId, [...(unitsOf.get(p.articleId) ?? []), p.unitId]);
  return articles.map((a) => ({ ...a, tags: tagsOf.get(a.id) ?? [], placedOn: unitsOf.get(a.id) ?? [] }));
}

/** Takes articles that are gone (deleted for good) out of the index. */
export const unindexArticles = (tx: Db | Tx, ids: readonly number[]) =>
  ids.length ? writeSearchIndex(tx, articleSearch, [], ids) : Promise.resolve();

/** `r."id"` (or another column of article ids) is an article whose text matches every part of the query. */
export const articleMatches = (db: Db | Tx, id: Prisma.Sql, parts: readonly QueryPart[]) =>
  searchMatches(db, articleSearch, id, parts);

/** The ids of the articles whose text matches every part of the query, as a statement of one column "id". */
export const articleHits = (db: Db | Tx, parts: readonly QueryPart[]) => searchHits(db, articleSearch, parts);

/**
 * The matches as pieces of a statement that reads them newest first (searchWalk): `s` joined to each article; with
 * `units`, only the articles shown on one of them.
 */
export const articleWalk = (db: Db | Tx, parts: readonly QueryPart[], units?: readonly number[]): SearchWalk =>
  searchWalk(db, articleSearch, parts, units);

/**
 * Rebuilds the whole index when it was built under another version or never (a new database, a new segmenter,
 * the units added), in the order of the articles' keys (see writeSearchIndex); answers how many articles it indexed,
 * 0 when the index was current. Idempotent: a rebuild cut short leaves the version unmarked and starts over at the
 * next start. The large fixture passes its writer's `insert` (`bulk`): on SQLite the rows then go in through it.
 */
export async function ensureArticleSearch(db: Db, now = new Date(), bulk?: FixtureContext['insert']): Promise<number> {
  if ((await builtVersion(db, articleSearch)) === articleIndexVersion) return 0;
  await clearSearchIndex(db, articleSearch);
  const articles = await queryReviewed<{ id: number; siteAt: Date | null }>(
    db,
    reviewedSql`SELECT a."id" AS "id", a."siteAt" AS "siteAt" FROM "Article" a`,
  );
  const keyed = articles.map((a) => ({ id: a.id, key: searchKey(a.siteAt, a.id) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const ids = keyed.map((a) => a.id);
  // Through a bulk writer (SQLite's fresh load), the merge and the mark go after the rows, on the writer's thread.
  const writer = bulk && providerOfClient(db) === 'sqlite' ? bulk : undefined;
  if (writer) await indexArticlesInBulk(db, ids, writer);
  else await indexArticles(db, ids);
  await compactSearchIndex(db, articleSearch, writer);
  await markBuilt(db, articleSearch, articleIndexVersion, now, writer);
  return articles.length;
}

/**
 * The rebuild's rows handed to a bulk writer (SQLite), a batch at a time in key order: each batch's articles are read
 * before the batch before it is handed over, so its terms are worked out while the writer writes that one (a read
 * waits for the rows handed over before it: see createDb's settle).
 */
async function indexArticlesInBulk(db: Db, ids: readonly number[], insert: FixtureContext['insert']) {
  const batches: number[][] = [];
  for (let from = 0; from < ids.length; from += indexBatch) batches.push(ids.slice(from, from + indexBatch));
  // The fixture's bodies share their sentences: each line is cut once.
  const cuts = lineCuts();
  const document = (article: Indexed) => articleDocument(article, cuts);
  let documents = batches.length ? (await readIndexed(db, batches[0] as number[])).map(document) : [];
  for (let b = 0; b < batches.length; b++) {
    const rows = sqliteSearchRows(documents, (key) => key);
    const next = b + 1 < batches.length ? await readIndexed(db, batches[b + 1] as number[]) : [];
    await insert(
      'ArticleSearch',
      ['rowid', 'words', 'chars', 'pairs', 'units'],
      rows.map(([, key, words, chars, pairs, units]) => [key, words, chars, pairs, units]),
    );
    await insert(
      'ArticleSearchKey',
      ['id', 'key'],
      rows.map(([id, key]) => [id, key]),
    );
    documents = next.map(document);
  }
}
