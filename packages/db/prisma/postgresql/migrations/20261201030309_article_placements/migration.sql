-- DropIndex
DROP INDEX "Article_columnId_status_publishedAt_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "placedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "siteAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticlePlacement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "columnId" INTEGER,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "decidedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ArticlePlacement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticlePlacement_columnId_state_articleId_idx" ON "ArticlePlacement"("columnId", "state", "articleId");

-- CreateIndex
CREATE INDEX "ArticlePlacement_unitId_state_createdAt_idx" ON "ArticlePlacement"("unitId", "state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArticlePlacement_articleId_unitId_key" ON "ArticlePlacement"("articleId", "unitId");

-- CreateIndex
CREATE INDEX "Article_columnId_status_deletedAt_siteAt_idx" ON "Article"("columnId", "status", "deletedAt", "siteAt");

-- AddForeignKey
ALTER TABLE "ArticlePlacement" ADD CONSTRAINT "ArticlePlacement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePlacement" ADD CONSTRAINT "ArticlePlacement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePlacement" ADD CONSTRAINT "ArticlePlacement_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePlacement" ADD CONSTRAINT "ArticlePlacement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePlacement" ADD CONSTRAINT "ArticlePlacement_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- When each article shows on its site, for the articles written before the column existed.
UPDATE "Article" SET "siteAt" = COALESCE("publishAt", "publishedAt");
