-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "address" TEXT;
ALTER TABLE "Unit" ADD COLUMN "contactPerson" TEXT;
ALTER TABLE "Unit" ADD COLUMN "contactPhone" TEXT;
ALTER TABLE "Unit" ADD COLUMN "creditCode" TEXT;
ALTER TABLE "Unit" ADD COLUMN "foundedOn" TEXT;
ALTER TABLE "Unit" ADD COLUMN "secretary" TEXT;
