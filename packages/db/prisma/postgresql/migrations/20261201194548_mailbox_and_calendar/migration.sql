-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "siteUnitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "submitterName" TEXT NOT NULL DEFAULT '',
    "submitterPhone" TEXT NOT NULL DEFAULT '',
    "phoneIndex" TEXT,
    "mayPublish" BOOLEAN NOT NULL DEFAULT false,
    "queryCodeHash" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "deadlineDays" INTEGER NOT NULL,
    "dueDate" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "dueSoonAt" TIMESTAMP(3) NOT NULL,
    "openDueAt" TIMESTAMP(3),
    "extensionState" TEXT NOT NULL DEFAULT 'none',
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "extensionReason" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    "handlingNote" TEXT NOT NULL DEFAULT '',
    "reply" TEXT NOT NULL DEFAULT '',
    "replyPublic" BOOLEAN NOT NULL DEFAULT false,
    "repliedAt" TIMESTAMP(3),
    "replyUnitId" INTEGER,
    "closedAt" TIMESTAMP(3),
    "rating" TEXT,
    "ratedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterEvent" (
    "id" SERIAL NOT NULL,
    "letterId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "byUnitId" INTEGER,
    "toUnitId" INTEGER,
    "actorId" INTEGER,
    "text" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterFile" (
    "letterId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,

    CONSTRAINT "LetterFile_pkey" PRIMARY KEY ("letterId","fileId")
);

-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterDeadline" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_date_key" ON "CalendarDay"("date");

-- CreateIndex
CREATE INDEX "CalendarDay_unitId_idx" ON "CalendarDay"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_queryCodeHash_key" ON "Letter"("queryCodeHash");

-- CreateIndex
CREATE INDEX "Letter_openDueAt_id_unitId_idx" ON "Letter"("openDueAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "Letter_unitId_openDueAt_id_idx" ON "Letter"("unitId", "openDueAt", "id");

-- CreateIndex
CREATE INDEX "Letter_receivedAt_id_unitId_idx" ON "Letter"("receivedAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "Letter_unitId_receivedAt_id_idx" ON "Letter"("unitId", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Letter_dueAt_id_unitId_idx" ON "Letter"("dueAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "Letter_unitId_dueAt_id_idx" ON "Letter"("unitId", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Letter_siteUnitId_replyPublic_repliedAt_idx" ON "Letter"("siteUnitId", "replyPublic", "repliedAt");

-- CreateIndex
CREATE INDEX "Letter_phoneIndex_idx" ON "Letter"("phoneIndex");

-- CreateIndex
CREATE INDEX "LetterEvent_letterId_id_idx" ON "LetterEvent"("letterId", "id");

-- CreateIndex
CREATE INDEX "LetterFile_fileId_idx" ON "LetterFile"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "ReplyTemplate_unitId_title_key" ON "ReplyTemplate"("unitId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "LetterDeadline_unitId_kind_key" ON "LetterDeadline"("unitId", "kind");

-- AddForeignKey
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterEvent" ADD CONSTRAINT "LetterEvent_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterEvent" ADD CONSTRAINT "LetterEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterFile" ADD CONSTRAINT "LetterFile_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterFile" ADD CONSTRAINT "LetterFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDeadline" ADD CONSTRAINT "LetterDeadline_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
