/**
 * The facts of the arena's replay hold (server/arena/hold.ts) read from ArenaPlay and ArenaMatch:
 * a scenario's open cycle, a bot's place, and which of some games are withheld arena matches.
 * Read by the scheduler (where a match falls), the trace API, the replay page, the arena board
 * and a bot's page.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { openCycle, placeOf, withheld, type Place } from "../arena/hold";

/** The scenario's open cycle and the cycles with a match still being played. */
export async function cycleState(db: PrismaClient, scenario: string, now = new Date()): Promise<{ open: number; unfinished: Set<number> }> {
  const [bots, latest, unfinished] = await Promise.all([
    db.arenaPlay.groupBy({ by: ["botId"], where: { scenario, bot: { revokedAt: null } }, _max: { nextCycle: true, playedAt: true } }),
    db.arenaMatch.aggregate({ where: { scenario }, _max: { cycle: true } }),
    db.arenaMatch.findMany({ where: { scenario, finishedAt: null }, select: { cycle: true }, distinct: ["cycle"] }),
  ]);
  const facts = bots.map((b) => ({ nextCycle: b._max.nextCycle ?? 0, playedAt: b._max.playedAt ?? new Date(0), revoked: false }));
  return { open: openCycle({ bots: facts, latestCycle: latest._max.cycle, now }), unfinished: new Set(unfinished.map((m) => m.cycle)) };
}

/** Where the bot's next match in the scenario falls, given the open cycle. */
export async function nextPlace(db: PrismaClient, botId: string, scenario: string, open: number): Promise<Place> {
  const latest = await db.arenaPlay.findFirst({ where: { botId, scenario }, orderBy: [{ nextCycle: "desc" }, { nextNight: "desc" }], select: { nextCycle: true, nextNight: true } });
  return placeOf(latest && { cycle: latest.nextCycle, night: latest.nextNight }, open);
}

/** Of these game ids, the arena matches whose replay is withheld, each with its cycle. */
export async function withheldMatches(db: PrismaClient, gameIds: readonly string[], now = new Date()): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (gameIds.length === 0) return out;
  const matches = await db.arenaMatch.findMany({ where: { id: { in: [...gameIds] } }, select: { id: true, scenario: true, cycle: true } });
  const states = new Map<string, Promise<{ open: number; unfinished: Set<number> }>>();
  for (const m of matches) {
    if (!states.has(m.scenario)) states.set(m.scenario, cycleState(db, m.scenario, now));
    const { open, unfinished } = await states.get(m.scenario)!;
    if (withheld(m.cycle, open, unfinished)) out.set(m.id, m.cycle);
  }
  return out;
}

/** The cycle of game `gameId` when it is an arena match whose replay is withheld, else null. */
export async function withheldCycle(db: PrismaClient, gameId: string, now = new Date()): Promise<number | null> {
  return (await withheldMatches(db, [gameId], now)).get(gameId) ?? null;
}
