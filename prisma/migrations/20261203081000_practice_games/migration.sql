-- Unranked practice games (a seed chosen by the player): stored and replayable, never ranked.
-- AlterTable
ALTER TABLE "Game" ADD COLUMN "practice" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "GameSeat" ADD COLUMN "practice" BOOLEAN NOT NULL DEFAULT false;
