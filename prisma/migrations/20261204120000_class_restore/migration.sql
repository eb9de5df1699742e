-- Class sessions survive a restart (issue 16): students' token hashes, and what a round needs to be
-- rebuilt (its pace, its student seats, its pause, the last time a server ran it).
ALTER TABLE "ClassMember" ADD COLUMN "tokenHash" TEXT;
ALTER TABLE "ClassRound" ADD COLUMN "tickMs" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ClassRound" ADD COLUMN "studentSeats" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "ClassRound" ADD COLUMN "pausedAt" DATETIME;
ALTER TABLE "ClassRound" ADD COLUMN "pausedMs" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ClassRound" ADD COLUMN "aliveAt" DATETIME;
