-- DropIndex
DROP INDEX "Letter_receivedAt_id_unitId_idx";

-- DropIndex
DROP INDEX "Letter_unitId_receivedAt_id_idx";

-- CreateIndex
CREATE INDEX "Letter_receivedAt_id_unitId_idx" ON "Letter"("receivedAt", "id", "unitId", "kind", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating");

-- CreateIndex
CREATE INDEX "Letter_unitId_receivedAt_id_idx" ON "Letter"("unitId", "receivedAt", "id", "kind", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating");
