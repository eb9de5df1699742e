-- AlterTable
ALTER TABLE "GameSeat" ADD COLUMN "challengeId" TEXT;
ALTER TABLE "GameSeat" ADD COLUMN "seedIndex" INTEGER;
ALTER TABLE "GameSeat" ADD COLUMN "sessionId" TEXT;

-- CreateTable
CREATE TABLE "ClassSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "hostHash" TEXT NOT NULL,
    "allowLateJoin" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ClassMember" (
    "sessionId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "kicked" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("sessionId", "playerId"),
    CONSTRAINT "ClassMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "scenario" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    CONSTRAINT "ClassRound_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlayerStat" (
    "playerId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "games" INTEGER NOT NULL,
    "wins" INTEGER NOT NULL,
    "winRate" REAL NOT NULL,
    "totalScore" INTEGER NOT NULL,
    "bestScore" INTEGER NOT NULL,
    "bestDepth" INTEGER,
    "bestGameId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("playerId", "scenario", "period")
);

-- CreateTable
CREATE TABLE "ChallengeBest" (
    "challengeId" TEXT NOT NULL,
    "seedIndex" INTEGER NOT NULL,
    "playerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "gameId" TEXT NOT NULL,
    "finishedAt" DATETIME NOT NULL,

    PRIMARY KEY ("challengeId", "seedIndex", "playerId")
);

-- CreateTable
CREATE TABLE "ChallengeScore" (
    "challengeId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "nights" INTEGER NOT NULL,
    "completed" BOOLEAN NOT NULL,
    "bestGameId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("challengeId", "playerId", "period")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Game" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenario" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "trace" TEXT NOT NULL,
    "sessionId" TEXT,
    "roundId" TEXT,
    "challengeId" TEXT,
    "seedIndex" INTEGER,
    CONSTRAINT "Game_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Game_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ClassRound" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Game" ("finishedAt", "id", "outcome", "scenario", "startedAt", "trace") SELECT "finishedAt", "id", "outcome", "scenario", "startedAt", "trace" FROM "Game";
DROP TABLE "Game";
ALTER TABLE "new_Game" RENAME TO "Game";
CREATE INDEX "Game_scenario_finishedAt_idx" ON "Game"("scenario", "finishedAt");
CREATE INDEX "Game_sessionId_finishedAt_idx" ON "Game"("sessionId", "finishedAt");
CREATE INDEX "Game_roundId_idx" ON "Game"("roundId");
CREATE INDEX "Game_challengeId_seedIndex_idx" ON "Game"("challengeId", "seedIndex");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ClassSession_code_key" ON "ClassSession"("code");

-- CreateIndex
CREATE INDEX "ClassSession_hostHash_createdAt_idx" ON "ClassSession"("hostHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClassRound_sessionId_number_key" ON "ClassRound"("sessionId", "number");

-- CreateIndex
CREATE INDEX "PlayerStat_scenario_period_totalScore_idx" ON "PlayerStat"("scenario", "period", "totalScore");

-- CreateIndex
CREATE INDEX "PlayerStat_scenario_period_winRate_games_idx" ON "PlayerStat"("scenario", "period", "winRate", "games");

-- CreateIndex
CREATE INDEX "ChallengeBest_challengeId_seedIndex_score_idx" ON "ChallengeBest"("challengeId", "seedIndex", "score");

-- CreateIndex
CREATE INDEX "ChallengeScore_challengeId_period_total_idx" ON "ChallengeScore"("challengeId", "period", "total");

-- CreateIndex
CREATE INDEX "GameSeat_scenario_kind_finishedAt_idx" ON "GameSeat"("scenario", "kind", "finishedAt");

-- CreateIndex
CREATE INDEX "GameSeat_sessionId_kind_idx" ON "GameSeat"("sessionId", "kind");

-- CreateIndex
CREATE INDEX "GameSeat_challengeId_seedIndex_kind_score_idx" ON "GameSeat"("challengeId", "seedIndex", "kind", "score");
