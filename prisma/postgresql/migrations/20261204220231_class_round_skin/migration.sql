-- AlterTable
ALTER TABLE "ClassRound" ADD COLUMN     "skin" TEXT;

