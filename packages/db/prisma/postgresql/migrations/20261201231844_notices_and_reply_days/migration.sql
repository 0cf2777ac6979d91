-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "replyWorkingDays" INTEGER;

-- CreateTable
CREATE TABLE "NoticeRead" (
    "userId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeRead_pkey" PRIMARY KEY ("userId","key")
);

-- AddForeignKey
ALTER TABLE "NoticeRead" ADD CONSTRAINT "NoticeRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
