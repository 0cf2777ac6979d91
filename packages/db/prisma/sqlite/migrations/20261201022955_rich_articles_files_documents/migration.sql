-- CreateTable
CREATE TABLE "ArticleTag" (
    "articleId" INTEGER NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "tag"),
    CONSTRAINT "ArticleTag_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleFile" (
    "articleId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "fileId"),
    CONSTRAINT "ArticleFile_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "visibility" TEXT NOT NULL DEFAULT 'internal',
    "version" INTEGER NOT NULL DEFAULT 1,
    "titleKey" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "uploadedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Blob" (
    "sha256" TEXT NOT NULL PRIMARY KEY,
    "size" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "store" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BlobChunk" (
    "sha256" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BLOB NOT NULL,

    PRIMARY KEY ("sha256", "seq"),
    CONSTRAINT "BlobChunk_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Blob" ("sha256") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "previewSha256" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "uploadedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "File_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "File_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Blob" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "File_previewSha256_fkey" FOREIGN KEY ("previewSha256") REFERENCES "Blob" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "File_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
    "coverFileId" INTEGER,
    CONSTRAINT "Article_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_coverFileId_fkey" FOREIGN KEY ("coverFileId") REFERENCES "File" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "body", "byline", "columnId", "createdAt", "deletedAt", "deletedById", "id", "publishAt", "publishedAt", "source", "status", "summary", "title", "titleKey", "unitId", "unpublishAt", "updatedAt") SELECT "authorId", "body", "byline", "columnId", "createdAt", "deletedAt", "deletedById", "id", "publishAt", "publishedAt", "source", "status", "summary", "title", "titleKey", "unitId", "unpublishAt", "updatedAt" FROM "Article";
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
CREATE INDEX "Article_coverFileId_idx" ON "Article"("coverFileId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArticleTag_tag_articleId_idx" ON "ArticleTag"("tag", "articleId");

-- CreateIndex
CREATE INDEX "ArticleFile_fileId_idx" ON "ArticleFile"("fileId");

-- CreateIndex
CREATE INDEX "Document_unitId_updatedAt_id_idx" ON "Document"("unitId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Document_unitId_category_idx" ON "Document"("unitId", "category");

-- CreateIndex
CREATE INDEX "DocumentVersion_fileId_idx" ON "DocumentVersion"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_number_key" ON "DocumentVersion"("documentId", "number");

-- CreateIndex
CREATE INDEX "File_unitId_createdAt_idx" ON "File"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "File_sha256_idx" ON "File"("sha256");

-- CreateIndex
CREATE INDEX "File_previewSha256_idx" ON "File"("previewSha256");

-- Article bodies become rich HTML (sanitised on every write): the plain-text bodies written so far are escaped
-- and each line becomes a paragraph, in the articles and in their revisions alike.
UPDATE "Article" SET "body" = '<p>' || replace(replace(replace(replace(replace(replace(replace("body", char(13), ''), char(10) || char(10), char(10)), char(10) || char(10), char(10)), '&', '&amp' || char(59)), '<', '&lt' || char(59)), '>', '&gt' || char(59)), char(10), '</p><p>') || '</p>';
UPDATE "ArticleRevision" SET "body" = '<p>' || replace(replace(replace(replace(replace(replace(replace("body", char(13), ''), char(10) || char(10), char(10)), char(10) || char(10), char(10)), '&', '&amp' || char(59)), '<', '&lt' || char(59)), '>', '&gt' || char(59)), char(10), '</p><p>') || '</p>';
