-- CreateTable
CREATE TABLE "SearchIndexState" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "builtAt" DATETIME NOT NULL
);

-- Full-text search over articles (issue 8 point 9), outside the Prisma models: FTS5 has no Prisma type, and
-- the schema engine is told the table and its shadow tables are external (externalTables in schema-engine.ts).
-- The rows are written by the content service (services/content/src/articles/article-search.ts): the row id is the
-- article's id, "words" its text segmented into words (jieba), "chars" its title one letter or digit at a time.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("words", "chars", tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
