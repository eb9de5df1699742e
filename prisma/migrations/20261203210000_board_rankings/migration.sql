-- Boards of a scenario's own (server/storage/boards.ts): PlayerStat rows keyed "<scenario>/<board>",
-- ranked by games won (puzzles solved) or by best depth (longest bivalent run) as well.
-- CreateIndex
CREATE INDEX "PlayerStat_scenario_period_wins_idx" ON "PlayerStat"("scenario", "period", "wins");

-- CreateIndex
CREATE INDEX "PlayerStat_scenario_period_bestDepth_idx" ON "PlayerStat"("scenario", "period", "bestDepth");

-- Backfill: PlayerStat is derived from the stored games. Emptied here, it is rebuilt from them at
-- the next start (server/app.ts, ensurePlayerStats), board rows included, before any game is saved.
DELETE FROM "PlayerStat";
