-- AlterTable
ALTER TABLE "Letter" ADD COLUMN "replyWorkingDays" INTEGER;

-- CreateTable
CREATE TABLE "NoticeRead" (
    "userId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "key"),
    CONSTRAINT "NoticeRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
