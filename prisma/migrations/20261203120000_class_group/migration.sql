-- The game's group in its class round, so the session's history numbers games as the host's
-- dashboard did (games of a round start in the same millisecond: their start time cannot tell).
-- Null for games outside a class, and for class games recorded before this column.
-- AlterTable (ADD COLUMN, not a table rebuild)
ALTER TABLE "Game" ADD COLUMN "classGroup" INTEGER;
