-- CreateTable
CREATE TABLE "DuesUnsettledMonth" (
    "memberId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "leftFen" INTEGER NOT NULL,

    CONSTRAINT "DuesUnsettledMonth_pkey" PRIMARY KEY ("memberId","month","unitId")
);

-- CreateIndex
CREATE INDEX "DuesUnsettledMonth_unitId_leftFen_idx" ON "DuesUnsettledMonth"("unitId", "leftFen");

-- AddForeignKey
ALTER TABLE "DuesUnsettledMonth" ADD CONSTRAINT "DuesUnsettledMonth_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesUnsettledMonth" ADD CONSTRAINT "DuesUnsettledMonth_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The unsettled months of the entries written before this table existed.
INSERT INTO "DuesUnsettledMonth" ("memberId", "month", "unitId", "leftFen")
SELECT "memberId", "month", "unitId", SUM(CASE WHEN "kind" = 'assessment' THEN "amountFen" ELSE -"amountFen" END)
FROM "DuesEntry" WHERE "memberId" IS NOT NULL AND "kind" IN ('assessment', 'reduction', 'payment')
GROUP BY "memberId", "month", "unitId"
HAVING SUM(CASE WHEN "kind" = 'assessment' THEN "amountFen" ELSE -"amountFen" END) <> 0;

-- The table's generation (see the data_generations migration).
INSERT INTO "DataGeneration" ("name") VALUES ('DuesUnsettledMonth');
CREATE SEQUENCE "DataGeneration_DuesUnsettledMonth";
CREATE TRIGGER "DuesUnsettledMonth_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesUnsettledMonth" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
