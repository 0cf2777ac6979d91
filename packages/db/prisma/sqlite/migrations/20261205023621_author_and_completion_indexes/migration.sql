-- CreateIndex
CREATE INDEX "Article_authorId_status_deletedAt_unitId_idx" ON "Article"("authorId", "status", "deletedAt", "unitId");

-- CreateIndex
CREATE INDEX "Enrolment_unitId_status_completedAt_idx" ON "Enrolment"("unitId", "status", "completedAt");
