/**
 * The arena's rows (prisma/schema.prisma: ArenaMatch, ArenaPlay, ArenaEntry, BotRating, ArenaSecret):
 * a match and its bots are written before its game opens (so every stored arena game has its match, and its replay is held),
 * and a game brought back after a restart is still rated when it finishes; its
 * entries and the bots' new ratings are written once, in one transaction, after the game is stored.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { parOf } from "../arena/nights";
import { arenaEntries } from "../arena/results";
import type { Rating } from "../arena/rating";
import { comparePlaces, type Place } from "../arena/hold";
import { cycleState, forgetCycleState, nextPlace } from "./arenaHold";
import type { StoredSummary } from "../engine/scenario";
import { serialized } from "./prismaGameStore";

export interface ArenaStore {
  /** The secret the nights' seeds derive from (server/arena/nights.ts). */
  secret(): Promise<string>;
  /**
   * Where each bot's next match in this scenario falls: after every match it was seated in, rated
   * or not, and never below the open cycle (server/arena/hold.ts).
   */
  places(botIds: readonly string[], scenario: string): Promise<Place[]>;
  /**
   * The match and its Bot API bots (ArenaPlay, each with its place after this match), in one
   * write, before its game opens. Refused with ArenaPlaceMoved, nothing written, when since
   * `places` the open cycle went past the match's cycle or a bot's place past the match's
   * (another node placed it): a bot's places only go up, and no match opens on a cycle that is over.
   */
  createMatch(match: NewArenaMatch): Promise<void>;
  /**
   * Close a match whose game is lost: finished, no entries. Only if the game is neither stored nor
   * in the journal (another node may have adopted it): then it returns false and nothing changes.
   */
  closeLost(gameId: string, now?: Date): Promise<boolean>;
  /**
   * Rate the match stored as this game: "settled" the first time, "already" after, "none" when the
   * game is not an arena match (or not stored yet). Idempotent: a game stored twice rates once.
   */
  settle(gameId: string, now?: Date): Promise<"settled" | "already" | "none">;
  /**
   * Matches not rated yet: `stored` when their game is (it was stored before this run's arena
   * started, or a crash came between); `live` when the journal still has the game (being played
   * here or on another node, or finished and owed to storage); neither: the game is lost.
   */
  unfinished(): Promise<{ id: string; stored: boolean; live: boolean }[]>;
}

export interface NewArenaMatch {
  id: string;
  scenario: string;
  cycle: number;
  night: number;
  /** Each Bot API bot and where its own next match falls after this one. */
  plays: { botId: string; next: Place }[];
}

/** createMatch's refusal: the places it was given are out of date (the scheduler tries on its next pass). */
export class ArenaPlaceMoved extends Error {
  readonly code = "ARENA_PLACE_MOVED";
}

export class PrismaArenaStore implements ArenaStore {
  private kept: Promise<string> | null = null;

  /** `secret`: ARENA_SECRET; without it, the database's (drawn at random once, then kept). */
  constructor(
    private readonly db: PrismaClient,
    private readonly configured?: string,
  ) {}

  secret(): Promise<string> {
    if (this.configured) return Promise.resolve(this.configured);
    this.kept ??= this.keptSecret().catch((err: unknown) => {
      this.kept = null;
      throw err;
    });
    return this.kept;
  }

  private async keptSecret(): Promise<string> {
    const known = await this.db.arenaSecret.findUnique({ where: { id: 1 } });
    if (known) return known.secret;
    // Two nodes may race here: the second create fails, and both read the winner's.
    await serialized(this.db, () => this.db.arenaSecret.create({ data: { id: 1, secret: randomBytes(32).toString("base64url") } })).catch(() => undefined);
    return (await this.db.arenaSecret.findUniqueOrThrow({ where: { id: 1 } })).secret;
  }

  async places(botIds: readonly string[], scenario: string): Promise<Place[]> {
    const { open } = await cycleState(this.db, scenario);
    return Promise.all(botIds.map((botId) => nextPlace(this.db, botId, scenario, open)));
  }

  async createMatch({ plays, ...match }: NewArenaMatch): Promise<void> {
    const place = { cycle: match.cycle, night: match.night };
    if (plays.some((p) => comparePlaces(p.next, place) <= 0)) throw new Error("A bot's next place comes after its match's");
    const bots = plays.map(({ botId, next }) => ({ botId, scenario: match.scenario, nextCycle: next.cycle, nextNight: next.night }));
    await serialized(this.db, () =>
      // Read and written in one serializable transaction: two nodes placing the same bot cannot both pass.
      this.db.$transaction(
        async (tx) => {
          const { open } = await cycleState(tx, match.scenario);
          const now = await Promise.all(plays.map((p) => nextPlace(tx, p.botId, match.scenario, open)));
          if (match.cycle < open) throw new ArenaPlaceMoved(`Cycle ${match.cycle} of ${match.scenario} is over (the open cycle is ${open})`);
          if (now.some((p) => comparePlaces(p, place) > 0)) throw new ArenaPlaceMoved(`A bot of this ${match.scenario} match has gone past its place`);
          await tx.arenaMatch.create({ data: { ...match, bots: { create: bots } } });
        },
        { isolationLevel: "Serializable" },
      ),
    );
    forgetCycleState(this.db, match.scenario);
  }

  async closeLost(gameId: string, now = new Date()): Promise<boolean> {
    const [stored, live] = await Promise.all([this.db.game.count({ where: { id: gameId } }), this.db.liveGame.count({ where: { id: gameId } })]);
    if (stored + live > 0) return false;
    // No need to forget the cycle state: a stale one withholds more, for a moment (arenaHold.ts).
    await serialized(this.db, () => this.db.arenaMatch.updateMany({ where: { id: gameId, finishedAt: null }, data: { finishedAt: now } }));
    return true;
  }

  async unfinished(): Promise<{ id: string; stored: boolean; live: boolean }[]> {
    const open = await this.db.arenaMatch.findMany({ where: { finishedAt: null }, select: { id: true } });
    const where = { id: { in: open.map((m) => m.id) } };
    const [stored, live] = await Promise.all([this.db.game.findMany({ where, select: { id: true } }), this.db.liveGame.findMany({ where, select: { id: true } })]);
    const [storedIds, liveIds] = [new Set(stored.map((g) => g.id)), new Set(live.map((g) => g.id))];
    return open.map((m) => ({ id: m.id, stored: storedIds.has(m.id), live: liveIds.has(m.id) }));
  }

  async settle(gameId: string, now = new Date()): Promise<"settled" | "already" | "none"> {
    const match = await this.db.arenaMatch.findUnique({ where: { id: gameId } });
    if (!match) return "none";
    if (match.finishedAt) return "already";
    const game = await this.db.game.findUnique({ where: { id: gameId }, select: { trace: true, seats: { select: { seat: true, botId: true, score: true, timeouts: true, refused: true } } } });
    if (!game) return "none";
    const trace = JSON.parse(game.trace) as { seed: number; outcome: string; result: StoredSummary["seats"]; checks?: object };
    const summary = { outcome: trace.outcome, seats: trace.result, ...(trace.checks ? { checks: trace.checks } : {}) };
    // Par first (a headless game the first time a night is rated), not while the write is held.
    parOf(match.scenario, trace.seed);
    const botIds = [...new Set(game.seats.flatMap((s) => (s.botId ? [s.botId] : [])))];
    return serialized(this.db, () =>
      this.db.$transaction(async (tx) => {
        // The claim: only the first settle of this match gets to write (a game stored twice rates once).
        const claimed = await tx.arenaMatch.updateMany({ where: { id: gameId, finishedAt: null }, data: { finishedAt: now } });
        if (claimed.count === 0) return "already" as const;
        const rows = await tx.botRating.findMany({ where: { scenario: match.scenario, botId: { in: botIds } } });
        const ratings = new Map<string, Rating>(rows.map((r) => [r.botId, { rating: r.rating, rd: r.rd, volatility: r.volatility }]));
        for (const e of arenaEntries({ scenario: match.scenario, seed: trace.seed }, summary, game.seats, ratings)) {
          await tx.arenaEntry.create({
            data: { matchId: gameId, seat: e.seat, botId: e.botId, score: e.score, parScore: e.parScore, result: e.result, timeouts: e.timeouts, refused: e.refused, unsafe: e.unsafe, ratingBefore: e.before.rating, ratingAfter: e.after.rating, finishedAt: now },
          });
          const next = { rating: e.after.rating, rd: e.after.rd, volatility: e.after.volatility };
          await tx.botRating.upsert({
            where: { botId_scenario: { botId: e.botId, scenario: match.scenario } },
            create: { botId: e.botId, scenario: match.scenario, ...next, matches: 1 },
            update: { ...next, matches: { increment: 1 } },
          });
        }
        return "settled" as const;
      }),
    ).finally(() => forgetCycleState(this.db, match.scenario));
  }
}
