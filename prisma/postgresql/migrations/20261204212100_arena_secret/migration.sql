-- CreateTable
CREATE TABLE "ArenaSecret" (
    "id" INTEGER NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArenaSecret_pkey" PRIMARY KEY ("id")
);

