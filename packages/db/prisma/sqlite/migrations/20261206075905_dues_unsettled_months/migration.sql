-- CreateTable
CREATE TABLE "DuesUnsettledMonth" (
    "memberId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "leftFen" INTEGER NOT NULL,

    PRIMARY KEY ("memberId", "month", "unitId"),
    CONSTRAINT "DuesUnsettledMonth_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DuesUnsettledMonth_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DuesUnsettledMonth_unitId_leftFen_idx" ON "DuesUnsettledMonth"("unitId", "leftFen");

-- The unsettled months of the entries written before this table existed.
INSERT INTO "DuesUnsettledMonth" ("memberId", "month", "unitId", "leftFen")
SELECT "memberId", "month", "unitId", SUM(CASE WHEN "kind" = 'assessment' THEN "amountFen" ELSE -"amountFen" END)
FROM "DuesEntry" WHERE "memberId" IS NOT NULL AND "kind" IN ('assessment', 'reduction', 'payment')
GROUP BY "memberId", "month", "unitId"
HAVING SUM(CASE WHEN "kind" = 'assessment' THEN "amountFen" ELSE -"amountFen" END) <> 0;

-- The table's generation (see the data_generations migration).
INSERT INTO "DataGeneration" ("name") VALUES ('DuesUnsettledMonth');
CREATE TRIGGER "DuesUnsettledMonth_generation_insert" AFTER INSERT ON "DuesUnsettledMonth" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesUnsettledMonth'; END;
CREATE TRIGGER "DuesUnsettledMonth_generation_update" AFTER UPDATE ON "DuesUnsettledMonth" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesUnsettledMonth'; END;
CREATE TRIGGER "DuesUnsettledMonth_generation_delete" AFTER DELETE ON "DuesUnsettledMonth" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesUnsettledMonth'; END;
