-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "address" TEXT,
ADD COLUMN     "contactPerson" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "creditCode" TEXT,
ADD COLUMN     "foundedOn" TEXT,
ADD COLUMN     "secretary" TEXT;
