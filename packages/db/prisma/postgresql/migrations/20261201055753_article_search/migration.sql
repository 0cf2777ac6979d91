-- CreateTable
CREATE TABLE "SearchIndexState" (
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("name")
);

-- Full-text search over articles (issue 8 point 9), outside the Prisma models (externalTables in
-- schema-engine.ts). The rows are written by the content service (services/content/src/articles/article-search.ts):
-- "terms" holds the article's words (jieba), weight A, and its title one letter or digit at a time with
-- positions, weight B.
CREATE TABLE "ArticleSearch" ("id" INTEGER NOT NULL PRIMARY KEY, "terms" tsvector NOT NULL);
CREATE INDEX "ArticleSearch_terms_idx" ON "ArticleSearch" USING GIN ("terms");
