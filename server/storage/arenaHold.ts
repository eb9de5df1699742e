/**
 * The facts of the arena's replay hold (server/arena/hold.ts) read from ArenaPlay and ArenaMatch:
 * a scenario's open cycle, a bot's place, and which of some games are withheld arena matches.
 * Read by the arena store when it places a match (fresh, in its write), and by the trace API, the
 * replay page, the arena board and a bot's page (through a short cache).
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { openCycle, placeOf, withheld, type Place } from "../arena/hold";

type Db = PrismaClient | Prisma.TransactionClient;

export interface CycleState {
  /** The scenario's open cycle. */
  open: number;
  /** The cycles with a match still being played. */
  unfinished: Set<number>;
}

/** The scenario's open cycle and the cycles with a match still being played, read now. */
export async function cycleState(db: Db, scenario: string, now = new Date()): Promise<CycleState> {
  const [bots, latest, unfinished] = await Promise.all([
    // Revoked bots hold nothing back: left out here, and only here.
    db.arenaPlay.groupBy({ by: ["botId"], where: { scenario, bot: { revokedAt: null } }, _max: { nextCycle: true, playedAt: true } }),
    db.arenaMatch.aggregate({ where: { scenario }, _max: { cycle: true } }),
    db.arenaMatch.findMany({ where: { scenario, finishedAt: null }, select: { cycle: true }, distinct: ["cycle"] }),
  ]);
  const facts = bots.map((b) => ({ nextCycle: b._max.nextCycle ?? 0, playedAt: b._max.playedAt ?? new Date(0) }));
  return { open: openCycle({ bots: facts, latestCycle: latest._max.cycle, now }), unfinished: new Set(unfinished.map((m) => m.cycle)) };
}

/**
 * How long the pages and the trace API reuse a scenario's cycle state. A stale state only ever
 * withholds more: the open cycle never goes down, and no match opens below it, so a replay
 * released by an old state is released by every later one. This process forgets a scenario's
 * state when it writes a match (forgetCycleState); another node's, or the page bundle's own copy
 * of this module, see the change within this long.
 */
export const CYCLE_STATE_MS = 2_000;

const states = new WeakMap<object, Map<string, { at: number; state: Promise<CycleState> }>>();

/** cycleState, reused for CYCLE_STATE_MS: for the read paths, never to place a match. */
export function recentCycleState(db: PrismaClient, scenario: string): Promise<CycleState> {
  let byScenario = states.get(db);
  if (!byScenario) states.set(db, (byScenario = new Map()));
  const known = byScenario.get(scenario);
  if (known && Date.now() - known.at < CYCLE_STATE_MS) return known.state;
  const state = cycleState(db, scenario);
  byScenario.set(scenario, { at: Date.now(), state });
  // A failed read is not kept.
  state.catch(() => byScenario.get(scenario)?.state === state && byScenario.delete(scenario));
  return state;
}

/** A match of the scenario was opened or finished here: its next read is fresh. */
export function forgetCycleState(db: PrismaClient, scenario: string): void {
  states.get(db)?.delete(scenario);
}

/** Where the bot's next match in the scenario may fall, given the open cycle. */
export async function nextPlace(db: Db, botId: string, scenario: string, open: number): Promise<Place> {
  const latest = await db.arenaPlay.findFirst({ where: { botId, scenario }, orderBy: [{ nextCycle: "desc" }, { nextNight: "desc" }], select: { nextCycle: true, nextNight: true } });
  return placeOf(latest && { cycle: latest.nextCycle, night: latest.nextNight }, open);
}

/** Of these game ids, the arena matches whose replay is withheld, each with its cycle. */
export async function withheldMatches(db: PrismaClient, gameIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (gameIds.length === 0) return out;
  const matches = await db.arenaMatch.findMany({ where: { id: { in: [...gameIds] } }, select: { id: true, scenario: true, cycle: true } });
  for (const m of matches) {
    const { open, unfinished } = await recentCycleState(db, m.scenario);
    if (withheld(m.cycle, open, unfinished)) out.set(m.id, m.cycle);
  }
  return out;
}

/** The cycle of game `gameId` when it is an arena match whose replay is withheld, else null. */
export async function withheldCycle(db: PrismaClient, gameId: string): Promise<number | null> {
  return (await withheldMatches(db, [gameId])).get(gameId) ?? null;
}
