-- A class game the host ended with "End now" before it was over (stand-in bots played the rest in
-- its students' seats): kept and replayable, never ranked. Copied to its seats, which leaderboard
-- queries read alone. The flag came in the same release as the trace's `botFinished`, so no stored
-- game needs it filled in.
-- AlterTable (ADD COLUMN, not a table rebuild)
ALTER TABLE "Game" ADD COLUMN "botFinished" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "GameSeat" ADD COLUMN "botFinished" BOOLEAN NOT NULL DEFAULT false;
