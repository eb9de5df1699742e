-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ArenaMatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenario" TEXT NOT NULL,
    "night" INTEGER NOT NULL,
    "cycle" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);
INSERT INTO "new_ArenaMatch" ("createdAt", "finishedAt", "id", "night", "scenario") SELECT "createdAt", "finishedAt", "id", "night", "scenario" FROM "ArenaMatch";
DROP TABLE "ArenaMatch";
ALTER TABLE "new_ArenaMatch" RENAME TO "ArenaMatch";
CREATE INDEX "ArenaMatch_scenario_finishedAt_idx" ON "ArenaMatch"("scenario", "finishedAt");
CREATE TABLE "new_ArenaPlay" (
    "matchId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "nextCycle" INTEGER NOT NULL DEFAULT 0,
    "nextNight" INTEGER NOT NULL DEFAULT 0,
    "playedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("matchId", "botId"),
    CONSTRAINT "ArenaPlay_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "ArenaMatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArenaPlay_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ArenaPlay" ("botId", "matchId", "scenario") SELECT "botId", "matchId", "scenario" FROM "ArenaPlay";
DROP TABLE "ArenaPlay";
ALTER TABLE "new_ArenaPlay" RENAME TO "ArenaPlay";
CREATE INDEX "ArenaPlay_botId_scenario_idx" ON "ArenaPlay"("botId", "scenario");
CREATE INDEX "ArenaPlay_scenario_botId_nextCycle_idx" ON "ArenaPlay"("scenario", "botId", "nextCycle");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


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
