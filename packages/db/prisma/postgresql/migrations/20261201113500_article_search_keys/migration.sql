-- Article search in newest-first order (issue 8 point 9), outside the Prisma models (schema-engine.ts): each row
-- carries the article's search key (when it shows on its site, to the second, then its id: searchKey in
-- packages/api/src/search-index.sql.ts), and "terms" the title's characters two by two as weight-C lexemes. The
-- index is emptied and marked unbuilt: the content service rebuilds it at its next start.
DROP TABLE "ArticleSearch";
CREATE TABLE "ArticleSearch" ("id" INTEGER NOT NULL PRIMARY KEY, "key" BIGINT NOT NULL, "terms" tsvector NOT NULL);
CREATE INDEX "ArticleSearch_terms_idx" ON "ArticleSearch" USING GIN ("terms");
CREATE INDEX "ArticleSearch_key_idx" ON "ArticleSearch" ("key");
DELETE FROM "SearchIndexState" WHERE "name" = 'ArticleSearch';
