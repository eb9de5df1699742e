/**
 * The arena's matchmaker: Bot API sockets join the queues of some scenarios; every `intervalMs`
 * it takes waiting bots first come first served (pairing.ts), writes their match at the highest
 * place among them (hold.ts), opens its game, tells each socket `arena:match` and seats it. One match per bot
 * (across its sockets); a bot is back in its queues once its match is rated, its wait kept per
 * scenario: the one just played restarts, the scenario whose oldest bot waited longest goes first.
 */
import type { Logger } from "pino";
import type { Ack } from "../protocol/events";
import type { ArenaMatchNotice } from "../protocol/arena";
import type { ArenaGameSpec, BotIdentity } from "../rooms/gameService";
import type { GameRoom } from "../rooms/room";
import type { SeatGrant } from "../protocol/events";
import { ArenaPlaceMoved, type ArenaStore } from "../storage/arenaStore";
import { newGameId } from "../rooms/credentials";
import { advance, matchPlace } from "./hold";
import { arenaOf, arenaScenarioIds, arenaSeed, NIGHTS } from "./nights";
import { nextMatch, type Waiting } from "./pairing";

/** What the scheduler needs of a bot's socket. */
export interface ArenaSocket {
  id: string;
  emit(event: "arena:match", notice: ArenaMatchNotice): unknown;
  join(channel: string): unknown;
}

export interface ArenaSchedulerOptions {
  games: { createArena(spec: ArenaGameSpec): Promise<{ room: GameRoom; grants: SeatGrant[] }> };
  store: ArenaStore;
  /** Put the socket in its seat (subscribe it, start the game, send its snapshot), as after game:create. */
  seat(socket: ArenaSocket, room: GameRoom, seat: string): void;
  /** Whether a match's game may still be rated: live, or owed to storage. A match whose game is gone frees its bots. */
  pending(gameId: string): boolean;
  /** The Bot API bots holding seats of this live game (none when it is not live here). */
  botsOf(gameId: string): string[];
  log: Logger;
  /** How often the queues are served (ms). */
  intervalMs: number;
  /** How long a lone bot waits for a partner before it plays the house (ms). */
  pairWaitMs: number;
  /** The pace of arena games (ms per tick). */
  tickMs: number;
  /** Nights per cycle (NIGHTS; fewer in tests, to see cycles end). */
  nights?: number;
  now?: () => number;
}

interface Member {
  socket: ArenaSocket;
  bot: BotIdentity;
  /** Each joined scenario, and since when the bot has waited in its queue (ms). */
  waits: Map<string, number>;
  order: number;
}

export const DEFAULT_ARENA_INTERVAL_MS = 1_000;
export const DEFAULT_ARENA_PAIR_WAIT_MS = 3_000;
export const DEFAULT_ARENA_TICK_MS = 500;

export class ArenaScheduler {
  /** Joined sockets, by socket id. */
  private readonly members = new Map<string, Member>();
  /** Bots in a match: its game id ("" while it is being opened) and scenario ("" when a restart brought it back). */
  private readonly playing = new Map<string, { gameId: string; scenario: string }>();
  private readonly settling = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private serving: Promise<void> | null = null;
  private joins = 0;
  /** Settles once the start-up look at unfinished matches is done; the queues are served after. */
  private ready: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  private readonly nights: number;

  constructor(private readonly options: ArenaSchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.nights = options.nights ?? NIGHTS;
  }

  /** `arena:join`: the socket waits in these scenarios' queues (a second join replaces the list). */
  join(socket: ArenaSocket, bot: BotIdentity, scenarios: string[]): Ack<{ scenarios: string[] }> {
    const unknown = scenarios.find((id) => arenaOf(id) === null);
    if (unknown !== undefined) return { ok: false, error: { code: "UNKNOWN_SCENARIO", message: `No arena for "${unknown}": choose among ${arenaScenarioIds().join(", ")}.` } };
    const known = this.members.get(socket.id);
    // A scenario joined again keeps its wait; a new one starts now.
    const waits = new Map(scenarios.map((id) => [id, known?.waits.get(id) ?? this.now()]));
    if (known) known.waits = waits;
    else this.members.set(socket.id, { socket, bot, waits, order: this.joins++ });
    return { ok: true, scenarios };
  }

  /** `arena:leave`, a disconnection or a revoked bot: out of every queue (a match in progress goes on). */
  leave(socketId: string): void {
    this.members.delete(socketId);
  }

  /**
   * Serve the queues every `intervalMs`; rate the matches stored before this run could, and hold
   * the bots of those a restart brought back until they finish.
   */
  start(): void {
    this.timer ??= setInterval(() => void this.serve(), this.options.intervalMs);
    this.timer.unref();
    // The queues are served once the bots of restored matches are known to be playing.
    this.ready = this.options.store
      .unfinished()
      .then((matches) => {
        for (const m of matches) if (!m.stored) for (const botId of this.options.botsOf(m.id)) this.playing.set(botId, { gameId: m.id, scenario: "" });
        // Lost: not stored, not in the journal, not owed here. Closed, or it would be listed at every start.
        for (const m of matches) if (!m.stored && !m.live && !this.options.pending(m.id)) void this.close(m.id);
        void (async () => {
          for (const m of matches) if (m.stored) await this.stored(m.id);
        })();
      })
      .catch((err: unknown) => this.options.log.error({ err }, "arena: could not look for unrated matches; the next start does"));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One pass over every scenario's queue (never two at once). Exposed for tests. */
  serve(): Promise<void> {
    this.serving ??= this.servePass().finally(() => (this.serving = null));
    return this.serving;
  }

  /** The game was stored: rate it, then its bots are back in their queues. */
  async stored(gameId: string): Promise<void> {
    this.settling.add(gameId);
    try {
      const settled = await this.options.store.settle(gameId);
      if (settled === "settled") this.options.log.info({ gameId }, "arena match rated");
    } catch (err) {
      this.options.log.error({ err, gameId }, "arena: could not rate a stored match");
    } finally {
      this.settling.delete(gameId);
      this.release(gameId);
    }
  }

  /** A match whose game is gone unrated: finished with no entries, unless the journal still has it (adopted elsewhere). */
  private async close(gameId: string): Promise<void> {
    await this.options.store.closeLost(gameId).catch((err: unknown) => this.options.log.error({ err, gameId }, "arena: could not close a lost match; the next start does"));
  }

  /** Whether this bot is in a match now. */
  isPlaying(botId: string): boolean {
    return this.playing.has(botId);
  }

  private release(gameId: string): void {
    const now = this.now();
    for (const [botId, { gameId: id, scenario }] of this.playing) {
      if (id !== gameId) continue;
      this.playing.delete(botId);
      // Back at the end of the queue it just played; in its other queues it kept its place.
      for (const m of this.members.values()) if (m.bot.id === botId && m.waits.has(scenario)) m.waits.set(scenario, now);
    }
  }

  private async servePass(): Promise<void> {
    await this.ready;
    // A match whose game vanished unrated (dropped, expired) frees its bots.
    for (const id of new Set([...this.playing.values()].map((p) => p.gameId))) {
      if (!id || this.settling.has(id) || this.options.pending(id)) continue;
      this.release(id);
      void this.close(id);
    }
    // The scenario whose oldest waiting bot waited longest first: a bot in several queues plays them all in turn.
    const oldest = (scenarioId: string) => Math.min(...this.queue(scenarioId).map((w) => w.since));
    const scenarios = arenaScenarioIds()
      .map((id) => ({ id, since: oldest(id) }))
      .filter((q) => q.since !== Infinity)
      .sort((a, b) => a.since - b.since);
    for (const { id: scenarioId } of scenarios) {
      const arena = arenaOf(scenarioId);
      if (!arena) continue;
      for (;;) {
        const bots = nextMatch(this.queue(scenarioId), arena.arenaSeats.length, this.now(), this.options.pairWaitMs);
        if (!bots) break;
        for (const w of bots) this.playing.set(w.botId, { gameId: "", scenario: scenarioId });
        // A match that could not open: its bots wait for the next pass, not this loop again.
        if (!(await this.open(scenarioId, bots.map((w) => w.member)))) break;
      }
    }
  }

  /** Who waits in a scenario's queue now: the joined sockets of bots not in a match. */
  private queue(scenarioId: string): (Waiting & { member: Member })[] {
    return [...this.members.values()].flatMap((m) => {
      const since = m.waits.get(scenarioId);
      return since === undefined || this.playing.has(m.bot.id) ? [] : [{ botId: m.bot.id, ownerId: m.bot.ownerId, since, order: m.order, member: m }];
    });
  }

  private async open(scenarioId: string, bots: Member[]): Promise<boolean> {
    const arena = arenaOf(scenarioId);
    if (!arena) return false;
    const id = newGameId();
    let written = false;
    try {
      // The highest place among its bots, and each moves past it: a bot's places only go up (hold.ts).
      const { cycle, night } = matchPlace(await this.options.store.places(bots.map((m) => m.bot.id), scenarioId));
      const seed = arenaSeed(await this.options.store.secret(), scenarioId, cycle, night);
      const plays = bots.map((m) => ({ botId: m.bot.id, next: advance({ cycle, night }, this.nights) }));
      // Written before the game opens: a stored game of the arena always has its match (so its
      // replay is held), and a match that survives a restart is still rated.
      await this.options.store.createMatch({ id, scenario: scenarioId, cycle, night, plays });
      written = true;
      // The seats turn with the nights: over its matches a bot plays every seat (p1 coordinates first, B waits for the plan…).
      const n = arena.arenaSeats.length;
      const seats = bots.map((m, i) => ({ seat: arena.arenaSeats[(night + i) % n], bot: m.bot }));
      const { room, grants } = await this.options.games.createArena({ id, scenario: arena.scenario, params: arena.params, seed, tickMs: this.options.tickMs, house: arena.house, bots: seats });
      for (const m of bots) this.playing.set(m.bot.id, { gameId: room.id, scenario: scenarioId });
      grants.forEach((grant, i) => {
        const { socket } = bots[i];
        socket.emit("arena:match", { matchId: grant.gameId, gameId: grant.gameId, seat: grant.seat, seatToken: grant.seatToken, scenario: scenarioId, night });
        // After the notice: the seat's first snapshot follows it.
        setImmediate(() => {
          // Out of the pass's try: a throw here would be uncaught. The seat stays the bot's (game:resume takes it).
          try {
            this.options.seat(socket, room, grant.seat);
          } catch (err) {
            this.options.log.error({ err, gameId: room.id, seat: grant.seat }, "arena: could not seat a bot's socket; game:resume takes the seat");
          }
        });
      });
      return true;
    } catch (err) {
      // Another node placed one of its bots meanwhile: expected now and then in a cluster.
      if (err instanceof ArenaPlaceMoved) this.options.log.info({ scenario: scenarioId, reason: err.message }, "arena: a bot's place moved; its bots wait again");
      else this.options.log.error({ err, scenario: scenarioId }, "arena: could not open a match; its bots wait again");
      // A match written whose game did not open: nobody is told. Closed unrated (closeLost leaves
      // it if the journal has the game after all: a restart then plays it with stand-ins and rates it).
      if (written) void this.close(id);
      for (const m of bots) this.playing.delete(m.bot.id);
      return false;
    }
  }
}
