-- The trace's format version on the game row, so the start-up upgrade finds the games stored as
-- version 1 (depth was the true chain) through an index. Every existing row starts at 1; the
-- upgrade reads the trace itself and sets the column once the game is rewritten.
-- AlterTable (ADD COLUMN, not a table rebuild: it must stay fast on a million games)
ALTER TABLE "Game" ADD COLUMN "traceVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Game_traceVersion_scenario_id_idx" ON "Game"("traceVersion", "scenario", "id");
