-- CreateTable
CREATE TABLE "MemberImport" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'staging',
    "total" INTEGER NOT NULL,
    "staged" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "MemberImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberImportRow" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "row" INTEGER NOT NULL,
    "memberUnitId" INTEGER NOT NULL,
    "fields" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "idNumberIndex" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "phoneIndex" TEXT,
    "address" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MemberImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemberImport_unitId_state_idx" ON "MemberImport"("unitId", "state");

-- CreateIndex
CREATE INDEX "MemberImportRow_importId_idNumberIndex_idx" ON "MemberImportRow"("importId", "idNumberIndex");

-- CreateIndex
CREATE UNIQUE INDEX "MemberImportRow_importId_row_key" ON "MemberImportRow"("importId", "row");

-- AddForeignKey
ALTER TABLE "MemberImport" ADD CONSTRAINT "MemberImport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberImportRow" ADD CONSTRAINT "MemberImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemberImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
