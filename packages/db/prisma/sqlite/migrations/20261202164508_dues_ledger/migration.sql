/*
  Warnings:

  - A unique constraint covering the columns `[accountId]` on the table `Member` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Member" ADD COLUMN "accountId" INTEGER;

-- CreateTable
CREATE TABLE "DuesRuleSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "effectiveFrom" TEXT NOT NULL,
    "rounding" TEXT NOT NULL,
    "categories" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DuesBase" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "baseFen" INTEGER NOT NULL,
    "setFen" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'form',
    "enteredById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DuesBase_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuesEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    CONSTRAINT "DuesEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DuesEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuesChainHead" (
    "unitId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "DuesChainHead_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuesPayment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DuesPayment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DuesPayment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuesMonthClose" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "closedById" INTEGER,
    "closedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "DuesMonthClose_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuesHardship" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "fromMonth" TEXT NOT NULL,
    "toMonth" TEXT NOT NULL,
    "payFen" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'proposed',
    "proposedById" INTEGER,
    "proposedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    "answer" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "DuesHardship_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DuesHardship_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuesRemittance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DuesRemittance_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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

-- The ledger is append-only in the database itself, whatever client writes to it: its entries, payments and month
-- closes refuse every UPDATE and DELETE (a mistake is corrected by a reversing entry).
CREATE TRIGGER "DuesEntry_append_only_update" BEFORE UPDATE ON "DuesEntry"
BEGIN SELECT RAISE(ABORT, 'DuesEntry is append-only: correct an entry with a reversing entry'); END;
CREATE TRIGGER "DuesEntry_append_only_delete" BEFORE DELETE ON "DuesEntry"
BEGIN SELECT RAISE(ABORT, 'DuesEntry is append-only: correct an entry with a reversing entry'); END;
CREATE TRIGGER "DuesPayment_append_only_update" BEFORE UPDATE ON "DuesPayment"
BEGIN SELECT RAISE(ABORT, 'DuesPayment is append-only: reverse its ledger lines instead'); END;
CREATE TRIGGER "DuesPayment_append_only_delete" BEFORE DELETE ON "DuesPayment"
BEGIN SELECT RAISE(ABORT, 'DuesPayment is append-only: reverse its ledger lines instead'); END;
CREATE TRIGGER "DuesMonthClose_append_only_update" BEFORE UPDATE ON "DuesMonthClose"
BEGIN SELECT RAISE(ABORT, 'DuesMonthClose is append-only: a closed month stays closed'); END;
CREATE TRIGGER "DuesMonthClose_append_only_delete" BEFORE DELETE ON "DuesMonthClose"
BEGIN SELECT RAISE(ABORT, 'DuesMonthClose is append-only: a closed month stays closed'); END;

-- The default rule set: the rules of 2008, in force from April 2008 (services/dues/src/rules/rules-2008.ts; a test
-- keeps the two the same).
INSERT INTO "DuesRuleSet" ("effectiveFrom", "rounding", "categories", "note") VALUES ('2008-04', 'halfUp', '{"salaried":{"kind":"brackets","brackets":[{"upTo":300000,"rateBp":50},{"upTo":500000,"rateBp":100},{"upTo":1000000,"rateBp":150},{"upTo":null,"rateBp":200}]},"annualSalary":{"kind":"brackets","brackets":[{"upTo":300000,"rateBp":50},{"upTo":500000,"rateBp":100},{"upTo":1000000,"rateBp":150},{"upTo":null,"rateBp":200}]},"selfEmployed":{"kind":"brackets","brackets":[{"upTo":300000,"rateBp":50},{"upTo":500000,"rateBp":100},{"upTo":1000000,"rateBp":150},{"upTo":null,"rateBp":200}]},"retired":{"kind":"brackets","brackets":[{"upTo":500000,"rateBp":50},{"upTo":null,"rateBp":100}]},"farmer":{"kind":"fixed","fen":20,"min":20,"max":100},"student":{"kind":"fixed","fen":20}}', '2008 rules');
