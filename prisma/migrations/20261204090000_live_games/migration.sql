-- Live games survive a restart: each unfinished game's header and every input it accepted, in
-- order (server/rooms/journal.ts). Rows go once the finished game is stored in "Game".
-- CreateTable
CREATE TABLE "LiveGame" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "seed" BIGINT NOT NULL,
    "tickMs" INTEGER NOT NULL,
    "seats" TEXT NOT NULL,
    "context" TEXT,
    "friends" BOOLEAN NOT NULL,
    "startedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LiveInput" (
    "gameId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "action" TEXT NOT NULL,

    PRIMARY KEY ("gameId", "seq")
);
