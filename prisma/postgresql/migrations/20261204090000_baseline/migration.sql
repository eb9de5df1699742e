-- CreateTable
CREATE TABLE "Player" (
    "id" TEXT NOT NULL,
    "deviceHash" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Player_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Game" (
    "id" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "trace" TEXT NOT NULL,
    "sessionId" TEXT,
    "roundId" TEXT,
    "classGroup" INTEGER,
    "challengeId" TEXT,
    "seedIndex" INTEGER,
    "practice" BOOLEAN NOT NULL DEFAULT false,
    "botFinished" BOOLEAN NOT NULL DEFAULT false,
    "traceVersion" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Game_pkey" PRIMARY KEY ("id")
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
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "sessionId" TEXT,
    "challengeId" TEXT,
    "seedIndex" INTEGER,
    "practice" BOOLEAN NOT NULL DEFAULT false,
    "botFinished" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "GameSeat_pkey" PRIMARY KEY ("gameId","seat")
);

-- CreateTable
CREATE TABLE "ClassSession" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "hostHash" TEXT NOT NULL,
    "allowLateJoin" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ClassSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassMember" (
    "sessionId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "kicked" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassMember_pkey" PRIMARY KEY ("sessionId","playerId")
);

-- CreateTable
CREATE TABLE "ClassRound" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "scenario" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ClassRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlayerStat" (
    "playerId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "games" INTEGER NOT NULL,
    "wins" INTEGER NOT NULL,
    "winRate" DOUBLE PRECISION NOT NULL,
    "totalScore" INTEGER NOT NULL,
    "bestScore" INTEGER NOT NULL,
    "bestDepth" INTEGER,
    "bestGameId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlayerStat_pkey" PRIMARY KEY ("playerId","scenario","period")
);

-- CreateTable
CREATE TABLE "ChallengeBest" (
    "challengeId" TEXT NOT NULL,
    "seedIndex" INTEGER NOT NULL,
    "playerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "gameId" TEXT NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeBest_pkey" PRIMARY KEY ("challengeId","seedIndex","playerId")
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeScore_pkey" PRIMARY KEY ("challengeId","playerId","period")
);

-- CreateTable
CREATE TABLE "LiveGame" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "seed" BIGINT NOT NULL,
    "tickMs" INTEGER NOT NULL,
    "seats" TEXT NOT NULL,
    "context" TEXT,
    "friends" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveGame_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveInput" (
    "gameId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "action" TEXT NOT NULL,

    CONSTRAINT "LiveInput_pkey" PRIMARY KEY ("gameId","seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "Player_deviceHash_key" ON "Player"("deviceHash");

-- CreateIndex
CREATE INDEX "Game_scenario_finishedAt_idx" ON "Game"("scenario", "finishedAt");

-- CreateIndex
CREATE INDEX "Game_sessionId_finishedAt_idx" ON "Game"("sessionId", "finishedAt");

-- CreateIndex
CREATE INDEX "Game_roundId_idx" ON "Game"("roundId");

-- CreateIndex
CREATE INDEX "Game_challengeId_seedIndex_idx" ON "Game"("challengeId", "seedIndex");

-- CreateIndex
CREATE INDEX "Game_traceVersion_scenario_id_idx" ON "Game"("traceVersion", "scenario", "id");

-- CreateIndex
CREATE INDEX "GameSeat_scenario_kind_playerId_idx" ON "GameSeat"("scenario", "kind", "playerId");

-- CreateIndex
CREATE INDEX "GameSeat_playerId_finishedAt_idx" ON "GameSeat"("playerId", "finishedAt");

-- CreateIndex
CREATE INDEX "GameSeat_scenario_kind_finishedAt_idx" ON "GameSeat"("scenario", "kind", "finishedAt");

-- CreateIndex
CREATE INDEX "GameSeat_sessionId_kind_idx" ON "GameSeat"("sessionId", "kind");

-- CreateIndex
CREATE INDEX "GameSeat_challengeId_seedIndex_kind_score_idx" ON "GameSeat"("challengeId", "seedIndex", "kind", "score");

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
CREATE INDEX "PlayerStat_scenario_period_wins_idx" ON "PlayerStat"("scenario", "period", "wins");

-- CreateIndex
CREATE INDEX "PlayerStat_scenario_period_bestDepth_idx" ON "PlayerStat"("scenario", "period", "bestDepth");

-- CreateIndex
CREATE INDEX "ChallengeBest_challengeId_seedIndex_score_idx" ON "ChallengeBest"("challengeId", "seedIndex", "score");

-- CreateIndex
CREATE INDEX "ChallengeScore_challengeId_period_total_idx" ON "ChallengeScore"("challengeId", "period", "total");

-- AddForeignKey
ALTER TABLE "Game" ADD CONSTRAINT "Game_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Game" ADD CONSTRAINT "Game_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ClassRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameSeat" ADD CONSTRAINT "GameSeat_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameSeat" ADD CONSTRAINT "GameSeat_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassMember" ADD CONSTRAINT "ClassMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassRound" ADD CONSTRAINT "ClassRound_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

