-- DropIndex
DROP INDEX "BoardTopic_unitId_createdAt_idx";

-- CreateIndex
CREATE INDEX "BoardTopic_unitId_createdAt_idx" ON "BoardTopic"("unitId", "createdAt", "hiddenAt", "answeredAt", "answerDueAt");
