/**
 * A game room: the only place a game's true state lives.
 *
 * Every input takes one path (queue → `perform`: authorise → reduce → record → publish views,
 * on the server after the input's answer: see `RoomHooks.later`), whoever sends it: a human
 * seat, a bot, or the clock. The room advances by the engine's own step (engine/step.ts: the
 * tick, then the bots' answers), the same one `simulate()` takes. The room owns its clock (an
 * entry on the shared tick wheel): a tick enters the reducer as an action, and it dies with it.
 */
import { visibleSeatList } from "../engine/disclosure";
import { GameRecord } from "../engine/record";
import { botsAnswer, tickThenBots, type BotSeat, type StepTarget } from "../engine/step";
import type { AnyScenario } from "../engine/scenario";
import type { Ack, GameSnapshot, GameStatus, RematchState, SeatGrant, SeatInfo } from "../protocol/events";
import type { ProtocolError } from "../protocol/errors";
import type { GameContext } from "../storage/types";
import { realClock, type RoomClock } from "./clock";
import { hashSecret, newSeatCredential, sameSecret } from "./credentials";

export interface SeatSlot {
  seat: string;
  kind: "human" | "bot";
  /** Bot strategy; null for humans. */
  strategy: string | null;
  /** Nickname once a human holds it (a Bot API bot's name), or the strategy for a house bot. */
  name: string | null;
  playerId: string | null;
  /**
   * A Bot API bot holds this seat (docs/bot-api.md): it plays by seat token like a human, so the
   * seat keeps kind "human" in the room, with no playerId; everything it publishes says "bot".
   */
  botId?: string | null;
  /**
   * The seat token as issued, kept in memory only to hand it again to the same player; null for
   * bots, open seats and seats brought back after a restart (the player presents it to resume).
   */
  token: string | null;
  /** SHA-256 of the seat token (what the journal stores); null while the seat is open. */
  tokenHash: string | null;
  /** A bot strategy playing this human seat while its player is away (class sessions). */
  standIn?: string | null;
  /** A Bot API bot's seat: ticks its stand-in played because the bot had not moved in time. */
  timeouts?: number;
  /** A Bot API bot's seat: moves the rules (or the scenario's move schema) refused. */
  refused?: number;
}

/** Who takes a seat: a player, or a Bot API bot (its id and name). */
export interface SeatHolder {
  id: string;
  nickname: string;
  bot?: boolean;
}

export interface RoomHooks {
  /**
   * Deliver a seat's snapshot to whoever holds that seat. `json`, when given, is exactly
   * `JSON.stringify(snapshot)` (the room serialised it already), for sending without serialising again.
   */
  publish(gameId: string, seat: string, snapshot: GameSnapshot, json?: string): void;
  /** Whether anyone receives that seat's snapshots now; when not, none is built (resync sends it). */
  listening?(gameId: string, seat: string): boolean;
  /** Called after each input the room accepted, in order: `index` is its position (the journal). */
  accepted?(room: GameRoom, index: number, action: { type: string }): void;
  /** Called when who holds the seats, or when the game began, changed (the journal's header). */
  seatsChanged?(room: GameRoom): void;
  /** Called once when the game ends (persist it). */
  finished(room: GameRoom): void;
  /** Called after every accepted change (class dashboards follow progress). */
  changed?(room: GameRoom): void;
  /** Whether anyone spectates the room now (a class host); when not, no spectator view is built. */
  spectating?(gameId: string): boolean;
  /** Deliver the spectator view (see `GameRoom.spectatorView`) to whoever spectates; only when it changed. */
  spectate?(room: GameRoom, view: SpectatorSeats): void;
  /**
   * Run `run` after this turn of the event loop (the server passes `setImmediate`): the views an
   * input changed are built then, after its ack went out (or sooner, when the room's next input
   * comes first); a game's bots first answer then, after every game started in the turn sent its seats.
   * Absent (tests driving a room alone), both happen inline, before the input's answer.
   */
  later?(run: () => void): void;
}

/**
 * What a spectator sees of a room: public progress, and each student player seat's own snapshot,
 * the one that seat gets (built by the same `snapshot(seat)`). Adversary and bot seats are left out.
 */
export interface SpectatorSeats {
  status: GameStatus;
  tick: number;
  lastTick: number;
  seats: GameSnapshot[];
}

/** How long a rematch request waits for the other seat, ms on the room's clock. */
export const REMATCH_WINDOW_MS = 30_000;
/** How many times a finished game's seats may ask for a rematch in all (a lapsed request may be asked again). */
export const REMATCH_ASKS = 4;

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
  /**
   * How long the 3-2-1 countdown between "every seat is held" and tick 0 lasts, in ms, on the
   * room's clock. 0 (the default here) starts at once; the server passes its own (3 s unless
   * configured, see `ServerOptions.countdownMs`).
   */
  countdownMs?: number;
  /**
   * A friend game (started with an invite code): its human seats see each other's presence, and
   * once it is over they may ask for a rematch.
   */
  friends?: boolean;
  /** A finished friend game rebuilt from the database takes over what its first room kept (`RoomRegistry.stored`). */
  memo?: FriendMemo;
}

/**
 * What a friend game keeps once it is stored and its room let go (`RoomRegistry.stored`), shared
 * with the rooms rebuilt from the database: its rematch (see `RematchState`; per seat "ready"
 * carries that seat's grant), the requests made (at most `REMATCH_ASKS`) and each seat's last
 * snapshot number, so a page still open on the game takes a rebuilt room's snapshots. No game state.
 */
export interface FriendMemo {
  rematch:
    | { status: "open" }
    | { status: "asked"; askedBy: string[]; lapsesAt: number; stopLapse: () => void }
    | { status: "lapsed" }
    | { status: "ready"; next: Map<string, SeatGrant> };
  asks: number;
  seqs: Map<string, number>;
}

type MoveAck = Ack<{ seq: number }>;

/**
 * Who sends an input: the holder of a human seat, the bot playing a seat, the stand-in playing a
 * tick a Bot API bot missed (`deadline`), or the clock.
 */
type Actor = { kind: "human"; seat: string } | { kind: "bot"; seat: string } | { kind: "standIn"; seat: string } | { kind: "clock" };

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
  /** When tick 0 began (the end of the countdown). */
  startedAt: Date | null = null;
  /** While the countdown runs ("starting"): when it ends, epoch ms on the room's clock. */
  startsAt: number | null = null;
  readonly countdownMs: number;
  finishedAt: Date | null = null;
  /** Once finished: whether the database has the game (see GameSnapshot.saved). */
  saved = false;
  /**
   * Set when `finishNow` played the rest of an unfinished game: stand-in bots finished it in its
   * players' seats (the class host ended the round), so its end is not the players' own.
   */
  botFinished = false;
  readonly friends: boolean;
  /**
   * Set while a game brought back after a restart waits for its players (status "paused"): when
   * bots stand in for the seats still away, epoch ms on the room's clock. See `hold`.
   */
  held: { standInsAt: number } | null = null;

  private readonly hooks: RoomHooks;
  /** Cancels the hold's grace period; null when no game is held. */
  private stopGrace: (() => void) | null = null;
  /** Human seats a bot plays because their player had not come back after a restart. */
  private readonly restartStandIns = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: RoomClock;
  /** Stops the running clock; null while it stands still. */
  private stopTimer: (() => void) | null = null;
  /** Cancels the running countdown; null when none runs. */
  private stopCountdown: (() => void) | null = null;
  /** Tick 0 has begun and its bots have not answered yet (`firstAnswers`). */
  private botsToAnswer = false;
  /** Whether tick 0 has begun: until then a seat has no view and no input is taken. */
  private begun = false;
  private disposed = false;
  /** Set while `finishNow` fast-forwards: views are published once, at the end. */
  private quiet = false;
  /** The room as the engine's step sees it: its bots' moves and its ticks take the room's one path. */
  private readonly stepTarget: StepTarget;
  /** Why the last tick was refused, if it was. */
  private tickRefusal: MoveAck | null = null;
  /** An input changed the game since the views were last published; a flush is coming (`viewsChanged`). */
  private viewsStale = false;
  private flushPending = false;
  /** Per seat: the last snapshot body sent (its number is in `memo.seqs`). */
  private readonly sent = new Map<string, string>();
  /** The last spectator view sent, so an unchanged one is not sent again. */
  private spectatorSent: string | null = null;
  /** Its rematch and snapshot numbers: what the registry keeps of a stored friend game. */
  readonly memo: FriendMemo;
  /** The class host paused the game (`pause`) and has not resumed it: no hold or start runs its clock. */
  private hostPaused = false;
  /** Seats that moved (an accepted move) or passed since the tick began: the deadline spares them. */
  private readonly playedThisTick = new Set<string>();
  /** The stand-ins of the deadline as the engine's step sees them: their moves take the room's one path. */
  private readonly standInTarget: StepTarget;

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
    this.countdownMs = Math.max(0, options.countdownMs ?? 0);
    this.friends = options.friends ?? false;
    this.memo = options.memo ?? { rematch: { status: "open" }, asks: 0, seqs: new Map() };
    this.record = new GameRecord(options.scenario, options.params, options.seed);
    this.stepTarget = {
      scenario: this.scenario,
      seed: this.seed,
      state: () => this.record.state,
      viewMemo: this.record.viewMemo,
      live: () => this.status === "running",
      play: (seat, moves) => void this.perform({ kind: "bot", seat }, moves.map((move) => this.scenario.toAction(seat, move))),
      tick: () => {
        const done = this.perform({ kind: "clock" }, [this.scenario.tick]);
        this.tickRefusal = done.ok ? null : done;
        return done.ok;
      },
    };
    this.standInTarget = {
      ...this.stepTarget,
      play: (seat, moves) => void this.perform({ kind: "standIn", seat }, moves.map((move) => this.scenario.toAction(seat, move))),
    };
  }

  /**
   * Give an open human seat to a player, or to a Bot API bot (`bot: true`: `id` is the bot's).
   * Returns the seat and its fresh token, or null if full.
   */
  claimSeat(player: SeatHolder, wanted?: string): SeatSlot | null {
    const holds = (s: SeatSlot) => (player.bot ? s.botId === player.id : s.playerId === player.id);
    const held = this.seats.find((s) => s.kind === "human" && holds(s));
    if (held) {
      if (held.token === null) this.issueToken(held);
      return held;
    }
    const open = this.seats.find((s) => s.kind === "human" && s.tokenHash === null && (!wanted || s.seat === wanted));
    if (!open) return null;
    open.playerId = player.bot ? null : player.id;
    if (player.bot) open.botId = player.id;
    open.name = player.nickname;
    this.issueToken(open);
    return open;
  }

  /**
   * Give a human seat a fresh token (its old one stops working at once) and answer it. A seat
   * brought back after a restart gets one this way when its player, holding no token, joins again.
   */
  issueToken(slot: SeatSlot): string {
    const { token, tokenHash } = newSeatCredential();
    slot.token = token;
    slot.tokenHash = tokenHash;
    this.hooks.seatsChanged?.(this);
    return token;
  }

  /** Give a human seat a fresh secret nobody holds: its old token stops working at once. */
  revokeToken(seat: string): void {
    const slot = this.seats.find((s) => s.seat === seat && s.kind === "human");
    if (slot) this.issueToken(slot);
  }

  /**
   * The seat a token belongs to, which now keeps the token to hand it again: a seat brought back
   * after a restart knows only its hash until its holder shows the token.
   */
  recoverToken(token: string): SeatSlot | null {
    const slot = this.authenticate(token);
    if (slot && slot.token === null) slot.token = token;
    return slot;
  }

  /** The seat a token belongs to, or null. */
  authenticate(token: string): SeatSlot | null {
    const hash = hashSecret(token);
    return this.seats.find((s) => s.tokenHash !== null && sameSecret(s.tokenHash, hash)) ?? null;
  }

  get everySeatTaken(): boolean {
    return this.seats.every((s) => s.kind === "bot" || s.tokenHash !== null);
  }

  /**
   * Every human seat is held: run the countdown, then tick 0 begins (at once when the countdown
   * is 0). The countdown is no game event: the engine, its inputs and its trace only start at
   * tick 0, so a game replays the same whatever the countdown was.
   */
  start(): void {
    if (this.status !== "waiting" || this.disposed) return;
    // Paused by the host before it could start: `resume` counts down.
    if (this.hostPaused) {
      this.status = "paused";
      this.publishAll();
      this.hooks.changed?.(this);
      return;
    }
    this.countDown();
  }

  /** Enter "starting" for `countdownMs` (or begin at once when it is 0). */
  private countDown(): void {
    if (this.countdownMs === 0) {
      this.begin();
      return;
    }
    this.status = "starting";
    this.startsAt = this.clock.now() + this.countdownMs;
    this.stopCountdown = this.clock.after(
      this.countdownMs,
      () =>
        this.enqueue(() => {
          if (this.status === "starting") this.begin();
        }),
      this.id,
    );
    this.publishAll();
    this.hooks.changed?.(this);
  }

  /** Tick 0: the seats get their views, the bots their first answers, and the clock runs. */
  private begin(): void {
    // A timer may fire a millisecond before its time by Date.now(): tick 0 is never stamped before
    // the start the seats were told.
    const at = Math.max(this.clock.now(), this.startsAt ?? 0);
    this.cancelCountdown();
    this.begun = true;
    this.status = "running";
    this.startedAt = new Date(at);
    this.hooks.seatsChanged?.(this);
    this.publishAll();
    this.startClock();
    this.botsToAnswer = true;
    // Every seat of every game starting now is sent before any bot plays (a class round's 150 games).
    if (this.hooks.later) this.hooks.later(() => void this.enqueue(() => this.firstAnswers()));
    else this.firstAnswers();
  }

  /**
   * The bots' answers to tick 0, unless something answered for them already (a move, a pause,
   * the end). They may end the game (an FLP scheduler bot on a univalent start): `finish` stops the clock.
   */
  private firstAnswers(): void {
    if (!this.botsToAnswer) return;
    this.botsToAnswer = false;
    if (this.status === "running") this.settle();
  }

  private cancelCountdown(): void {
    this.stopCountdown?.();
    this.stopCountdown = null;
    this.startsAt = null;
  }

  private startClock(): void {
    this.stopClock();
    this.stopTimer = this.clock.every(this.tickMs, () => this.enqueue(() => this.clockTick()), this.id);
  }

  /**
   * Stop the clock; moves are refused until `resume`. A countdown stops too: the game has not
   * begun, and `resume` counts down again from the start.
   */
  pause(): Promise<void> {
    return this.enqueue(() => {
      // Remembered whatever the status: a held game released, or a game started, stays paused.
      this.hostPaused = true;
      if (this.status !== "running" && this.status !== "starting") return;
      this.status = "paused";
      this.cancelCountdown();
      this.stopClock();
      this.publishAll();
      this.hooks.changed?.(this);
    });
  }

  resume(): Promise<void> {
    return this.enqueue(() => {
      this.hostPaused = false;
      // A held game waits for its players still; `releaseNow` starts it.
      if (this.status !== "paused" || this.held) return;
      if (!this.begun) {
        this.countDown();
        return;
      }
      this.status = "running";
      this.startClock();
      this.publishAll();
      this.settle();
    });
  }

  /** A bot plays the human seat from now on (its player left), or stops doing so (null). */
  standIn(seat: string, strategy: string | null): Promise<void> {
    return this.enqueue(() => {
      const slot = this.seats.find((s) => s.seat === seat && s.kind === "human");
      if (!slot || (slot.standIn ?? null) === strategy) return;
      slot.standIn = strategy;
      this.settle();
    });
  }

  /**
   * Play the game to its end at once: bots stand in for every human seat and the clock runs
   * without waiting (the class host ended the round). The trace is as complete as any other, and
   * says the game was bot-finished (`botFinished`). Nobody watches the fast-forward: the seats get
   * the final views only. A game already over is left as it is (and not flagged).
   */
  finishNow(standInOf: (seat: string) => string, maxTicks = 100_000): Promise<void> {
    return this.enqueue(() => {
      if (this.status === "finished" || (this.status === "waiting" && !this.everySeatTaken)) return;
      // A game held after a restart is played out like any other: the bots need no players back.
      this.stopGrace?.();
      this.stopGrace = null;
      this.held = null;
      this.stopClock();
      this.cancelCountdown();
      this.begun = true;
      this.status = "running";
      this.startedAt ??= new Date(this.clock.now());
      this.botFinished = true;
      for (const slot of this.seats) if (slot.kind === "human") slot.standIn = standInOf(slot.seat);
      this.quiet = true;
      try {
        botsAnswer(this.stepTarget, this.bots());
        for (let i = 0; i < maxTicks && this.status === "running"; i++) if (!tickThenBots(this.stepTarget, this.bots())) break;
      } finally {
        this.quiet = false;
      }
      this.publishAll();
      this.hooks.changed?.(this);
    });
  }

  /** A human seat's move, validated against the scenario's move schema by the caller. */
  submit(seat: string, move: { type: string }): Promise<MoveAck> {
    return this.enqueue(() => {
      const done = this.perform({ kind: "human", seat }, [this.scenario.toAction(seat, move)]);
      if (!done.ok) return done;
      this.playedThisTick.add(seat);
      this.settle();
      // With `later`, the view showing the move is built after this answer: the number sent so far.
      return { ok: true, seq: this.memo.seqs.get(seat) ?? 0 };
    });
  }

  /**
   * A seat says it has played this tick (`{ type: "pass" }`): checked like a move (the game runs,
   * the seat is its holder's), then nothing changes: no input, no trace event, no view.
   */
  pass(seat: string): Promise<MoveAck> {
    return this.enqueue(() => {
      const refused = this.authorise({ kind: "human", seat });
      if (refused) return refused;
      this.playedThisTick.add(seat);
      return { ok: true, seq: this.memo.seqs.get(seat) ?? 0 };
    });
  }

  /**
   * A move from this seat that the scenario's move schema refused (the caller answered it): a
   * Bot API bot's seat counts it among its refused moves while the game runs.
   */
  refusedMove(seat: string): Promise<void> {
    return this.enqueue(() => {
      if (this.status === "running" && !this.held) this.countRefused(seat);
    });
  }

  /** The snapshot for a seat, as sent on every change (and on resume). */
  snapshot(seat: string): GameSnapshot {
    const body = this.snapshotBody(seat);
    return { ...body, seq: this.memo.seqs.get(seat) ?? 0 };
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
      this.publishAll();
    });
  }

  /**
   * A socket entered or left one of this friend game's seats: the other seats see the presence
   * dots change. Nothing happens in other games (their snapshots carry no presence).
   */
  presenceChanged(): Promise<void> {
    return this.enqueue(() => {
      if (this.friends) this.publishAll();
    });
  }

  /**
   * A human seat of a finished friend game asks for a rematch; when every other human seat has
   * asked too (the request is accepted), `open` makes the new game from the seats it is given
   * (their players named, their tokens still null) and answers the grant of each human seat of it,
   * by seat; each seat's snapshot here then carries its player's grant there.
   */
  askRematch(seat: string, open: (seats: SeatSlot[]) => Map<string, SeatGrant>): Promise<Ack<{ rematch: "asked" | "ready" }>> {
    return this.enqueue((): Ack<{ rematch: "asked" | "ready" }> => {
      if (!this.friends) return refusal("REMATCH_UNAVAILABLE", "Only a game played with a friend can be rematched.");
      if (this.status !== "finished") return refusal("GAME_NOT_FINISHED", "The game is not over yet: a rematch comes after it.");
      const slot = this.seats.find((s) => s.seat === seat);
      if (slot?.kind !== "human") return refusal("NOT_YOUR_SEAT", "That seat is not a player's.");
      const memo = this.memo;
      const r = memo.rematch;
      if (r.status === "ready") return refusal("REMATCH_UNAVAILABLE", "The rematch has already begun.");
      if (r.status === "asked" && r.askedBy.includes(seat)) return refusal("REMATCH_ALREADY_ASKED", "You have asked already: waiting for the other player.");
      const askedBy = r.status === "asked" ? [...r.askedBy, seat] : [seat];
      const humans = this.seats.filter((s) => s.kind === "human").map((s) => s.seat);
      if (humans.every((h) => askedBy.includes(h))) {
        if (r.status === "asked") r.stopLapse();
        // `open` answers by seat of the new game; each old seat gets the grant of the seat its player moved to.
        const grants = open(rematchSeats(this.seats));
        const next = new Map<string, SeatGrant>();
        humans.forEach((h, i) => {
          const grant = grants.get(humans[(i + 1) % humans.length]);
          if (grant) next.set(h, grant);
        });
        memo.rematch = { status: "ready", next };
        this.publishAll();
        return { ok: true, rematch: "ready" };
      }
      if (r.status !== "asked" && memo.asks >= REMATCH_ASKS) return refusal("RATE_LIMITED", "That is enough rematch requests for this game.");
      if (r.status !== "asked") memo.asks++;
      const lapsesAt = r.status === "asked" ? r.lapsesAt : this.clock.now() + REMATCH_WINDOW_MS;
      const stopLapse = r.status === "asked" ? r.stopLapse : this.clock.after(REMATCH_WINDOW_MS, () => this.lapseRematch());
      memo.rematch = { status: "asked", askedBy, lapsesAt, stopLapse };
      this.publishAll();
      return { ok: true, rematch: "asked" };
    });
  }

  private lapseRematch(): Promise<void> {
    return this.enqueue(() => {
      if (this.memo.rematch.status !== "asked") return;
      this.memo.rematch = { status: "lapsed" };
      this.publishAll();
    });
  }

  /** A spectator has just come: send the current view even if it did not change. */
  spectatorView(): SpectatorSeats {
    const { tick, lastTick } = this.scenario.progress(this.record.state);
    const seats = this.seats.filter((s) => s.kind === "human" && this.scenario.role(s.seat).kind === "player").map((s) => this.snapshot(s.seat));
    return { status: this.status, tick, lastTick, seats };
  }

  /**
   * Bring back a game an earlier run journaled: replay its inputs without publishing or journaling
   * them again (they were accepted then, and the engine is deterministic, so they are accepted now).
   * A game that had begun comes back paused and held for its players (`hold`); one that had not
   * waits for them as before. Throws if an input is refused: the journal does not match the engine.
   */
  restore(inputs: readonly { type: string }[], startedAt: Date | null, graceMs: number, standInOf: (seat: string) => string): void {
    inputs.forEach((action, i) => {
      const done = this.record.apply(action);
      if (!done.ok) throw new Error(`restore ${this.id}: input ${i} (${action.type}) refused: ${done.error.code}`);
    });
    if (startedAt === null) return;
    this.begun = true;
    this.startedAt = startedAt;
    if (this.record.over) return this.finish();
    this.hold(graceMs, standInOf);
  }

  /**
   * Time that passed while the server was down is not played behind the players' backs: the game
   * stays paused until every human seat has someone listening again (`release`), or for `graceMs`;
   * then bots stand in for the seats still away, and step aside when their players come back.
   */
  private hold(graceMs: number, standInOf: (seat: string) => string): void {
    this.status = "paused";
    this.held = { standInsAt: this.clock.now() + graceMs };
    this.stopGrace = this.clock.after(
      graceMs,
      () =>
        this.enqueue(() => {
          if (!this.held) return;
          for (const slot of this.seats) {
            if (slot.kind !== "human" || this.hooks.listening?.(this.id, slot.seat)) continue;
            slot.standIn = standInOf(slot.seat);
            this.restartStandIns.add(slot.seat);
          }
          this.releaseNow();
        }),
      this.id,
    );
  }

  /**
   * A player of a held game is back on its seat: once every human seat is listened to, the game
   * goes on; a bot that stood in for this seat since the restart steps aside.
   */
  returned(seat: string): Promise<void> {
    return this.enqueue(() => {
      if (this.restartStandIns.delete(seat)) {
        const slot = this.seats.find((s) => s.seat === seat);
        if (slot) slot.standIn = null;
      }
      if (!this.held) return;
      // A seat a bot plays (its student was removed from the class) waits for nobody.
      const everyone = this.seats.every((s) => s.kind !== "human" || s.standIn || (this.hooks.listening?.(this.id, s.seat) ?? true));
      if (everyone) this.releaseNow();
    });
  }

  /** End the hold: the clock runs again and the bots answer what they missed. */
  private releaseNow(): void {
    this.stopGrace?.();
    this.stopGrace = null;
    this.held = null;
    // The class host paused the round meanwhile: the game waits for `resume`.
    if (this.hostPaused) {
      this.publishAll();
      this.hooks.changed?.(this);
      return;
    }
    this.status = "running";
    this.startClock();
    this.publishAll();
    this.settle();
  }

  dispose(): void {
    this.disposed = true;
    this.stopGrace?.();
    if (this.memo.rematch.status === "asked") this.memo.rematch.stopLapse();
    this.cancelCountdown();
    this.stopClock();
  }

  private enqueue<T>(task: () => T): Promise<T> {
    const run = this.queue.then(() => {
      if (this.disposed) return refusal("UNKNOWN_GAME", "The game is closed.") as T;
      // Views still owed to the last input go out before the next one is taken: one snapshot per
      // input (not per however many the event loop happened to gather), whatever the timing.
      if (this.viewsStale) this.publishAll();
      return task();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The clock's task: the tick's deadline, one tick, then the bots' answers (the engine's step). */
  private clockTick(): MoveAck {
    this.firstAnswers();
    this.deadline();
    if (!tickThenBots(this.stepTarget, this.bots())) return this.tickRefusal ?? refusal("GAME_OVER", "The game is over.");
    this.hooks.changed?.(this);
    return { ok: true, seq: 0 };
  }

  /**
   * The end of a tick, just before the next: every seat a Bot API bot holds that neither moved nor
   * passed since the tick began gets its stand-in's moves for it (the scenario's house strategy for
   * the seat, the one class sessions stand in with), recorded as inputs like any bot's answer, and
   * counts a timeout; then the house bots answer, as after a player's move. Persons are spared.
   */
  private deadline(): void {
    const late = this.seats.filter((s) => s.botId && !s.standIn && !this.playedThisTick.has(s.seat));
    this.playedThisTick.clear();
    if (!late.length || this.status !== "running") return;
    for (const slot of late) slot.timeouts = (slot.timeouts ?? 0) + 1;
    this.hooks.seatsChanged?.(this);
    const inputs = this.record.inputs.length;
    botsAnswer(this.standInTarget, late.map((s) => ({ seat: s.seat, strategy: this.scenario.role(s.seat).standIn })));
    if (this.record.inputs.length > inputs) botsAnswer(this.stepTarget, this.bots());
  }

  /** A Bot API bot's seat counts a refused move (journaled with the seats: a restart keeps it). */
  private countRefused(seat: string): void {
    const slot = this.seats.find((s) => s.seat === seat);
    if (!slot?.botId) return;
    slot.refused = (slot.refused ?? 0) + 1;
    this.hooks.seatsChanged?.(this);
  }

  /** After a change a human or the room made: the bots answer, then the dashboards hear of it. */
  private settle(): void {
    this.botsToAnswer = false;
    botsAnswer(this.stepTarget, this.bots());
    this.hooks.changed?.(this);
  }

  /** Seats a bot plays now (its own, or a human's it stands in for), in seat order. */
  private bots(): BotSeat[] {
    const bots: BotSeat[] = [];
    for (const slot of this.seats) {
      const strategy = slot.kind === "bot" ? slot.strategy : (slot.standIn ?? null);
      if (strategy) bots.push({ seat: slot.seat, strategy });
    }
    return bots;
  }

  /**
   * The one path of every input, run inside the queue: authorise the actor, reduce and record
   * each action (a bot's refused move is skipped; a human's or the clock's is the answer),
   * settle the end, then publish the views that changed. A bot that made no move publishes nothing.
   */
  private perform(actor: Actor, actions: readonly { type: string }[]): MoveAck {
    const refused = this.authorise(actor);
    if (refused) return refused;
    for (const action of actions) {
      if (this.status !== "running") break;
      const result = this.record.apply(action);
      if (!result.ok) {
        if (actor.kind === "bot" || actor.kind === "standIn") continue;
        if (actor.kind === "human") this.countRefused(actor.seat);
        return { ok: false, error: result.error };
      }
      this.hooks.accepted?.(this, this.record.inputs.length - 1, action);
      if (this.record.over) this.finish();
    }
    if (actions.length) this.viewsChanged();
    return { ok: true, seq: 0 };
  }

  /**
   * The game changed: publish the views now, or (with `later`) after this turn, inside the queue,
   * so the input's ack leaves first (unless another input waits in the queue: its task publishes
   * them first). An input and its bots' answers make one view per seat. Views are still sent only
   * once durable (the publish hook waits for the journal).
   */
  private viewsChanged(): void {
    const later = this.hooks.later;
    if (!later) return this.publishAll();
    this.viewsStale = true;
    if (this.flushPending) return;
    this.flushPending = true;
    later(
      () =>
        void this.enqueue(() => {
          this.flushPending = false;
          if (this.viewsStale) this.publishAll();
        }),
    );
  }

  /** Whether `actor` may send an input now; the refusal if not. */
  private authorise(actor: Actor): { ok: false; error: ProtocolError } | null {
    if (this.status === "waiting") return refusal("NOT_STARTED", "The game has not started: waiting for players.");
    if (this.status === "starting") return refusal("NOT_STARTED", "The game has not started: the countdown is running.");
    if (this.status === "finished") return refusal("GAME_OVER", "The game is over.");
    if (this.held) return refusal("PAUSED", "The server restarted: the game goes on when every player is back.");
    if (this.status === "paused") return refusal("PAUSED", "The game is paused by the host.");
    if (actor.kind === "clock") return null;
    const slot = this.seats.find((s) => s.seat === actor.seat);
    if (actor.kind === "standIn") return slot?.botId ? null : refusal("NOT_YOUR_SEAT", "No Bot API bot holds this seat.");
    const botPlays = Boolean(slot && (slot.kind === "bot" ? slot.strategy : slot.standIn));
    if (actor.kind === "human" && slot?.kind !== "human") return refusal("NOT_YOUR_SEAT", "That seat is not a player's.");
    if (actor.kind === "human" && botPlays) return refusal("STAND_IN_ACTIVE", "A bot plays this seat while you are away: reconnect first.");
    if (actor.kind === "bot" && !botPlays) return refusal("NOT_YOUR_SEAT", "No bot plays this seat.");
    return null;
  }

  /** Publish every seat whose view changed (none while a round is fast-forwarded). */
  private publishAll(): void {
    if (this.quiet) return;
    this.viewsStale = false;
    for (const slot of this.seats) this.publishIfChanged(slot.seat);
    this.publishSpectators();
  }

  /** Send the spectators the view built from the seats' own snapshots, when it changed. */
  private publishSpectators(): void {
    if (!this.hooks.spectate || !this.hooks.spectating?.(this.id)) return;
    const view = this.spectatorView();
    const text = JSON.stringify(view);
    if (text === this.spectatorSent) return;
    this.spectatorSent = text;
    this.hooks.spectate(this, view);
  }

  private finish(): void {
    if (this.status === "finished") return;
    this.status = "finished";
    this.finishedAt = new Date(this.clock.now());
    this.startedAt ??= this.finishedAt;
    this.stopClock();
    this.hooks.finished(this);
  }

  private stopClock(): void {
    this.stopTimer?.();
    this.stopTimer = null;
  }

  private snapshotBody(seat: string): Omit<GameSnapshot, "seq"> {
    // Each seat sees only what its scenario discloses of the others; everything once it is over.
    const listed: SeatInfo[] = visibleSeatList(this.scenario.disclosure, this.params, seat, this.seats, this.status === "finished");
    // A friend game's human seats show whether their player is connected: sockets only, no game state.
    const seats = this.friends ? listed.map((s) => (s.kind === "human" ? { ...s, present: this.present(s.seat) } : s)) : listed;
    return {
      gameId: this.id,
      code: this.code,
      scenario: this.scenario.id,
      seat,
      status: this.status,
      tickMs: this.tickMs,
      seats,
      view: this.begun ? this.scenario.view(this.record.state, seat, this.record.viewMemo) : null,
      // Before tick 0 the seat has no view: it is told what its briefing needs, and when play begins.
      ...(this.begun ? {} : { announced: this.scenario.disclosure.announcedParams(this.params, seat) }),
      ...(this.status === "starting" && this.startsAt !== null ? { startsAt: this.startsAt } : {}),
      ...(this.held ? { held: this.held } : {}),
      ...(this.status === "finished" ? { saved: this.saved } : {}),
      // Which challenge night this is, so the end screen can offer the next one.
      ...(this.context?.challengeId !== undefined
        ? { challenge: { challengeId: this.context.challengeId, night: (this.context.seedIndex ?? 0) + 1 } }
        : {}),
      // A practice game's seed was chosen by its creator, so it is no secret: it says "unranked".
      ...(this.context?.practice ? { practice: { seed: this.seed } } : {}),
      // The telling (words and pictures): header, not view, so every seat and the replay agree.
      ...(this.context?.skin ? { skin: this.context.skin } : {}),
      ...(this.friends && this.status === "finished" ? { rematch: this.rematchFor(seat) } : {}),
    };
  }

  /** Whether a seat's player has a socket on its channel now (a held seat only). */
  private present(seat: string): boolean {
    const slot = this.seats.find((s) => s.seat === seat);
    if (!slot || slot.tokenHash === null) return false;
    return this.hooks.listening?.(this.id, seat) ?? false;
  }

  private rematchFor(seat: string): RematchState {
    const r = this.memo.rematch;
    if (r.status === "asked") return { status: "asked", askedBy: r.askedBy, lapsesAt: r.lapsesAt };
    if (r.status === "ready") {
      const next = r.next.get(seat);
      return next ? { status: "ready", next } : { status: "open" };
    }
    return r;
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
    if (this.sent.get(seat) === text) return false;
    const seq = (this.memo.seqs.get(seat) ?? 0) + 1;
    this.sent.set(seat, text);
    this.memo.seqs.set(seat, seq);
    // `seq` comes last in the snapshot, so its JSON is the body's with `seq` appended.
    this.hooks.publish(this.id, seat, { ...body, seq }, `${text.slice(0, -1)},"seq":${seq}}`);
    return true;
  }
}

/**
 * The seats of a rematch: bots keep their seats; the human players move one human seat along
 * (with two human seats, they swap), so each gets to play the other side.
 */
export function rematchSeats(seats: readonly SeatSlot[]): SeatSlot[] {
  const humans = seats.filter((s) => s.kind === "human");
  return seats.map((s) => {
    if (s.kind !== "human") return { ...s, standIn: null, token: null, tokenHash: null };
    const i = humans.indexOf(s);
    const mover = humans[(i + humans.length - 1) % humans.length];
    return { seat: s.seat, kind: "human", strategy: null, name: mover.name, playerId: mover.playerId, token: null, tokenHash: null, standIn: null };
  });
}

function refusal(code: ProtocolError["code"], message: string): { ok: false; error: ProtocolError } {
  return { ok: false, error: { code, message } };
}

