-- CreateTable
CREATE TABLE "BoardTopic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPostAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answerDays" INTEGER NOT NULL,
    "answerDueDate" TEXT NOT NULL,
    "answerDueAt" DATETIME NOT NULL,
    "answerDueSoonAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" DATETIME,
    "hiddenAt" DATETIME,
    "held" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "BoardTopic_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BoardTopic_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BoardPost" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "answer" BOOLEAN NOT NULL DEFAULT false,
    "held" BOOLEAN NOT NULL DEFAULT false,
    "hiddenAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BoardPost_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BoardPost_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "BoardTopic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BoardPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
