/**
 * A game room: the only place a game's true state lives.
 *
 * Every input takes one path (`submit` → queue → authorise → reduce → record → publish views),
 * so there is one place to read and to test. The room owns its clock: a tick enters the
 * reducer as an action, and the timer dies with the room.
 */
import { visibleSeatList } from "../engine/disclosure";
import { GameRecord } from "../engine/record";
import { botSeed } from "../engine/simulate";
import type { AnyScenario } from "../engine/scenario";
import type { Ack, GameSnapshot, GameStatus, SeatInfo } from "../protocol/events";
import type { ProtocolError } from "../protocol/errors";
import type { GameContext } from "../storage/types";
import { realClock, type RoomClock } from "./clock";
import { newSeatToken, sameSecret } from "./credentials";

export interface SeatSlot {
  seat: string;
  kind: "human" | "bot";
  /** Bot strategy; null for humans. */
  strategy: string | null;
  /** Nickname once a human holds it, or the strategy for a bot. */
  name: string | null;
  playerId: string | null;
  token: string | null;
  /** A bot strategy playing this human seat while its player is away (class sessions). */
  standIn?: string | null;
}

export interface RoomHooks {
  /** Deliver a seat's snapshot to whoever holds that seat. */
  publish(gameId: string, seat: string, snapshot: GameSnapshot): void;
  /** Whether anyone receives that seat's snapshots now; when not, none is built (resync sends it). */
  listening?(gameId: string, seat: string): boolean;
  /** Called once when the game ends (persist it). */
  finished(room: GameRoom): void;
  /** Called after every accepted change (class dashboards follow progress). */
  changed?(room: GameRoom): void;
}

export interface RoomOptions {
  id: string;
  code: string;
  scenario: AnyScenario;
  params: unknown;
  seed: number;
  tickMs: number;
  seats: SeatSlot[];
  hooks: RoomHooks;
  /** Recorded with the finished game: its class round or challenge night. */
  context?: GameContext;
  /** What drives the ticks; real time unless a test passes a manual clock. */
  clock?: RoomClock;
}

type MoveAck = Ack<{ seq: number }>;

export class GameRoom {
  readonly id: string;
  readonly code: string;
  readonly scenario: AnyScenario;
  readonly params: unknown;
  readonly seed: number;
  readonly tickMs: number;
  readonly seats: SeatSlot[];
  readonly record: GameRecord;
  readonly context: GameContext | undefined;
  status: GameStatus = "waiting";
  startedAt: Date | null = null;
  finishedAt: Date | null = null;
  /** Once finished: whether the database has the game (see GameSnapshot.saved). */
  saved = false;

  private readonly hooks: RoomHooks;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: RoomClock;
  /** Stops the running clock; null while it stands still. */
  private stopTimer: (() => void) | null = null;
  private disposed = false;
  /** Per seat: the last snapshot body sent and its number. */
  private readonly sent = new Map<string, { body: string; seq: number }>();

  constructor(options: RoomOptions) {
    this.id = options.id;
    this.code = options.code;
    this.scenario = options.scenario;
    this.params = options.params;
    this.seed = options.seed;
    this.tickMs = options.tickMs;
    this.seats = options.seats;
    this.hooks = options.hooks;
    this.context = options.context;
    this.clock = options.clock ?? realClock;
    this.record = new GameRecord(options.scenario, options.params, options.seed);
  }

  /** Give an open human seat to a player. Returns the seat and its fresh token, or null if full. */
  claimSeat(player: { id: string; nickname: string }, wanted?: string): SeatSlot | null {
    const held = this.seats.find((s) => s.kind === "human" && s.playerId === player.id);
    if (held) return held;
    const open = this.seats.find((s) => s.kind === "human" && s.token === null && (!wanted || s.seat === wanted));
    if (!open) return null;
    open.token = newSeatToken();
    open.playerId = player.id;
    open.name = player.nickname;
    return open;
  }

  /** Give a human seat a fresh secret nobody holds: its old token stops working at once. */
  revokeToken(seat: string): void {
    const slot = this.seats.find((s) => s.seat === seat && s.kind === "human");
    if (slot) slot.token = newSeatToken();
  }

  /** The seat a token belongs to, or null. */
  authenticate(token: string): SeatSlot | null {
    return this.seats.find((s) => s.token !== null && sameSecret(s.token, token)) ?? null;
  }

  get everySeatTaken(): boolean {
    return this.seats.every((s) => s.kind === "bot" || s.token !== null);
  }

  /** Start the clock once every human seat is held. */
  start(): void {
    if (this.status !== "waiting" || this.disposed) return;
    this.status = "running";
    this.startedAt = new Date();
    this.afterChange();
    this.startClock();
  }

  private startClock(): void {
    this.stopClock();
    this.stopTimer = this.clock.every(this.tickMs, () => this.enqueue(() => this.apply(this.scenario.tick)), this.id);
  }

  /** Stop the clock; moves are refused until `resume`. */
  pause(): Promise<void> {
    return this.enqueue(() => {
      if (this.status !== "running") return;
      this.status = "paused";
      this.stopClock();
      this.afterChange();
    });
  }

  resume(): Promise<void> {
    return this.enqueue(() => {
      if (this.status !== "paused") return;
      this.status = "running";
      this.startClock();
      this.afterChange();
    });
  }

  /** A bot plays the human seat from now on (its player left), or stops doing so (null). */
  standIn(seat: string, strategy: string | null): Promise<void> {
    return this.enqueue(() => {
      const slot = this.seats.find((s) => s.seat === seat && s.kind === "human");
      if (!slot || (slot.standIn ?? null) === strategy) return;
      slot.standIn = strategy;
      if (this.status === "running") this.playBots();
      this.hooks.changed?.(this);
    });
  }

  /**
   * Play the game to its end at once: bots stand in for every human seat and the clock runs
   * without waiting (the class host ended the round). The trace is as complete as any other.
   */
  finishNow(standInOf: (seat: string) => string, maxTicks = 100_000): Promise<void> {
    return this.enqueue(() => {
      if (this.status === "finished" || (this.status === "waiting" && !this.everySeatTaken)) return;
      this.stopClock();
      this.status = "running";
      this.startedAt ??= new Date();
      for (const slot of this.seats) if (slot.kind === "human") slot.standIn = standInOf(slot.seat);
      this.playBots();
      for (let i = 0; i < maxTicks && this.status === "running"; i++) {
        const result = this.record.apply(this.scenario.tick);
        if (!result.ok) break;
        if (this.record.over) this.finish();
        else this.playBots();
      }
      for (const slot of this.seats) this.publishIfChanged(slot.seat);
      this.hooks.changed?.(this);
    });
  }

  /** A seat's move, validated against the scenario's move schema by the caller. */
  submit(seat: string, move: { type: string }): Promise<MoveAck> {
    return this.enqueue(() => {
      if (this.status === "waiting") return refusal("NOT_STARTED", "The game has not started: waiting for players.");
      if (this.status === "finished") return refusal("GAME_OVER", "The game is over.");
      if (this.status === "paused") return refusal("PAUSED", "The game is paused by the host.");
      if (this.seats.find((s) => s.seat === seat)?.standIn) return refusal("STAND_IN_ACTIVE", "A bot plays this seat while you are away: reconnect first.");
      return this.apply(this.scenario.toAction(seat, move), seat);
    });
  }

  /** The snapshot for a seat, as sent on every change (and on resume). */
  snapshot(seat: string): GameSnapshot {
    const body = this.snapshotBody(seat);
    return { ...body, seq: this.sent.get(seat)?.seq ?? 0 };
  }

  /** Send a seat its current snapshot again, even if nothing changed (resync after a gap). */
  resync(seat: string): GameSnapshot {
    if (!this.publishIfChanged(seat)) this.hooks.publish(this.id, seat, this.snapshot(seat));
    return this.snapshot(seat);
  }

  /** The database has the finished game: tell its seats. */
  markSaved(): Promise<void> {
    return this.enqueue(() => {
      if (this.status !== "finished" || this.saved) return;
      this.saved = true;
      for (const slot of this.seats) this.publishIfChanged(slot.seat);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stopClock();
  }

  private enqueue<T>(task: () => T): Promise<T> {
    const run = this.queue.then(() => (this.disposed ? (refusal("UNKNOWN_GAME", "The game is closed.") as T) : task()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reduce one action; on success publish views, let bots answer, and settle the end. */
  private apply(action: { type: string }, seat?: string): MoveAck {
    if (this.status !== "running") return refusal("GAME_OVER", "The game is over.");
    const result = this.record.apply(action);
    if (!result.ok) return { ok: false, error: result.error };
    this.afterChange();
    return { ok: true, seq: seat ? (this.sent.get(seat)?.seq ?? 0) : 0 };
  }

  private afterChange(): void {
    if (this.record.over) this.finish();
    for (const slot of this.seats) this.publishIfChanged(slot.seat);
    if (this.status === "running") this.playBots();
    this.hooks.changed?.(this);
  }

  /** Bots answer their own views through the same reducer, in seat order. */
  private playBots(): void {
    for (const slot of this.seats) {
      const strategy = slot.kind === "bot" ? slot.strategy : (slot.standIn ?? null);
      if (!strategy || this.status !== "running") continue;
      const view = this.scenario.view(this.record.state, slot.seat);
      const moves = this.scenario.botMoves(view, strategy, botSeed(this.seed, slot.seat));
      for (const move of moves) {
        if (this.status !== "running") break;
        const result = this.record.apply(this.scenario.toAction(slot.seat, move));
        if (result.ok && this.record.over) this.finish();
      }
      if (moves.length) for (const other of this.seats) this.publishIfChanged(other.seat);
    }
  }

  private finish(): void {
    if (this.status === "finished") return;
    this.status = "finished";
    this.finishedAt = new Date();
    this.stopClock();
    this.hooks.finished(this);
  }

  private stopClock(): void {
    this.stopTimer?.();
    this.stopTimer = null;
  }

  private snapshotBody(seat: string): Omit<GameSnapshot, "seq"> {
    // Each seat sees only what its scenario discloses of the others; everything once it is over.
    const seats: SeatInfo[] = visibleSeatList(this.scenario.disclosure, this.params, seat, this.seats, this.status === "finished");
    return {
      gameId: this.id,
      code: this.code,
      scenario: this.scenario.id,
      seat,
      status: this.status,
      tickMs: this.tickMs,
      seats,
      view: this.status === "waiting" ? null : this.scenario.view(this.record.state, seat),
      ...(this.status === "finished" ? { saved: this.saved } : {}),
      // Which challenge night this is, so the end screen can offer the next one.
      ...(this.context?.challengeId !== undefined
        ? { challenge: { challengeId: this.context.challengeId, night: (this.context.seedIndex ?? 0) + 1 } }
        : {}),
      // A practice game's seed was chosen by its creator, so it is no secret: it says "unranked".
      ...(this.context?.practice ? { practice: { seed: this.seed } } : {}),
    };
  }

  /**
   * Send a human seat its snapshot only when it differs: an unchanged view sends nothing, so
   * the timing of packets cannot hint at what another seat did. Returns whether it sent.
   */
  private publishIfChanged(seat: string): boolean {
    const slot = this.seats.find((s) => s.seat === seat);
    if (!slot || slot.kind !== "human") return false;
    if (this.hooks.listening && !this.hooks.listening(this.id, seat)) return false;
    const body = this.snapshotBody(seat);
    const text = JSON.stringify(body);
    const last = this.sent.get(seat);
    if (last && last.body === text) return false;
    const seq = (last?.seq ?? 0) + 1;
    this.sent.set(seat, { body: text, seq });
    this.hooks.publish(this.id, seat, { ...body, seq });
    return true;
  }
}

function refusal(code: ProtocolError["code"], message: string): { ok: false; error: ProtocolError } {
  return { ok: false, error: { code, message } };
}

