-- CreateTable
CREATE TABLE "ArenaMatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenario" TEXT NOT NULL,
    "night" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ArenaEntry" (
    "matchId" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "parScore" INTEGER NOT NULL,
    "result" REAL NOT NULL,
    "timeouts" INTEGER NOT NULL,
    "refused" INTEGER NOT NULL,
    "unsafe" BOOLEAN NOT NULL,
    "ratingBefore" REAL NOT NULL,
    "ratingAfter" REAL NOT NULL,
    "finishedAt" DATETIME NOT NULL,

    PRIMARY KEY ("matchId", "seat"),
    CONSTRAINT "ArenaEntry_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "ArenaMatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArenaEntry_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BotRating" (
    "botId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "rating" REAL NOT NULL DEFAULT 1500,
    "rd" REAL NOT NULL DEFAULT 350,
    "volatility" REAL NOT NULL DEFAULT 0.06,
    "matches" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("botId", "scenario"),
    CONSTRAINT "BotRating_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GameSeat" (
    "gameId" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "playerId" TEXT,
    "botId" TEXT,
    "name" TEXT NOT NULL,
    "strategy" TEXT,
    "score" INTEGER NOT NULL,
    "won" BOOLEAN NOT NULL,
    "depth" INTEGER,
    "scenario" TEXT NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "sessionId" TEXT,
    "challengeId" TEXT,
    "seedIndex" INTEGER,
    "practice" BOOLEAN NOT NULL DEFAULT false,
    "botFinished" BOOLEAN NOT NULL DEFAULT false,
    "timeouts" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("gameId", "seat"),
    CONSTRAINT "GameSeat_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GameSeat_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GameSeat_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GameSeat" ("botFinished", "botId", "challengeId", "depth", "finishedAt", "gameId", "kind", "name", "playerId", "practice", "scenario", "score", "seat", "seedIndex", "sessionId", "strategy", "won") SELECT "botFinished", "botId", "challengeId", "depth", "finishedAt", "gameId", "kind", "name", "playerId", "practice", "scenario", "score", "seat", "seedIndex", "sessionId", "strategy", "won" FROM "GameSeat";
DROP TABLE "GameSeat";
ALTER TABLE "new_GameSeat" RENAME TO "GameSeat";
CREATE INDEX "GameSeat_botId_finishedAt_idx" ON "GameSeat"("botId", "finishedAt");
CREATE INDEX "GameSeat_scenario_kind_playerId_idx" ON "GameSeat"("scenario", "kind", "playerId");
CREATE INDEX "GameSeat_playerId_finishedAt_idx" ON "GameSeat"("playerId", "finishedAt");
CREATE INDEX "GameSeat_scenario_kind_finishedAt_idx" ON "GameSeat"("scenario", "kind", "finishedAt");
CREATE INDEX "GameSeat_sessionId_kind_idx" ON "GameSeat"("sessionId", "kind");
CREATE INDEX "GameSeat_challengeId_seedIndex_kind_score_idx" ON "GameSeat"("challengeId", "seedIndex", "kind", "score");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArenaMatch_scenario_finishedAt_idx" ON "ArenaMatch"("scenario", "finishedAt");

-- CreateIndex
CREATE INDEX "ArenaEntry_botId_finishedAt_idx" ON "ArenaEntry"("botId", "finishedAt");

-- CreateIndex
CREATE INDEX "BotRating_scenario_rating_idx" ON "BotRating"("scenario", "rating");

