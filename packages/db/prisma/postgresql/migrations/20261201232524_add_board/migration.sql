-- CreateTable
CREATE TABLE "BoardTopic" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPostAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answerDays" INTEGER NOT NULL,
    "answerDueDate" TEXT NOT NULL,
    "answerDueAt" TIMESTAMP(3) NOT NULL,
    "answerDueSoonAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "held" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BoardTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardPost" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "answer" BOOLEAN NOT NULL DEFAULT false,
    "held" BOOLEAN NOT NULL DEFAULT false,
    "hiddenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoardTopic_unitId_pinned_lastPostAt_id_idx" ON "BoardTopic"("unitId", "pinned", "lastPostAt", "id");

-- CreateIndex
CREATE INDEX "BoardTopic_pinned_lastPostAt_id_unitId_idx" ON "BoardTopic"("pinned", "lastPostAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "BoardTopic_unitId_createdAt_idx" ON "BoardTopic"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "BoardPost_topicId_id_idx" ON "BoardPost"("topicId", "id");

-- CreateIndex
CREATE INDEX "BoardPost_unitId_topicId_idx" ON "BoardPost"("unitId", "topicId");

-- AddForeignKey
ALTER TABLE "BoardTopic" ADD CONSTRAINT "BoardTopic_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardTopic" ADD CONSTRAINT "BoardTopic_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "BoardTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
