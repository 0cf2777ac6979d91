-- The month each letter was received in (YYYYMM), in Asia/Shanghai (UTC+8, no daylight saving), the zone the
-- statistics count calendar days in: new letters get it from the application (letters/letter-rules.ts).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Letter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedMonth" INTEGER NOT NULL,
    "acceptedAt" DATETIME,
    "deadlineDays" INTEGER NOT NULL,
    "dueDate" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "dueSoonAt" DATETIME NOT NULL,
    "openDueAt" DATETIME,
    "extensionState" TEXT NOT NULL DEFAULT 'none',
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "extensionReason" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    "handlingNote" TEXT NOT NULL DEFAULT '',
    "reply" TEXT NOT NULL DEFAULT '',
    "replyPublic" BOOLEAN NOT NULL DEFAULT false,
    "repliedAt" DATETIME,
    "replyWorkingDays" INTEGER,
    "replyUnitId" INTEGER,
    "closedAt" DATETIME,
    "rating" TEXT,
    "ratedAt" DATETIME,
    "reopenedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Letter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Letter" ("acceptedAt", "body", "closedAt", "deadlineDays", "dueAt", "dueDate", "dueSoonAt", "extensionDays", "extensionReason", "extensionState", "handlingNote", "id", "kind", "mayPublish", "openDueAt", "phoneIndex", "queryCodeHash", "ratedAt", "rating", "reason", "receivedAt", "reopenedAt", "repliedAt", "reply", "replyPublic", "replyUnitId", "replyWorkingDays", "siteUnitId", "status", "submitterName", "submitterPhone", "title", "unitId", "updatedAt", "receivedMonth") SELECT "acceptedAt", "body", "closedAt", "deadlineDays", "dueAt", "dueDate", "dueSoonAt", "extensionDays", "extensionReason", "extensionState", "handlingNote", "id", "kind", "mayPublish", "openDueAt", "phoneIndex", "queryCodeHash", "ratedAt", "rating", "reason", "receivedAt", "reopenedAt", "repliedAt", "reply", "replyPublic", "replyUnitId", "replyWorkingDays", "siteUnitId", "status", "submitterName", "submitterPhone", "title", "unitId", "updatedAt", CAST(strftime('%Y%m', "receivedAt", '+8 hours') AS INTEGER) FROM "Letter";
DROP TABLE "Letter";
ALTER TABLE "new_Letter" RENAME TO "Letter";
CREATE UNIQUE INDEX "Letter_queryCodeHash_key" ON "Letter"("queryCodeHash");
CREATE INDEX "Letter_openDueAt_id_unitId_idx" ON "Letter"("openDueAt", "id", "unitId");
CREATE INDEX "Letter_unitId_openDueAt_id_idx" ON "Letter"("unitId", "openDueAt", "id");
CREATE INDEX "Letter_receivedAt_id_unitId_idx" ON "Letter"("receivedAt", "id", "unitId", "kind", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating");
CREATE INDEX "Letter_unitId_receivedAt_id_idx" ON "Letter"("unitId", "receivedAt", "id", "kind", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating", "receivedMonth");
CREATE INDEX "Letter_receivedMonth_kind_idx" ON "Letter"("receivedMonth", "kind", "receivedAt", "unitId", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating");
CREATE INDEX "Letter_dueAt_id_unitId_idx" ON "Letter"("dueAt", "id", "unitId");
CREATE INDEX "Letter_unitId_dueAt_id_idx" ON "Letter"("unitId", "dueAt", "id");
CREATE INDEX "Letter_siteUnitId_replyPublic_repliedAt_idx" ON "Letter"("siteUnitId", "replyPublic", "repliedAt");
CREATE INDEX "Letter_phoneIndex_idx" ON "Letter"("phoneIndex");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
