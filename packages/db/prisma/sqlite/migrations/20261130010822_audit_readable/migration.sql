-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "clientAddress" TEXT;
ALTER TABLE "AuditLog" ADD COLUMN "entityLabel" TEXT;
ALTER TABLE "AuditLog" ADD COLUMN "labelUnitId" INTEGER;
ALTER TABLE "AuditLog" ADD COLUMN "userAgent" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");
