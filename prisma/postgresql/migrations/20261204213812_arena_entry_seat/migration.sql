-- AddForeignKey
ALTER TABLE "ArenaEntry" ADD CONSTRAINT "ArenaEntry_matchId_seat_fkey" FOREIGN KEY ("matchId", "seat") REFERENCES "GameSeat"("gameId", "seat") ON DELETE CASCADE ON UPDATE CASCADE;

