-- CreateIndex
CREATE INDEX "Member_nameKey_id_unitId_status_idx" ON "Member"("nameKey", "id", "unitId", "status");
