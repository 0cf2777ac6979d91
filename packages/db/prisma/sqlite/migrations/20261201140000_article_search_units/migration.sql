-- Article search within a subtree (issue 8 point 9), outside the Prisma models (schema-engine.ts): a new column
-- "units" holds the ids of the units each article shows on (its own and those of its accepted placements), so a
-- township's or a branch's search reads only the matches shown on its sites. FTS5 also keeps an index of every
-- word's first two and first three characters (prefix), so a word looked for as the start of words (宣誓 finds 宣誓书)
-- reads one list instead of merging every word that starts with it. The index is emptied and marked unbuilt: the
-- content service rebuilds it at its next start.
DROP TABLE "ArticleSearch";
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("words", "chars", "pairs", "units", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3', content = '', contentless_delete = 1);
DELETE FROM "ArticleSearchKey";
DELETE FROM "SearchIndexState" WHERE "name" = 'ArticleSearch';
