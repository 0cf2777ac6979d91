-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "boundary" TEXT;

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "occupation" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "appliedOn" TEXT,
    "activistOn" TEXT,
    "candidateOn" TEXT,
    "probationaryOn" TEXT,
    "probationEndsOn" TEXT,
    "fullOn" TEXT,
    "leftOn" TEXT,
    "idNumber" TEXT NOT NULL,
    "idNumberIndex" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "phoneIndex" TEXT,
    "address" TEXT NOT NULL DEFAULT '',
    "workplace" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberEvent" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "atUnitId" INTEGER NOT NULL,
    "atUnitName" TEXT NOT NULL,
    "value" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MemberEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberSponsor" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "sponsorId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "assignedOn" TEXT NOT NULL,
    "endedOn" TEXT,

    CONSTRAINT "MemberSponsor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transfer" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "letterNo" TEXT NOT NULL,
    "toUnitId" INTEGER,
    "toOrganisation" TEXT NOT NULL DEFAULT '',
    "crossProvince" BOOLEAN NOT NULL DEFAULT false,
    "issuedOn" TEXT NOT NULL,
    "expiresOn" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'issued',
    "reason" TEXT NOT NULL DEFAULT '',
    "answer" TEXT NOT NULL DEFAULT '',
    "issuedById" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FloatingAttachment" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "hostUnitId" INTEGER NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "startedOn" TEXT NOT NULL,
    "untilOn" TEXT,
    "endedOn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FloatingAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualSnapshot" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "asOf" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenById" INTEGER,

    CONSTRAINT "AnnualSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualSnapshotMember" (
    "id" SERIAL NOT NULL,
    "snapshotId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "occupation" TEXT NOT NULL,
    "age" INTEGER NOT NULL,
    "memberYears" INTEGER,
    "admitted" BOOLEAN NOT NULL DEFAULT false,
    "converted" BOOLEAN NOT NULL DEFAULT false,
    "left" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AnnualSnapshotMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_idNumberIndex_key" ON "Member"("idNumberIndex");

-- CreateIndex
CREATE INDEX "Member_unitId_nameKey_id_idx" ON "Member"("unitId", "nameKey", "id");

-- CreateIndex
CREATE INDEX "Member_unitId_stage_status_id_idx" ON "Member"("unitId", "stage", "status", "id");

-- CreateIndex
CREATE INDEX "Member_unitId_status_stage_gender_education_birthDate_idx" ON "Member"("unitId", "status", "stage", "gender", "education", "birthDate");

-- CreateIndex
CREATE INDEX "Member_phoneIndex_idx" ON "Member"("phoneIndex");

-- CreateIndex
CREATE INDEX "MemberEvent_memberId_on_id_idx" ON "MemberEvent"("memberId", "on", "id");

-- CreateIndex
CREATE INDEX "MemberSponsor_memberId_role_idx" ON "MemberSponsor"("memberId", "role");

-- CreateIndex
CREATE INDEX "MemberSponsor_sponsorId_idx" ON "MemberSponsor"("sponsorId");

-- CreateIndex
CREATE INDEX "Transfer_unitId_state_issuedOn_idx" ON "Transfer"("unitId", "state", "issuedOn");

-- CreateIndex
CREATE INDEX "Transfer_toUnitId_state_issuedOn_idx" ON "Transfer"("toUnitId", "state", "issuedOn");

-- CreateIndex
CREATE INDEX "Transfer_memberId_idx" ON "Transfer"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Transfer_unitId_letterNo_key" ON "Transfer"("unitId", "letterNo");

-- CreateIndex
CREATE INDEX "FloatingAttachment_unitId_endedOn_idx" ON "FloatingAttachment"("unitId", "endedOn");

-- CreateIndex
CREATE INDEX "FloatingAttachment_hostUnitId_endedOn_idx" ON "FloatingAttachment"("hostUnitId", "endedOn");

-- CreateIndex
CREATE INDEX "FloatingAttachment_memberId_idx" ON "FloatingAttachment"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualSnapshot_year_key" ON "AnnualSnapshot"("year");

-- CreateIndex
CREATE INDEX "AnnualSnapshotMember_snapshotId_unitId_idx" ON "AnnualSnapshotMember"("snapshotId", "unitId");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberEvent" ADD CONSTRAINT "MemberEvent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberSponsor" ADD CONSTRAINT "MemberSponsor_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberSponsor" ADD CONSTRAINT "MemberSponsor_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloatingAttachment" ADD CONSTRAINT "FloatingAttachment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloatingAttachment" ADD CONSTRAINT "FloatingAttachment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualSnapshotMember" ADD CONSTRAINT "AnnualSnapshotMember_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "AnnualSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualSnapshotMember" ADD CONSTRAINT "AnnualSnapshotMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
