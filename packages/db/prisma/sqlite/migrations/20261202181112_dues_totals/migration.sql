-- CreateTable
CREATE TABLE "DuesTotal" (
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "booked" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,

    PRIMARY KEY ("unitId", "kind", "month", "booked"),
    CONSTRAINT "DuesTotal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DuesTotal_month_kind_idx" ON "DuesTotal"("month", "kind");

-- CreateIndex
CREATE INDEX "DuesTotal_booked_kind_idx" ON "DuesTotal"("booked", "kind");

-- The totals of the entries written before this table existed.
INSERT INTO "DuesTotal" ("unitId", "kind", "month", "booked", "amountFen", "entries")
SELECT "unitId", "kind", "month", SUBSTR("on", 1, 7), SUM("amountFen"), COUNT(*) FROM "DuesEntry"
GROUP BY "unitId", "kind", "month", SUBSTR("on", 1, 7);
