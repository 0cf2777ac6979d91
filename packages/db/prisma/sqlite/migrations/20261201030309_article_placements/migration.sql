-- CreateTable
CREATE TABLE "ArticlePlacement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "columnId" INTEGER,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "decidedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "ArticlePlacement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticlePlacement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ArticlePlacement_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ArticlePlacement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ArticlePlacement_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
    "siteAt" DATETIME,
    "placedCount" INTEGER NOT NULL DEFAULT 0,
    "coverFileId" INTEGER,
    CONSTRAINT "Article_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_coverFileId_fkey" FOREIGN KEY ("coverFileId") REFERENCES "File" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "body", "byline", "columnId", "coverFileId", "createdAt", "deletedAt", "deletedById", "id", "publishAt", "publishedAt", "source", "status", "summary", "title", "titleKey", "unitId", "unpublishAt", "updatedAt") SELECT "authorId", "body", "byline", "columnId", "coverFileId", "createdAt", "deletedAt", "deletedById", "id", "publishAt", "publishedAt", "source", "status", "summary", "title", "titleKey", "unitId", "unpublishAt", "updatedAt" FROM "Article";
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
CREATE INDEX "Article_columnId_status_deletedAt_siteAt_idx" ON "Article"("columnId", "status", "deletedAt", "siteAt");
CREATE INDEX "Article_coverFileId_idx" ON "Article"("coverFileId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArticlePlacement_columnId_state_articleId_idx" ON "ArticlePlacement"("columnId", "state", "articleId");

-- CreateIndex
CREATE INDEX "ArticlePlacement_unitId_state_createdAt_idx" ON "ArticlePlacement"("unitId", "state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArticlePlacement_articleId_unitId_key" ON "ArticlePlacement"("articleId", "unitId");

-- When each article shows on its site, for the articles written before the column existed.
UPDATE "Article" SET "siteAt" = COALESCE("publishAt", "publishedAt");
