-- DropIndex
DROP INDEX "BoardTopic_pinned_lastPostAt_id_unitId_idx";

-- DropIndex
DROP INDEX "BoardTopic_unitId_pinned_lastPostAt_id_idx";

-- CreateIndex
CREATE INDEX "BoardTopic_unitId_pinned_lastPostAt_id_idx" ON "BoardTopic"("unitId", "pinned", "lastPostAt", "id", "hiddenAt", "held", "authorId");

-- CreateIndex
CREATE INDEX "BoardTopic_pinned_lastPostAt_id_unitId_idx" ON "BoardTopic"("pinned", "lastPostAt", "id", "unitId", "hiddenAt", "held", "authorId");
