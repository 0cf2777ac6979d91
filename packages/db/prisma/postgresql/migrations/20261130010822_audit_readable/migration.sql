-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "clientAddress" TEXT,
ADD COLUMN     "entityLabel" TEXT,
ADD COLUMN     "labelUnitId" INTEGER,
ADD COLUMN     "userAgent" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");
