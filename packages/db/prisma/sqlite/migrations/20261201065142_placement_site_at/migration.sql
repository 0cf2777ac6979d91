-- AlterTable
ALTER TABLE "ArticlePlacement" ADD COLUMN "siteAt" DATETIME;

-- CreateIndex
CREATE INDEX "ArticlePlacement_columnId_state_siteAt_idx" ON "ArticlePlacement"("columnId", "state", "siteAt");

-- Placements written before: the siteAt of their article.
UPDATE "ArticlePlacement" SET "siteAt" = (SELECT a."siteAt" FROM "Article" a WHERE a."id" = "ArticlePlacement"."articleId");
