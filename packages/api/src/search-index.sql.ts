// Full-text search indexes, the SQL side (the terms come from searchDocument and searchQuery in @strata/text): one
// index per searchable entity, a table its migration creates outside the Prisma models, keyed by the entity's id.
// - SQLite: an FTS5 table, contentless (the text lives in the entity's own row), whose rowid is the id, with the
//   columns "words" and "chars", each a space-separated list of terms; FTS5 keeps positions, so a run of
//   characters is found as a phrase.
// - PostgreSQL: a table ("id", "terms" tsvector) with a GIN index; the words are lexemes of weight A, the title's
//   characters lexemes of weight B at their positions, so the same run is a phrase of B lexemes (<->). The tsvector
//   is written as its literal text, so PostgreSQL's own parser and dictionaries never change a term.
// Either way a query is a list of parts (searchQuery), each found as all of its words or as its run among the
// title's characters, and a row matches when it holds every part.
import { type Db, type Prisma, providerOfClient, type Tx } from '@strata/db';
import type { QueryPart, SearchDocument } from '@strata/text';
import { reviewedSql } from './reviewed-sql';

/** An index: its table's name, written once in its team's `*.sql.ts` (reviewedSql`"ArticleSearch"`). */
export type SearchIndex = { name: string; table: Prisma.Sql };

/** PostgreSQL keeps positions from 1 to 16,383 and at most 256 per lexeme: later ones would be dropped anyway. */
const maxPosition = 16_383;
const maxPositions = 256;
const lexeme = (term: string) => `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** A document as a tsvector's text: each character at its position (B), then each word once after them (A). */
export function tsvectorText({ words, chars }: SearchDocument): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, at: number, weight: 'A' | 'B') => {
    const list = positions.get(term) ?? [];
    if (list.length < maxPositions) list.push(`${Math.min(at, maxPosition)}${weight}`);
    positions.set(term, list);
  };
  for (const [i, char] of chars.entries()) add(char, i + 1, 'B');
  let at = chars.length + 1;
  for (const word of new Set(words)) add(word, at++, 'A');
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(',')}`).join(' ');
}

/** FTS5 and tsquery text from terms that are letters and digits only (searchQuery's): no quoting to get wrong. */
const letters = /^[\p{L}\p{N}]+$/u;
function checked(parts: readonly QueryPart[]) {
  for (const term of parts.flatMap((p) => [p.run, ...p.words]))
    if (!letters.test(term)) throw new Error('search: a term that is not letters and digits');
  return parts;
}
/** A word of two letters or more is looked for as the start of a word; a single letter as a word of its own. */
const isPrefix = (word: string) => [...word].length > 1;

/** A query in FTS5's syntax: each part all its words in "words", or its run as a phrase of "chars". */
export const fts5Query = (parts: readonly QueryPart[]) =>
  checked(parts)
    .map(({ run, words }) => {
      const all = words.map((w) => `"words" : "${w}"${isPrefix(w) ? '*' : ''}`).join(' AND ');
      return `((${all}) OR "chars" : "${[...run].join(' ')}")`;
    })
    .join(' AND ');

/** The same query as a tsquery's text: words are lexemes of weight A, the run a phrase of weight-B lexemes. */
export const tsqueryText = (parts: readonly QueryPart[]) =>
  checked(parts)
    .map(({ run, words }) => {
      const all = words.map((w) => `${lexeme(w)}:${isPrefix(w) ? '*' : ''}A`).join(' & ');
      return `((${all}) | ${[...run].map((char) => `${lexeme(char)}:B`).join(' <-> ')})`;
    })
    .join(' & ');

/**
 * The ids whose documents match every part of the query, as a statement of one column "id" (for a CTE or a join that
 * starts from the matches). Without parts (a query of only punctuation) it holds no row: a search for nothing finds
 * nothing, not everything.
 */
export function searchHits(db: Db | Tx, index: SearchIndex, parts: readonly QueryPart[]) {
  if (parts.length === 0) return reviewedSql`SELECT 0 AS "id" WHERE 1 = 0`;
  return providerOfClient(db) === 'sqlite'
    ? reviewedSql`SELECT s.rowid AS "id" FROM ${index.table} s WHERE ${index.table} MATCH ${fts5Query(parts)}`
    : reviewedSql`SELECT s."id" AS "id" FROM ${index.table} s WHERE s."terms" @@ CAST(${tsqueryText(parts)} AS tsquery)`;
}

/** The condition "the row whose id is `id` matches every part of the query": a fragment for a WHERE clause. */
export const searchMatches = (db: Db | Tx, index: SearchIndex, id: Prisma.Sql, parts: readonly QueryPart[]) =>
  reviewedSql`${id} IN (${searchHits(db, index, parts)})`;

export type IndexedDocument = { id: number; document: SearchDocument };

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
  if (providerOfClient(tx) === 'sqlite') {
    await tx.$executeRaw(reviewedSql`DELETE FROM ${index.table} WHERE rowid IN (SELECT value FROM json_each(${ids}))`);
    if (documents.length === 0) return;
    const rows = JSON.stringify(
      documents.map(({ id, document }) => [id, document.words.join(' '), document.chars.join(' ')]),
    );
    await tx.$executeRaw(
      reviewedSql`INSERT INTO ${index.table} (rowid, "words", "chars") SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(${rows})`,
    );
    return;
  }
  await tx.$executeRaw(
    reviewedSql`DELETE FROM ${index.table} WHERE "id" IN (SELECT CAST(v AS INTEGER) FROM json_array_elements_text(CAST(${ids} AS json)) v)`,
  );
  if (documents.length === 0) return;
  const rows = JSON.stringify(documents.map(({ id, document }) => [id, tsvectorText(document)]));
  await tx.$executeRaw(
    reviewedSql`INSERT INTO ${index.table} ("id", "terms") SELECT CAST(r ->> 0 AS INTEGER), CAST(r ->> 1 AS tsvector) FROM json_array_elements(CAST(${rows} AS json)) r`,
  );
}

/** The ids the index holds a row for, in order: for checks that it agrees with its entity's table. */
export async function searchIndexIds(db: Db | Tx, index: SearchIndex): Promise<number[]> {
  const rows =
    providerOfClient(db) === 'sqlite'
      ? await db.$queryRaw<{ id: number | bigint }[]>(
          reviewedSql`SELECT rowid AS "id" FROM ${index.table} ORDER BY rowid`,
        )
      : await db.$queryRaw<{ id: number }[]>(reviewedSql`SELECT "id" FROM ${index.table} ORDER BY "id"`);
  return rows.map((r) => Number(r.id));
}

/** Empties the index (before a rebuild). */
export async function clearSearchIndex(tx: Db | Tx, index: SearchIndex) {
  // FTS5's own command empties a contentless table at once; a DELETE would remove its rows one by one.
  if (providerOfClient(tx) === 'sqlite')
    await tx.$executeRaw(reviewedSql`INSERT INTO ${index.table} (${index.table}) VALUES ('delete-all')`);
  else await tx.$executeRaw(reviewedSql`DELETE FROM ${index.table}`);
}

/** The text version an index was built under, or null when it never was. */
export async function builtVersion(db: Db | Tx, index: SearchIndex): Promise<string | null> {
  const state = await db.searchIndexState.findUnique({ where: { name: index.name } });
  return state?.version ?? null;
}

export async function markBuilt(tx: Db | Tx, index: SearchIndex, version: string, now: Date) {
  await tx.searchIndexState.upsert({
    where: { name: index.name },
    create: { name: index.name, version, builtAt: now },
    update: { version, builtAt: now },
  });
}
