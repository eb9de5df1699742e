-- AlterTable
ALTER TABLE "ArenaMatch" ADD COLUMN     "cycle" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ArenaPlay" ADD COLUMN     "nextCycle" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextNight" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "playedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "ArenaPlay_scenario_botId_nextCycle_idx" ON "ArenaPlay"("scenario", "botId", "nextCycle");


-- Backfill (server/arena/hold.ts): each play opened with its match, and the k-th play of a bot
-- (from 1, in the order its matches opened) leaves it at night k mod 32 of cycle k / 32, as the old count did.
UPDATE "ArenaPlay" SET "playedAt" = (SELECT m."createdAt" FROM "ArenaMatch" m WHERE m."id" = "ArenaPlay"."matchId");
UPDATE "ArenaPlay" SET "nextCycle" = (
  SELECT COUNT(*) FROM "ArenaPlay" q JOIN "ArenaMatch" m ON m."id" = q."matchId"
  WHERE q."botId" = "ArenaPlay"."botId" AND q."scenario" = "ArenaPlay"."scenario" AND m."createdAt" <= "ArenaPlay"."playedAt"
);
UPDATE "ArenaPlay" SET "nextNight" = "nextCycle" % 32, "nextCycle" = "nextCycle" / 32;
-- A match was on the cycle of the bot that waited longest, unknown now: take the latest cycle any
-- of its bots was in (never earlier than the truth, so its replay never opens too soon).
UPDATE "ArenaMatch" SET "cycle" = COALESCE((SELECT MAX(("nextCycle" * 32 + "nextNight" - 1) / 32) FROM "ArenaPlay" p WHERE p."matchId" = "ArenaMatch"."id"), 0);
