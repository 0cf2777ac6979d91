-- The month each letter was received in (YYYYMM), in Asia/Shanghai (UTC+8, no daylight saving), the zone the
-- statistics count calendar days in: new letters get it from the application (letters/letter-rules.ts).
-- DropIndex
DROP INDEX "Letter_unitId_receivedAt_id_idx";

-- AlterTable
ALTER TABLE "Letter" ADD COLUMN "receivedMonth" INTEGER;
UPDATE "Letter" SET "receivedMonth" = CAST(to_char("receivedAt" + INTERVAL '8 hours', 'YYYYMM') AS INTEGER);
ALTER TABLE "Letter" ALTER COLUMN "receivedMonth" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Letter_unitId_receivedAt_id_idx" ON "Letter"("unitId", "receivedAt", "id", "kind", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating", "receivedMonth");

-- CreateIndex
CREATE INDEX "Letter_receivedMonth_kind_idx" ON "Letter"("receivedMonth", "kind", "receivedAt", "unitId", "status", "openDueAt", "dueAt", "repliedAt", "replyWorkingDays", "rating");
