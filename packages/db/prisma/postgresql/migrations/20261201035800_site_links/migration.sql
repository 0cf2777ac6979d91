-- CreateTable
CREATE TABLE "SiteLink" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "sort" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SiteLink_unitId_sort_idx" ON "SiteLink"("unitId", "sort");

-- AddForeignKey
ALTER TABLE "SiteLink" ADD CONSTRAINT "SiteLink_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
