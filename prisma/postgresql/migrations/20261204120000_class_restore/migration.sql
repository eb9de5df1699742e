-- AlterTable
ALTER TABLE "ClassMember" ADD COLUMN     "tokenHash" TEXT;

-- AlterTable
ALTER TABLE "ClassRound" ADD COLUMN     "aliveAt" TIMESTAMP(3),
ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "pausedMs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "studentSeats" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "tickMs" INTEGER NOT NULL DEFAULT 0;

