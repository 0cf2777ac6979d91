-- DropIndex
DROP INDEX "DuesEntry_memberId_month_idx";

-- CreateIndex
CREATE INDEX "DuesEntry_memberId_month_kind_amountFen_unitId_idx" ON "DuesEntry"("memberId", "month", "kind", "amountFen", "unitId");
