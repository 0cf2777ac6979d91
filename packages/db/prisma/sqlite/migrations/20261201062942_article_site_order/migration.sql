-- CreateIndex
CREATE INDEX "Article_status_deletedAt_siteAt_idx" ON "Article"("status", "deletedAt", "siteAt");
