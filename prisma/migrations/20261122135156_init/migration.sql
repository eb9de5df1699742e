-- CreateTable
CREATE TABLE "Player" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deviceHash" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Game" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenario" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "trace" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "GameSeat" (
    "gameId" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "playerId" TEXT,
    "name" TEXT NOT NULL,
    "strategy" TEXT,
    "score" INTEGER NOT NULL,
    "won" BOOLEAN NOT NULL,
    "depth" INTEGER,
    "scenario" TEXT NOT NULL,
    "finishedAt" DATETIME NOT NULL,

    PRIMARY KEY ("gameId", "seat"),
    CONSTRAINT "GameSeat_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GameSeat_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Player_deviceHash_key" ON "Player"("deviceHash");

-- CreateIndex
CREATE INDEX "Game_scenario_finishedAt_idx" ON "Game"("scenario", "finishedAt");

-- CreateIndex
CREATE INDEX "GameSeat_scenario_kind_playerId_idx" ON "GameSeat"("scenario", "kind", "playerId");

-- CreateIndex
CREATE INDEX "GameSeat_playerId_finishedAt_idx" ON "GameSeat"("playerId", "finishedAt");

