/*
  Warnings:

  - A unique constraint covering the columns `[accountId]` on the table `Member` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "accountId" INTEGER;

-- CreateTable
CREATE TABLE "DuesRuleSet" (
    "id" SERIAL NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "rounding" TEXT NOT NULL,
    "categories" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuesRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesBase" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "baseFen" INTEGER NOT NULL,
    "setFen" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'form',
    "enteredById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuesBase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesEntry" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "memberId" INTEGER,
    "month" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "on" TEXT NOT NULL,
    "reversesSeq" INTEGER,
    "counterpartUnitId" INTEGER,
    "receiptNo" TEXT,
    "actorId" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "at" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "onceKey" TEXT,

    CONSTRAINT "DuesEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesChainHead" (
    "unitId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "DuesChainHead_pkey" PRIMARY KEY ("unitId")
);

-- CreateTable
CREATE TABLE "DuesPayment" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "receiptSeq" INTEGER NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "extraFen" INTEGER NOT NULL DEFAULT 0,
    "lines" TEXT NOT NULL,
    "paidOn" TEXT NOT NULL,
    "payer" TEXT NOT NULL,
    "proxyName" TEXT NOT NULL DEFAULT '',
    "requestKey" TEXT NOT NULL,
    "actorId" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuesPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesMonthClose" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "closedById" INTEGER,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DuesMonthClose_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesHardship" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "fromMonth" TEXT NOT NULL,
    "toMonth" TEXT NOT NULL,
    "payFen" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'proposed',
    "proposedById" INTEGER,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "answer" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DuesHardship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesRemittance" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "toUnitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "sentOn" TEXT NOT NULL,
    "sentById" INTEGER,
    "sentSeq" INTEGER NOT NULL,
    "receivedFen" INTEGER,
    "receivedOn" TEXT,
    "receivedById" INTEGER,
    "receivedSeq" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuesRemittance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DuesRuleSet_effectiveFrom_key" ON "DuesRuleSet"("effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "DuesBase_memberId_effectiveFrom_key" ON "DuesBase"("memberId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "DuesEntry_onceKey_key" ON "DuesEntry"("onceKey");

-- CreateIndex
CREATE INDEX "DuesEntry_unitId_month_kind_idx" ON "DuesEntry"("unitId", "month", "kind");

-- CreateIndex
CREATE INDEX "DuesEntry_unitId_on_idx" ON "DuesEntry"("unitId", "on");

-- CreateIndex
CREATE INDEX "DuesEntry_memberId_month_idx" ON "DuesEntry"("memberId", "month");

-- CreateIndex
CREATE INDEX "DuesEntry_receiptNo_idx" ON "DuesEntry"("receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "DuesEntry_unitId_seq_key" ON "DuesEntry"("unitId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "DuesEntry_unitId_reversesSeq_key" ON "DuesEntry"("unitId", "reversesSeq");

-- CreateIndex
CREATE UNIQUE INDEX "DuesPayment_receiptNo_key" ON "DuesPayment"("receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "DuesPayment_requestKey_key" ON "DuesPayment"("requestKey");

-- CreateIndex
CREATE INDEX "DuesPayment_unitId_paidOn_idx" ON "DuesPayment"("unitId", "paidOn");

-- CreateIndex
CREATE INDEX "DuesPayment_memberId_paidOn_idx" ON "DuesPayment"("memberId", "paidOn");

-- CreateIndex
CREATE UNIQUE INDEX "DuesPayment_unitId_year_receiptSeq_key" ON "DuesPayment"("unitId", "year", "receiptSeq");

-- CreateIndex
CREATE UNIQUE INDEX "DuesMonthClose_unitId_month_key" ON "DuesMonthClose"("unitId", "month");

-- CreateIndex
CREATE INDEX "DuesHardship_unitId_state_idx" ON "DuesHardship"("unitId", "state");

-- CreateIndex
CREATE INDEX "DuesHardship_memberId_fromMonth_idx" ON "DuesHardship"("memberId", "fromMonth");

-- CreateIndex
CREATE INDEX "DuesRemittance_toUnitId_period_idx" ON "DuesRemittance"("toUnitId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "DuesRemittance_unitId_period_key" ON "DuesRemittance"("unitId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "Member_accountId_key" ON "Member"("accountId");

-- AddForeignKey
ALTER TABLE "DuesBase" ADD CONSTRAINT "DuesBase_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesEntry" ADD CONSTRAINT "DuesEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesEntry" ADD CONSTRAINT "DuesEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesChainHead" ADD CONSTRAINT "DuesChainHead_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesPayment" ADD CONSTRAINT "DuesPayment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesPayment" ADD CONSTRAINT "DuesPayment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesMonthClose" ADD CONSTRAINT "DuesMonthClose_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesHardship" ADD CONSTRAINT "DuesHardship_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesHardship" ADD CONSTRAINT "DuesHardship_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesRemittance" ADD CONSTRAINT "DuesRemittance_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The ledger is append-only in the database itself, whatever client writes to it: its entries, payments and month
-- closes refuse every UPDATE, DELETE and TRUNCATE (a mistake is corrected by a reversing entry).
CREATE FUNCTION "dues_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused (correct an entry with a reversing entry)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "DuesEntry_append_only" BEFORE UPDATE OR DELETE ON "DuesEntry"
  FOR EACH ROW EXECUTE FUNCTION "dues_append_only"();
CREATE TRIGGER "DuesEntry_no_truncate" BEFORE TRUNCATE ON "DuesEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "dues_append_only"();
CREATE TRIGGER "DuesPayment_append_only" BEFORE UPDATE OR DELETE ON "DuesPayment"
  FOR EACH ROW EXECUTE FUNCTION "dues_append_only"();
CREATE TRIGGER "DuesPayment_no_truncate" BEFORE TRUNCATE ON "DuesPayment"
  FOR EACH STATEMENT EXECUTE FUNCTION "dues_append_only"();
CREATE TRIGGER "DuesMonthClose_append_only" BEFORE UPDATE OR DELETE ON "DuesMonthClose"
  FOR EACH ROW EXECUTE FUNCTION "dues_append_only"();
CREATE TRIGGER "DuesMonthClose_no_truncate" BEFORE TRUNCATE ON "DuesMonthClose"
  FOR EACH STATEMENT EXECUTE FUNCTION "dues_append_only"();

-- The default rule set: the rules of 2008, in force from April 2008 (services/dues/src/rules/rules-2008.ts; a test
-- keeps the two the same).
INSERT INTO "DuesRuleSet" ("effectiveFrom", "rounding", "categories", "note") VALUES ('2008-04', 'halfUp', '{"salaried":{"kind":"brackets","brackets":[{"upTo":300000,"rateBp":50},{"upTo":500000,"rateBp":100},{"upTo":1000000,"rateBp":150},{"upTo":null,"rateBp":200}]},"annualSalary":{"kind":"brackets","brackets":[{"upTo":300000,"rateBp":50},{"upTo":500000,"rateBp":100},{"upTo":1000000,"rateBp":150},{"upTo":null,"rateBp":200}]},"selfEmployed":{"kind":"brackets","brackets":[{"upTo":300000,"rateBp":50},{"upTo":500000,"rateBp":100},{"upTo":1000000,"rateBp":150},{"upTo":null,"rateBp":200}]},"retired":{"kind":"brackets","brackets":[{"upTo":500000,"rateBp":50},{"upTo":null,"rateBp":100}]},"farmer":{"kind":"fixed","fen":20,"min":20,"max":100},"student":{"kind":"fixed","fen":20}}', '2008 rules');
