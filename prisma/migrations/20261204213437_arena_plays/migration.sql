-- CreateTable
CREATE TABLE "ArenaPlay" (
    "matchId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,

    PRIMARY KEY ("matchId", "botId"),
    CONSTRAINT "ArenaPlay_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "ArenaMatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArenaPlay_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArenaPlay_botId_scenario_idx" ON "ArenaPlay"("botId", "scenario");


-- The matches rated before this table existed count too: a bot's next night goes on from them.
INSERT INTO "ArenaPlay" ("matchId", "botId", "scenario")
SELECT DISTINCT e."matchId", e."botId", m."scenario" FROM "ArenaEntry" e JOIN "ArenaMatch" m ON m."id" = e."matchId";
