-- Written by hand in place of Prisma's table rebuild: adding a column with a default needs no rebuild in SQLite.
-- Rows written before this migration get their key at the gateway's next start (content's onStart).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "titleKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Article_titleKey_idx" ON "Article"("titleKey");
