-- Article search in newest-first order (issue 8 point 9), outside the Prisma models (schema-engine.ts): the FTS5
-- table's rowid becomes the article's search key (when it shows on its site, to the second, then its id: searchKey
-- in packages/api/src/search-index.sql.ts), so FTS5 hands out matches newest first and a page stops reading at its
-- end; "ArticleSearchKey" holds each article's key, to find its row again when it changes. A new column "pairs"
-- holds the title's characters two by two. The index is emptied and marked unbuilt: the content service rebuilds it
-- at its next start.
DROP TABLE "ArticleSearch";
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("words", "chars", "pairs", tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
CREATE TABLE "ArticleSearchKey" ("id" INTEGER NOT NULL PRIMARY KEY, "key" INTEGER NOT NULL);
DELETE FROM "SearchIndexState" WHERE "name" = 'ArticleSearch';
