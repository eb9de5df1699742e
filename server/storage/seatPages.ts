/**
 * One page of stored seats, newest first, with its page facts: the paged read behind a player's
 * history (playerPages.ts) and a bot's games (server/read/botPage.ts).
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { pageFacts } from "./challengeBoards";

export async function seatPage<S extends Prisma.GameSeatSelect>(db: PrismaClient, where: Prisma.GameSeatWhereInput, select: S, page: number, pageSize: number) {
  const [count, seats] = await Promise.all([
    db.gameSeat.count({ where }),
    db.gameSeat.findMany({ where, orderBy: [{ finishedAt: "desc" }, { gameId: "desc" }], skip: (page - 1) * pageSize, take: pageSize, select }),
  ]);
  return { seats: seats as Prisma.GameSeatGetPayload<{ select: S }>[], facts: pageFacts(page, pageSize, count) };
}
