-- CreateIndex
CREATE INDEX "BoardTopic_answeredAt_hiddenAt_answerDueAt_idx" ON "BoardTopic"("answeredAt", "hiddenAt", "answerDueAt");
