-- AlterTable
ALTER TABLE "Game" ADD COLUMN "code" TEXT;
ALTER TABLE "Game" ADD COLUMN "friends" BOOLEAN;

-- AlterTable
ALTER TABLE "GameSeat" ADD COLUMN "tokenHash" TEXT;

