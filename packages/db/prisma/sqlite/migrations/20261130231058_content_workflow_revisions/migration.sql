/*
  Warnings:

  - A unique constraint covering the columns `[siteCode]` on the table `Unit` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "siteCode" TEXT;

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "byline" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "columnId" INTEGER NOT NULL,
    "editorId" INTEGER,
    "restoredFrom" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleRevision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ArticleRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleReview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reviewerId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleReview_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleReview_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ArticleReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SensitiveWord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "word" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SensitiveWord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "columnId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "authorId" INTEGER,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "deletedById" INTEGER,
    "titleKey" TEXT NOT NULL DEFAULT '',
    "byline" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "publishAt" DATETIME,
    "unpublishAt" DATETIME,
    CONSTRAINT "Article_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "body", "columnId", "createdAt", "deletedAt", "deletedById", "id", "publishedAt", "status", "summary", "title", "titleKey", "unitId", "updatedAt") SELECT "authorId", "body", "columnId", "createdAt", "deletedAt", "deletedById", "id", "publishedAt", "status", "summary", "title", "titleKey", "unitId", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_updatedAt_id_unitId_deletedAt_status_idx" ON "Article"("updatedAt", "id", "unitId", "deletedAt", "status");
CREATE INDEX "Article_createdAt_id_unitId_deletedAt_status_idx" ON "Article"("createdAt", "id", "unitId", "deletedAt", "status");
CREATE INDEX "Article_publishedAt_id_unitId_deletedAt_status_idx" ON "Article"("publishedAt", "id", "unitId", "deletedAt", "status");
CREATE INDEX "Article_titleKey_id_unitId_deletedAt_status_idx" ON "Article"("titleKey", "id", "unitId", "deletedAt", "status");
CREATE INDEX "Article_deletedAt_id_unitId_idx" ON "Article"("deletedAt", "id", "unitId");
CREATE INDEX "Article_unitId_updatedAt_id_deletedAt_status_idx" ON "Article"("unitId", "updatedAt", "id", "deletedAt", "status");
CREATE INDEX "Article_unitId_createdAt_id_deletedAt_status_idx" ON "Article"("unitId", "createdAt", "id", "deletedAt", "status");
CREATE INDEX "Article_unitId_publishedAt_id_deletedAt_status_idx" ON "Article"("unitId", "publishedAt", "id", "deletedAt", "status");
CREATE INDEX "Article_unitId_titleKey_id_deletedAt_status_idx" ON "Article"("unitId", "titleKey", "id", "deletedAt", "status");
CREATE INDEX "Article_unitId_deletedAt_id_idx" ON "Article"("unitId", "deletedAt", "id");
CREATE INDEX "Article_status_unitId_deletedAt_idx" ON "Article"("status", "unitId", "deletedAt");
CREATE INDEX "Article_unitId_status_deletedAt_idx" ON "Article"("unitId", "status", "deletedAt");
CREATE INDEX "Article_columnId_status_publishedAt_idx" ON "Article"("columnId", "status", "publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArticleRevision_unitId_idx" ON "ArticleRevision"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- CreateIndex
CREATE INDEX "ArticleReview_articleId_id_idx" ON "ArticleReview"("articleId", "id");

-- CreateIndex
CREATE INDEX "ArticleReview_unitId_idx" ON "ArticleReview"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SensitiveWord_unitId_word_key" ON "SensitiveWord"("unitId", "word");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_siteCode_key" ON "Unit"("siteCode");
