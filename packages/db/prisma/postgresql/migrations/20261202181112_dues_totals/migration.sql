-- CreateTable
CREATE TABLE "DuesTotal" (
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "booked" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "DuesTotal_pkey" PRIMARY KEY ("unitId","kind","month","booked")
);

-- CreateIndex
CREATE INDEX "DuesTotal_month_kind_idx" ON "DuesTotal"("month", "kind");

-- CreateIndex
CREATE INDEX "DuesTotal_booked_kind_idx" ON "DuesTotal"("booked", "kind");

-- AddForeignKey
ALTER TABLE "DuesTotal" ADD CONSTRAINT "DuesTotal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The totals of the entries written before this table existed.
INSERT INTO "DuesTotal" ("unitId", "kind", "month", "booked", "amountFen", "entries")
SELECT "unitId", "kind", "month", SUBSTR("on", 1, 7), SUM("amountFen"), COUNT(*) FROM "DuesEntry"
GROUP BY "unitId", "kind", "month", SUBSTR("on", 1, 7);
