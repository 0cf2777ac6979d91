// Full-text search indexes, the SQL side (the terms come from searchDocument and searchQuery in @strata/text): one
// index per searchable entity, a table its migration creates outside the Prisma models.
// - SQLite: an FTS5 table, contentless (the text lives in the entity's own row), with the columns "words", "chars",
//   "pairs" and "units", each a space-separated list of terms; FTS5 keeps positions, so a run of the title is found
//   as its pairs in a row (a phrase). Its rowid is the row's search key (below), and a plain table beside it
//   ("keys") holds each id's key, so a row can be found again by its id when it changes.
// - PostgreSQL: a table ("id", "key", "terms" tsvector) with a GIN index on the terms; the words are lexemes of
//   weight A, the title's characters weight B and its pairs weight C at their positions, so a run is a phrase of C
//   lexemes (<->), and the units' ids ('#12') weight D. The tsvector is written as its literal text, so PostgreSQL's own
//   parser and dictionaries never change a term.
// Either way a query is a list of parts (searchQuery), each found as all of its words or as its run in the title,
// and a row matches when it holds every part.
//
// A row is also indexed under the units it belongs to (for an article: its own unit and the units it is placed on),
// so a search within a few units reads only their matches: the index intersects them with the query's, and a
// township's search no longer reads the whole network's matches to keep the few in its subtree.
//
// The search key orders matches newest first without reading them all: its date (for an article, when it shows on
// its site) to the second, then its id, in one 64-bit integer. FTS5 hands its matches out in rowid order, one at a time, so
// a page of the newest matches that pass a filter stops reading at the page's end (searchWalk).
import { type Db, type Prisma, providerOfClient, type Tx } from '@strata/db';
import { charPairs, type QueryPart, type SearchDocument } from '@strata/text';
import { reviewedSql } from './reviewed-sql';
import type { FixtureContext } from './team';

/**
 * An index: its table's name and, for SQLite, the table of each id's key, written once in its team's `*.sql.ts`
 * (reviewedSql`"ArticleSearch"`, reviewedSql`"ArticleSearchKey"`). `name` is the table's name too, as a bulk writer
 * takes it (see compactSearchIndex's `bulk`).
 */
export type SearchIndex = { name: string; table: Prisma.Sql; keys: Prisma.Sql };

/** Ids fit in the key's low 30 bits (about a billion rows), the second in the 33 above them (the sign bit too). */
const idBits = 2n ** 30n;
const maxSecond = 2 ** 32 * 2 - 1;
/** Seconds from 1970, both ways, that fit: 1698 to 2242. A date outside takes the nearest end (still a valid key). */
const secondOf = (at: Date) => Math.min(maxSecond, Math.max(-maxSecond - 1, Math.floor(at.getTime() / 1000)));

/** A row's search key: the second of `at` (0 without a date), then its id. Newer rows have larger keys. */
export function searchKey(at: Date | null, id: number): bigint {
  if (!Number.isInteger(id) || id < 0 || BigInt(id) >= idBits) throw new Error('search: an id out of the key range');
  return BigInt(at ? secondOf(at) : 0) * idBits + BigInt(id);
}

/** The id inside a key, in SQL (the low 30 bits, also for a date before 1970). */
const idOfKey = (key: Prisma.Sql) => reviewedSql`(${key} & 1073741823)`;

/** PostgreSQL keeps positions from 1 to 16,383 and at most 256 per lexeme: later ones would be dropped anyway. */
const maxPosition = 16_383;
const maxPositions = 256;
const lexeme = (term: string) => `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * A document as a tsvector's text: each character at its position (B), each pair at its own (C, numbered from
 * after the characters), then each word once after them (A).
 */
export function tsvectorText({ words, chars, pairs }: SearchDocument, units: readonly number[] = []): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, at: number, weight: 'A' | 'B' | 'C' | 'D') => {
    const list = positions.get(term) ?? [];
    if (list.length < maxPositions) list.push(`${Math.min(at, maxPosition)}${weight}`);
    positions.set(term, list);
  };
  for (const [i, char] of chars.entries()) add(char, i + 1, 'B');
  for (const [i, pair] of pairs.entries()) add(pair, chars.length + i + 1, 'C');
  let at = chars.length + pairs.length + 1;
  for (const word of new Set(words)) add(word, at++, 'A');
  for (const unit of unitIds(units)) add(unitTerm(unit), 1, 'D');
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(',')}`).join(' ');
}

/** FTS5 and tsquery text from terms that are letters and digits only (searchQuery's): no quoting to get wrong. */
const letters = /^[\p{L}\p{N}]+$/u;
function checked(parts: readonly QueryPart[]) {
  for (const term of parts.flatMap((p) => [p.run, ...p.words]))
    if (!letters.test(term)) throw new Error('search: a term that is not letters and digits');
  return parts;
}
/**
 * A unit as the index holds it: its id after a 'u'. It is one token for FTS5 (a '#' would be a separator), and a
 * term of its own on both databases: the digits of text ("2" in 2026年2月) are other terms, so a township's 51 units
 * read 51 short lists, not every article with a 2 in it, and PostgreSQL's planner counts a unit's rows apart (a
 * branch's search is planned through the GIN index). It lives in the units column (FTS5) or at weight D (tsvector),
 * where no word is written, so a word "u12" in a text never matches a unit.
 */
const unitTerm = (unit: number) => `u${unit}`;

/** Unit ids as the index holds them: whole numbers, each once, in order. */
function unitIds(units: readonly number[]): number[] {
  for (const unit of units)
    if (!Number.isSafeInteger(unit) || unit < 0) throw new Error('search: a unit id that is not a whole number');
  return [...new Set(units)].sort((a, b) => a - b);
}

/** A word of two letters or more is looked for as the start of a word; a single letter as a word of its own. */
const isPrefix = (word: string) => [...word].length > 1;

/** A run of one character is looked for among the title's characters; a longer one as its pairs in a row. */
const inTitle = (run: string) => {
  const chars = [...run];
  return chars.length === 1 ? { column: 'chars', terms: chars } : { column: 'pairs', terms: charPairs(chars) };
};

/** A query in FTS5's syntax: each part all its words in "words", or its run in the title (a phrase). */
export const fts5Query = (parts: readonly QueryPart[]) =>
  checked(parts)
    .map(({ run, words }) => {
      const all = words.map((w) => `"words" : "${w}"${isPrefix(w) ? '*' : ''}`).join(' AND ');
      const title = inTitle(run);
      return `((${all}) OR "${title.column}" : "${title.terms.join(' ')}")`;
    })
    .join(' AND ');

/** The same query as a tsquery's text: words are lexemes of weight A, the run a phrase of characters (B) or pairs (C). */
export const tsqueryText = (parts: readonly QueryPart[]) =>
  checked(parts)
    .map(({ run, words }) => {
      const all = words.map((w) => `${lexeme(w)}:${isPrefix(w) ? '*' : ''}A`).join(' & ');
      const title = inTitle(run);
      const weight = title.column === 'chars' ? 'B' : 'C';
      return `((${all}) | ${title.terms.map((term) => `${lexeme(term)}:${weight}`).join(' <-> ')})`;
    })
    .join(' & ');

/**
 * The ids whose documents match every part of the query, as a statement of one column "id" (for a CTE or a join that
 * starts from the matches). Without parts (a query of only punctuation) it holds no row: a search for nothing finds
 * nothing, not everything.
 */
export function searchHits(db: Db | Tx, index: SearchIndex, parts: readonly QueryPart[]) {
  const walk = searchWalk(db, index, parts);
  return reviewedSql`SELECT ${walk.id} AS "id" FROM ${walk.from} WHERE ${walk.match}`;
}

/** The condition "the row whose id is `id` matches every part of the query": a fragment for a WHERE clause. */
export const searchMatches = (db: Db | Tx, index: SearchIndex, id: Prisma.Sql, parts: readonly QueryPart[]) =>
  reviewedSql`${id} IN (${searchHits(db, index, parts)})`;

/** The pieces of a statement that reads the matches in key order: FROM `from` WHERE `match`, each row's id and key. */
export type SearchWalk = { from: Prisma.Sql; match: Prisma.Sql; id: Prisma.Sql; key: Prisma.Sql };

/**
 * The matches as pieces of the caller's statement (the index's table is `s`), to join each match to its row and
 * read them ORDER BY `key` DESC: on SQLite, FTS5 hands them out in that order one by one, so a LIMIT stops the
 * reading (the ORDER BY must be on `key` itself, at the level of the MATCH). Without parts nothing matches. With
 * `units`, only rows indexed under one of them match (an empty list: none), found by the index itself.
 */
export function searchWalk(
  db: Db | Tx,
  index: SearchIndex,
  parts: readonly QueryPart[],
  units?: readonly number[],
): SearchWalk {
  const from = reviewedSql`${index.table} s`;
  const none = parts.length === 0 || units?.length === 0;
  const within = units ? unitIds(units) : [];
  if (providerOfClient(db) === 'sqlite') {
    const query = `${fts5Query(parts)}${units ? ` AND "units" : (${within.map(unitTerm).join(' OR ')})` : ''}`;
    const match = none ? reviewedSql`1 = 0` : reviewedSql`${index.table} MATCH ${query}`;
    return { from, match, id: idOfKey(reviewedSql`s.rowid`), key: reviewedSql`s.rowid` };
  }
  const query = `${tsqueryText(parts)}${units ? ` & (${within.map((unit) => `${lexeme(unitTerm(unit))}:D`).join(' | ')})` : ''}`;
  const match = none ? reviewedSql`1 = 0` : reviewedSql`s."terms" @@ CAST(${query} AS tsquery)`;
  return { from, match, id: reviewedSql`s."id"`, key: reviewedSql`s."key"` };
}

/** A document for the index: the row's id, its search key (searchKey), its terms and the units it belongs to. */
export type IndexedDocument = { id: number; key: bigint; document: SearchDocument; units: readonly number[] };

/** Search keys in ascending order (the order FTS5 writes rows fastest in), for Array.prototype.sort. */
export const compareKeys = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The documents as rows of a SQLite index, [id, key, words, chars, pairs, units], with the key as `keyAs` gives it.
 * In key order: FTS5 takes a row whose rowid is below the last one's only after writing out all it holds, so rows out
 * of order were each a segment of their own, merged again later (the rebuild took twice as long).
 */
export function sqliteSearchRows<K>(documents: readonly IndexedDocument[], keyAs: (key: bigint) => K) {
  return [...documents]
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(
      ({ id, key, document, units }) =>
        [
          id,
          keyAs(key),
          document.words.join(' '),
          document.chars.join(' '),
          document.pairs.join(' '),
          unitIds(units).map(unitTerm).join(' '),
        ] as const,
    );
}

/**
 * Puts documents in the index in place of what it held for their ids, and takes `removed` ids out: call it in the
 * transaction that changes the entity, so the index never disagrees with what was committed.
 */
export async function writeSearchIndex(
  tx: Db | Tx,
  index: SearchIndex,
  documents: readonly IndexedDocument[],
  removed: readonly number[] = [],
) {
  const ids = JSON.stringify([...removed, ...documents.map((d) => d.id)]);
  // Keys as text: JSON numbers lose digits past 2^53, and the database reads the text back as a 64-bit integer.
  if (providerOfClient(tx) === 'sqlite') {
    const gone = reviewedSql`SELECT value FROM json_each(${ids})`;
    await tx.$executeRaw(
      reviewedSql`DELETE FROM ${index.table} WHERE rowid IN (SELECT k."key" FROM ${index.keys} k WHERE k."id" IN (${gone}))`,
    );
    await tx.$executeRaw(reviewedSql`DELETE FROM ${index.keys} WHERE "id" IN (${gone})`);
    if (documents.length === 0) return;
    const rows = JSON.stringify(sqliteSearchRows(documents, (key) => key.toString()));
    await tx.$executeRaw(
      reviewedSql`INSERT INTO ${index.table} (rowid, "words", "chars", "pairs", "units") SELECT CAST(value ->> 1 AS INTEGER), value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(${rows})`,
    );
    await tx.$executeRaw(
      reviewedSql`INSERT INTO ${index.keys} ("id", "key") SELECT value ->> 0, CAST(value ->> 1 AS INTEGER) FROM json_each(${rows})`,
    );
    return;
  }
  await tx.$executeRaw(
    reviewedSql`DELETE FROM ${index.table} WHERE "id" IN (SELECT CAST(v AS INTEGER) FROM json_array_elements_text(CAST(${ids} AS json)) v)`,
  );
  if (documents.length === 0) return;
  const rows = JSON.stringify(
    documents.map(({ id, key, document, units }) => [id, key.toString(), tsvectorText(document, units)]),
  );
  await tx.$executeRaw(
    reviewedSql`INSERT INTO ${index.table} ("id", "key", "terms") SELECT CAST(r ->> 0 AS INTEGER), CAST(r ->> 1 AS BIGINT), CAST(r ->> 2 AS tsvector) FROM json_array_elements(CAST(${rows} AS json)) r`,
  );
}

/** The ids the index holds a row for, in order: for checks that it agrees with its entity's table. */
export async function searchIndexIds(db: Db | Tx, index: SearchIndex): Promise<number[]> {
  const rows =
    providerOfClient(db) === 'sqlite'
      ? await db.$queryRaw<{ id: number | bigint }[]>(
          reviewedSql`SELECT ${idOfKey(reviewedSql`rowid`)} AS "id" FROM ${index.table} ORDER BY 1`,
        )
      : await db.$queryRaw<{ id: number }[]>(reviewedSql`SELECT "id" FROM ${index.table} ORDER BY "id"`);
  return rows.map((r) => Number(r.id));
}

/** Each id's key as the index holds it, by id: for checks that a row moved in key order when its date moved. */
export async function searchIndexKeys(db: Db | Tx, index: SearchIndex): Promise<Map<number, bigint>> {
  const rows = await db.$queryRaw<{ id: number | bigint; key: string }[]>(
    providerOfClient(db) === 'sqlite'
      ? reviewedSql`SELECT "id", CAST("key" AS TEXT) AS "key" FROM ${index.keys}`
      : reviewedSql`SELECT "id", CAST("key" AS TEXT) AS "key" FROM ${index.table}`,
  );
  return new Map(rows.map((r) => [Number(r.id), BigInt(r.key)]));
}

/** The units each id is indexed under, by id: for checks that a row follows its placements. */
export async function searchIndexUnits(db: Db | Tx, index: SearchIndex): Promise<Map<number, number[]>> {
  const sqlite = providerOfClient(db) === 'sqlite';
  // FTS5's vocabulary table reads the terms back out of a contentless index, column by column.
  if (sqlite) {
    await db.$executeRaw(reviewedSql`DROP TABLE IF EXISTS temp."SearchIndexTerms"`);
    await db.$executeRaw(
      reviewedSql`CREATE VIRTUAL TABLE temp."SearchIndexTerms" USING fts5vocab(main, ${index.table}, instance)`,
    );
  }
  const rows = await db.$queryRaw<{ id: number | bigint; unit: string }[]>(
    sqlite
      ? reviewedSql`SELECT ${idOfKey(reviewedSql`v."doc"`)} AS "id", v."term" AS "unit" FROM temp."SearchIndexTerms" v WHERE v."col" = 'units'`
      : reviewedSql`SELECT s."id" AS "id", t."lexeme" AS "unit" FROM ${index.table} s CROSS JOIN unnest(s."terms") t WHERE 'D' = ANY(t."weights")`,
  );
  const units = new Map<number, number[]>();
  for (const row of rows)
    units.set(Number(row.id), [...(units.get(Number(row.id)) ?? []), Number(row.unit.replace(/^u/, ''))]);
  for (const list of units.values()) list.sort((a, b) => a - b);
  return units;
}

/**
 * Empties the index before a rebuild. On SQLite FTS5 stops merging its segments meanwhile: compactSearchIndex
 * merges them all once at the end anyway, and the rebuild's rows go in with 30 % less work (40,000 documents: 5.0 s
 * against 7.3 s, the index the same after). A rebuild cut short is done again at the next start.
 */
export async function clearSearchIndex(tx: Db | Tx, index: SearchIndex) {
  // FTS5's own command empties a contentless table at once; a DELETE would remove its rows one by one.
  if (providerOfClient(tx) === 'sqlite') {
    await tx.$executeRaw(reviewedSql`INSERT INTO ${index.table} (${index.table}) VALUES ('delete-all')`);
    await tx.$executeRaw(reviewedSql`INSERT INTO ${index.table} (${index.table}, "rank") VALUES ('automerge', 0)`);
    await tx.$executeRaw(reviewedSql`DELETE FROM ${index.keys}`);
  } else await tx.$executeRaw(reviewedSql`DELETE FROM ${index.table}`);
}

/**
 * After a rebuild: merges the index into one piece, and lets FTS5 merge again as the application writes. FTS5 writes
 * each batch as a segment of its own and looks every term up once per segment, so a query over many terms (a
 * subtree's units) reads several times less from one. A GIN index needs nothing of the kind.
 */
export async function compactSearchIndex(db: Db | Tx, index: SearchIndex, bulk?: FixtureContext['insert']) {
  if (providerOfClient(db) !== 'sqlite') return;
  if (bulk) {
    // A rebuild through a bulk writer (the large fixture's): FTS5's commands are rows of its own column, so the
    // writer runs them after the index's rows, on its thread, while the generators go on (the merge: 4 s at xl).
    // The same commands as below; 4n: FTS5 takes an integer only, and the driver binds a bigint as one.
    await bulk(index.name, [index.name, 'rank'], [['automerge', 4n]]);
    await bulk(index.name, [index.name], [['optimize']]);
    return;
  }
  // FTS5's own default: merge segments as they pile up, four of a size at a time (a literal: FTS5 takes an integer
  // only, and the driver binds a number as a real).
  await db.$executeRaw(reviewedSql`INSERT INTO ${index.table} (${index.table}, "rank") VALUES ('automerge', 4)`);
  await db.$executeRaw(reviewedSql`INSERT INTO ${index.table} (${index.table}) VALUES ('optimize')`);
}

/** The text version an index was built under, or null when it never was. */
export async function builtVersion(db: Db | Tx, index: SearchIndex): Promise<string | null> {
  const state = await db.searchIndexState.findUnique({ where: { name: index.name } });
  return state?.version ?? null;
}

/** With `bulk`, into a fresh load (no state yet): the row goes in after the index's, through the same writer. */
export async function markBuilt(
  tx: Db | Tx,
  index: SearchIndex,
  version: string,
  now: Date,
  bulk?: FixtureContext['insert'],
) {
  if (bulk) return bulk('SearchIndexState', ['name', 'version', 'builtAt'], [[index.name, version, now]]);
  await tx.searchIndexState.upsert({
    where: { name: index.name },
    create: { name: index.name, version, builtAt: now },
    update: { version, builtAt: now },
  });
}
