-- CreateTable
CREATE TABLE "Bot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "Bot_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Player" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

    PRIMARY KEY ("gameId", "seat"),
    CONSTRAINT "GameSeat_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GameSeat_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GameSeat_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GameSeat" ("botFinished", "challengeId", "depth", "finishedAt", "gameId", "kind", "name", "playerId", "practice", "scenario", "score", "seat", "seedIndex", "sessionId", "strategy", "won") SELECT "botFinished", "challengeId", "depth", "finishedAt", "gameId", "kind", "name", "playerId", "practice", "scenario", "score", "seat", "seedIndex", "sessionId", "strategy", "won" FROM "GameSeat";
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
CREATE UNIQUE INDEX "Bot_tokenHash_key" ON "Bot"("tokenHash");

-- CreateIndex
CREATE INDEX "Bot_ownerId_createdAt_idx" ON "Bot"("ownerId", "createdAt");

