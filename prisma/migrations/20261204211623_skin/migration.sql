-- AlterTable
ALTER TABLE "Game" ADD COLUMN "skin" TEXT;

