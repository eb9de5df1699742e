-- AlterTable
ALTER TABLE "GameSeat" ADD COLUMN     "refused" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "timeouts" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ArenaMatch" (
    "id" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "night" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ArenaMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArenaEntry" (
    "matchId" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "parScore" INTEGER NOT NULL,
    "result" DOUBLE PRECISION NOT NULL,
    "timeouts" INTEGER NOT NULL,
    "refused" INTEGER NOT NULL,
    "unsafe" BOOLEAN NOT NULL,
    "ratingBefore" DOUBLE PRECISION NOT NULL,
    "ratingAfter" DOUBLE PRECISION NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArenaEntry_pkey" PRIMARY KEY ("matchId","seat")
);

-- CreateTable
CREATE TABLE "BotRating" (
    "botId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "rating" DOUBLE PRECISION NOT NULL DEFAULT 1500,
    "rd" DOUBLE PRECISION NOT NULL DEFAULT 350,
    "volatility" DOUBLE PRECISION NOT NULL DEFAULT 0.06,
    "matches" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BotRating_pkey" PRIMARY KEY ("botId","scenario")
);

-- CreateIndex
CREATE INDEX "ArenaMatch_scenario_finishedAt_idx" ON "ArenaMatch"("scenario", "finishedAt");

-- CreateIndex
CREATE INDEX "ArenaEntry_botId_finishedAt_idx" ON "ArenaEntry"("botId", "finishedAt");

-- CreateIndex
CREATE INDEX "BotRating_scenario_rating_idx" ON "BotRating"("scenario", "rating");

-- AddForeignKey
ALTER TABLE "ArenaEntry" ADD CONSTRAINT "ArenaEntry_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "ArenaMatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArenaEntry" ADD CONSTRAINT "ArenaEntry_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BotRating" ADD CONSTRAINT "BotRating_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

