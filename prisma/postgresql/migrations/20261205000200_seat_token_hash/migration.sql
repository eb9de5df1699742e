-- AlterTable
ALTER TABLE "Game" ADD COLUMN     "code" TEXT,
ADD COLUMN     "friends" BOOLEAN;

-- AlterTable
ALTER TABLE "GameSeat" ADD COLUMN     "tokenHash" TEXT;

