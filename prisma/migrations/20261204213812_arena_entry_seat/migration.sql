-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ArenaEntry" (
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
    CONSTRAINT "ArenaEntry_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArenaEntry_matchId_seat_fkey" FOREIGN KEY ("matchId", "seat") REFERENCES "GameSeat" ("gameId", "seat") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ArenaEntry" ("botId", "finishedAt", "matchId", "parScore", "ratingAfter", "ratingBefore", "refused", "result", "score", "seat", "timeouts", "unsafe") SELECT "botId", "finishedAt", "matchId", "parScore", "ratingAfter", "ratingBefore", "refused", "result", "score", "seat", "timeouts", "unsafe" FROM "ArenaEntry";
DROP TABLE "ArenaEntry";
ALTER TABLE "new_ArenaEntry" RENAME TO "ArenaEntry";
CREATE INDEX "ArenaEntry_botId_finishedAt_idx" ON "ArenaEntry"("botId", "finishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

