/**
 * Creating, joining, resuming and moving: the game server's use cases, free of sockets.
 * Payloads arrive already shaped by the protocol schemas; scenario-specific checks happen here.
 */
import type { Logger } from "pino";
import { scenarioById } from "../engine/scenarios";
import type { AnyScenario } from "../engine/scenario";
import type { Ack, SeatGrant } from "../protocol/events";
import type { ErrorCode } from "../protocol/errors";
import { firstIssue } from "../protocol/firstIssue";
import { skinRefusal } from "../protocol/skins";
import { createGameSchema, passMoveSchema, type botCreateGameSchema, type challengeStartSchema, type joinGameSchema, type moveSchema, type rematchSchema, type resumeGameSchema } from "../protocol/schemas";
import { planChallengeNight } from "../challenges/start";
import type { GameContext, GameStore, ResumableGame, Trace } from "../storage/types";
import type { z } from "zod";
import type { RoomClock } from "./clock";
import { newGameId, newJoinCode, newSeed } from "./credentials";
import type { Journal, StoredLiveGame } from "./journal";
import { headerOf } from "./liveHeader";
import type { RoomRegistry } from "./registry";
import { FinishedRooms } from "./finishedRooms";
import { GameRoom, REMATCH_ASKS, type FriendMemo, type RoomHooks, type RoomOptions, type SeatHolder, type SeatSlot } from "./room";
import type { GameRecorder } from "./recorder";
import { finishedGameOf } from "./trace";

/** What a new room is made of; the factory adds its id, join code, clock and hooks. */
export type RoomSpec = Omit<RoomOptions, "id" | "code" | "seed" | "hooks" | "clock" | "countdownMs"> & {
  /** A game id made beforehand (an arena match's row is written under it before the room opens); else a fresh one. */
  id?: string;
  seed?: number;
  onChange?: (room: GameRoom) => void;
  onFinish?: (room: GameRoom) => void;
};

/** The 3-2-1 before every game's tick 0 unless the server is told otherwise. */
export const DEFAULT_COUNTDOWN_MS = 3_000;

type Refusal = { ok: false; error: { code: ErrorCode; message: string } };
const refuse = (code: ErrorCode, message: string): Refusal => ({ ok: false, error: { code, message } });

export interface GameServiceOptions {
  registry: RoomRegistry;
  store: GameStore;
  /** Where finished games go: the outbox, then the database. */
  recorder: GameRecorder;
  log: Logger;
  /** Deliver a snapshot to the holders of a seat (the socket layer). */
  publish: RoomHooks["publish"];
  listening?: RoomHooks["listening"];
  /** Spectators of a room (class hosts), and how they get its spectator view. */
  spectating?: RoomHooks["spectating"];
  spectate?: RoomHooks["spectate"];
  /** When views and bots' first answers run: after the turn (the server's `setImmediate`), or inline when absent. */
  later?: RoomHooks["later"];
  newSeed?: () => number;
  /** What drives every room's ticks; real time by default (tests pass a manual clock). */
  clock?: RoomClock;
  /** Every room's countdown before tick 0, ms (`DEFAULT_COUNTDOWN_MS` when absent; 0: none). */
  countdownMs?: number;
  /** The challenges a device's player has completed (unlocks the next); none when absent. */
  completedChallenges?: (deviceToken: string) => Promise<ReadonlySet<string>>;
  /** Where every live game's seats and inputs are journaled (server/rooms/journal.ts); none: nothing survives a restart. */
  journal?: Journal;
  /** How long a game brought back after a restart waits for its players before bots stand in (ms). */
  restoreGraceMs?: number;
  /** The bot that stands in for a human seat whose player is away. */
  standInOf?: (scenario: string, seat: string) => string;
}

/** A Bot API bot as its socket's token proved it (server/realtime/botAuth.ts). */
export interface BotIdentity {
  id: string;
  name: string;
  /** The player who owns the bot: the arena never seats two of one owner's bots in a match. */
  ownerId: string;
  /** Its owner's nickname, when the lookup knows it (a class roster shows it beside the bot). */
  owner?: string | null;
}

/** An arena match's game: who plays which seat, on which night (server/arena/scheduler.ts). */
export interface ArenaGameSpec {
  /** The game's id: the match's row (ArenaMatch) is written under it before the room opens. */
  id: string;
  scenario: AnyScenario;
  params: unknown;
  seed: number;
  tickMs: number;
  /** The house strategy of every seat; the bots' seats ignore theirs. */
  house: Record<string, string>;
  bots: { seat: string; bot: BotIdentity }[];
}

/** The longest a request waits for the journal before it is answered anyway. */
export const ACK_WAIT_MS = 2_000;
/** How long a restored game waits for its players by default. */
export const DEFAULT_RESTORE_GRACE_MS = 60_000;


export class GameService {
  /** Finished games no longer in the registry, read back from the database for a late seat. */
  readonly finishedRooms: FinishedRooms;

  constructor(private readonly options: GameServiceOptions) {
    this.finishedRooms = new FinishedRooms(options.store, (game) => this.storedRoom(game));
  }

  /**
   * `fixed`: a challenge night's seed and context (see `startChallenge`); otherwise the payload's
   * practice seed (an unranked game), or a fresh secret one.
   */
  async create(payload: z.output<typeof createGameSchema>, fixed?: { seed: number; context: GameContext }): Promise<Ack<SeatGrant> & { room?: GameRoom }> {
    return this.open(payload, () => this.options.store.ensurePlayer(payload.player.deviceToken, payload.player.nickname), fixed);
  }

  /**
   * A Bot API bot's game (docs/bot-api.md): it takes `payload.seat`, house bots every other seat
   * (no friend joins a bot's game by its code, so a bot's game never waits on a person).
   */
  async createForBot(payload: z.output<typeof botCreateGameSchema>, bot: BotIdentity): Promise<Ack<SeatGrant> & { room?: GameRoom }> {
    const person = Object.entries(payload.others).find(([, occupant]) => occupant.kind !== "bot");
    if (person) return refuse("BAD_PAYLOAD", `others.${person[0]}: a bot plays against house bots only: give every other seat a bot strategy.`);
    return this.open(payload, async () => ({ id: bot.id, nickname: bot.name, bot: true }));
  }

  /**
   * An arena match (server/arena/): Bot API bots in their seats, house bots in every other seat,
   * on a night's fixed seed, params and pace. Answers each bot's grant once the game is journaled;
   * the caller seats the bots' sockets (the game starts when the first enters: every seat is held).
   */
  async createArena(spec: ArenaGameSpec): Promise<{ room: GameRoom; grants: SeatGrant[] }> {
    const bots = new Map(spec.bots.map((b) => [b.seat, b.bot]));
    const seats: SeatSlot[] = spec.scenario.seats(spec.params).map((seat: string) => {
      const strategy = bots.has(seat) ? null : spec.house[seat];
      return { seat, kind: strategy === null ? "human" : "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null };
    });
    const room = this.openRoom({ id: spec.id, scenario: spec.scenario, params: spec.params, seed: spec.seed, tickMs: spec.tickMs, seats, friends: false });
    const grants = spec.bots.map(({ seat, bot }) => grantOf(room, room.claimSeat({ id: bot.id, nickname: bot.name, bot: true }, seat) as SeatSlot));
    await this.journaled();
    this.options.log.info({ gameId: room.id, scenario: spec.scenario.id, bots: spec.bots.length }, "arena match created");
    return { room, grants };
  }

  /** The one path of game creation: check the seats, open the room, seat its creator (`holder`). */
  private async open(
    payload: z.output<typeof botCreateGameSchema>,
    holder: () => Promise<SeatHolder>,
    fixed?: { seed: number; context: GameContext },
  ): Promise<Ack<SeatGrant> & { room?: GameRoom }> {
    const scenario = scenarioById(payload.scenario);
    if (!scenario) return refuse("UNKNOWN_SCENARIO", `There is no scenario "${payload.scenario}".`);
    const parsed = scenario.paramsSchema.safeParse(payload.params);
    if (!parsed.success) return refuse("BAD_PAYLOAD", `params: ${firstIssue(parsed.error)}`);
    const params = parsed.data;
    const seatNames: string[] = scenario.seats(params);
    if (!seatNames.includes(payload.seat)) return refuse("BAD_PAYLOAD", `seat: "${payload.seat}" is not a seat of this game (${seatNames.join(", ")}).`);
    if (Object.hasOwn(payload.others, payload.seat)) return refuse("BAD_PAYLOAD", `others: "${payload.seat}" is your own seat.`);
    const slots: SeatSlot[] = [];
    for (const seat of seatNames) {
      if (seat === payload.seat) {
        slots.push({ seat, kind: "human", strategy: null, name: null, playerId: null, token: null, tokenHash: null });
        continue;
      }
      const occupant = Object.hasOwn(payload.others, seat) ? payload.others[seat] : undefined;
      if (!occupant) return refuse("BAD_PAYLOAD", `others: say who sits in seat "${seat}".`);
      if (occupant.kind === "bot" && !scenario.strategies(seat).includes(occupant.strategy)) {
        return refuse("BAD_PAYLOAD", `others.${seat}: no bot strategy "${occupant.strategy}" for this seat.`);
      }
      const strategy = occupant.kind === "bot" ? occupant.strategy : null;
      slots.push({ seat, kind: occupant.kind, strategy, name: strategy, playerId: null, token: null, tokenHash: null });
    }
    const extra = Object.keys(payload.others).find((s) => !seatNames.includes(s));
    if (extra) return refuse("BAD_PAYLOAD", `others: "${extra}" is not a seat of this game.`);

    const skinProblem = skinRefusal(scenario.id, payload.skin);
    if (skinProblem) return refuse("BAD_PAYLOAD", skinProblem);

    // A seed the player chose makes an unranked practice game; a challenge night's seed is the catalogue's.
    const practice = fixed ? undefined : payload.seed;
    const base = fixed?.context ?? (practice === undefined ? undefined : { practice: true });
    const context = payload.skin ? { ...base, skin: payload.skin } : base;
    const player = await holder();
    const room = this.openRoom({
      scenario,
      params,
      seed: fixed?.seed ?? practice,
      tickMs: payload.tickMs,
      context,
      seats: slots,
      // Another human seat means a friend joins by the code: presence dots and a rematch.
      friends: !fixed && slots.filter((s) => s.kind === "human").length > 1,
    });
    const slot = room.claimSeat(player, payload.seat) as SeatSlot;
    // The grant is given once the game is journaled: a game its creator was told of survives a restart.
    await this.journaled();
    this.options.log.info({ gameId: room.id, scenario: scenario.id }, "game created");
    return { ok: true, ...grantOf(room, slot), room };
  }

  /** One night of a solo challenge, built from the catalogue (server/challenges/). */
  async startChallenge(payload: z.output<typeof challengeStartSchema>): Promise<Ack<SeatGrant> & { room?: GameRoom }> {
    const completed = (await this.options.completedChallenges?.(payload.player.deviceToken)) ?? new Set<string>();
    const plan = planChallengeNight(payload, completed);
    if (!plan.ok) return plan;
    return this.create(createGameSchema.parse(plan.create), { seed: plan.seed, context: plan.context });
  }

  async join(payload: z.output<typeof joinGameSchema>): Promise<Ack<SeatGrant> & { room?: GameRoom }> {
    const room = this.options.registry.byJoinCode(payload.code);
    if (!room) return refuse("UNKNOWN_GAME", `No game has the code ${payload.code}.`);
    const player = await this.options.store.ensurePlayer(payload.player.deviceToken, payload.player.nickname);
    const slot = room.claimSeat(player);
    if (!slot) return refuse("GAME_FULL", "Every seat of this game is taken.");
    await this.journaled();
    return { ok: true, ...grantOf(room, slot), room };
  }

  async resume(payload: z.output<typeof resumeGameSchema>): Promise<Ack<SeatGrant> & { room?: GameRoom }> {
    const found = await this.authenticate(payload.gameId, payload.seatToken);
    if (!found.ok) return found;
    return { ok: true, ...grantOf(found.room, found.slot, payload.seatToken), room: found.room };
  }

  async move(payload: z.output<typeof moveSchema>): Promise<Ack<{ seq: number }>> {
    const found = await this.authenticate(payload.gameId, payload.seatToken);
    if (!found.ok) return found;
    const { room, slot } = found;
    // A pass changes nothing, so nothing is journaled: its answer needs no write.
    if (passMoveSchema.safeParse(payload.move).success) return room.pass(slot.seat);
    const move = room.scenario.moveSchema.safeParse(payload.move);
    if (!move.success) {
      await room.refusedMove(slot.seat);
      return refuse("BAD_PAYLOAD", `move: ${firstIssue(move.error)}`);
    }
    const ack = await room.submit(slot.seat, move.data);
    // Acknowledged once journaled: an acknowledged move survives a crash (see `journaled`).
    if (ack.ok) await this.journaled();
    return ack;
  }

  /**
   * A seat of a finished friend game asks for a rematch, or accepts the other seat's request by
   * asking too. Once every human seat has asked, the new game opens: the same scenario, params and
   * pace, a fresh secret seed, bots in their seats, the human players one seat along (two swap).
   * Its seats are held from the start, so it counts down as soon as a player enters it.
   */
  async rematch(payload: z.output<typeof rematchSchema>): Promise<Ack<{ rematch: "asked" | "ready" }>> {
    const found = await this.authenticate(payload.gameId, payload.seatToken);
    if (!found.ok) return found;
    const { room, slot } = found;
    return room.askRematch(slot.seat, (seats) => {
      const next = this.openRoom({ scenario: room.scenario, params: room.params, tickMs: room.tickMs, seats, friends: true });
      const grants = new Map<string, SeatGrant>();
      for (const s of next.seats) if (s.kind === "human") grants.set(s.seat, grantOf(next, s, next.issueToken(s)));
      this.options.log.info({ gameId: next.id, rematchOf: room.id }, "rematch created");
      return grants;
    });
  }

  /**
   * A bot was revoked: the seats it holds in this node's unfinished games get fresh tokens nobody
   * has, so a seat token its program kept stops working too (the game goes on without it).
   */
  revokeBot(botId: string): void {
    for (const room of this.options.registry.all()) {
      if (room.status === "finished") continue;
      for (const slot of room.seats) if (slot.botId === botId) room.revokeToken(slot.seat);
    }
  }

  /** A socket left one of a game's seats (it disconnected): a friend game's other seats see it, if the game is in memory. */
  left(gameId: string): void {
    void (this.options.registry.get(gameId) ?? this.finishedRooms.peek(gameId))?.presenceChanged();
  }

  /**
   * The one room factory (game creation and class rounds): a room with these seats, registered,
   * on the server's clock, wired to publishing and to storage like any other, with `changed` and
   * `finished` also told to the caller. Without a seed it draws a fresh secret one.
   */
  openRoom(spec: RoomSpec): GameRoom {
    const room = this.buildRoom({ ...spec, id: spec.id ?? newGameId(), code: this.freshCode(), seed: spec.seed ?? (this.options.newSeed ?? newSeed)() });
    this.options.registry.add(room);
    this.options.journal?.header(headerOf(room));
    return room;
  }

  /**
   * Bring back a game an earlier run journaled (server/rooms/restore.ts): the same id, code, seed
   * and seats (token hashes only: each player presents their token to resume), its inputs replayed.
   * A game that had begun waits for its players (`GameRoom.restore`).
   */
  restoreRoom(stored: StoredLiveGame, follow: Pick<RoomSpec, "onChange" | "onFinish"> = {}): GameRoom | null {
    const { header } = stored;
    const scenario = scenarioById(header.scenario);
    if (!scenario) return null;
    const seats: SeatSlot[] = header.seats.map((s) => ({ ...s, token: null, standIn: null }));
    const room = this.buildRoom({ id: header.id, code: header.code, seed: header.seed, scenario, params: header.params, tickMs: header.tickMs, seats, context: header.context ?? undefined, friends: header.friends, ...follow });
    this.options.registry.add(room);
    const standIn = this.options.standInOf ?? ((_: string, seat: string) => scenario.strategies(seat)[0]);
    try {
      room.restore(stored.inputs, header.startedAt, this.options.restoreGraceMs ?? DEFAULT_RESTORE_GRACE_MS, (seat) => standIn(scenario.id, seat));
    } catch (err) {
      this.options.registry.remove(room);
      throw err;
    }
    if (room.status !== "waiting") this.options.registry.started(room);
    return room;
  }

  /**
   * A finished game rebuilt from its stored trace, to show it again (a restored class round's
   * finished groups): not registered, recorded or published; nobody can play or resume it.
   */
  finishedRoom(trace: Trace, strategies: Record<string, string | null>, context?: GameContext): GameRoom | null {
    const seats: SeatSlot[] = trace.seats.map((s) => ({ ...s, strategy: strategies[s.seat] ?? null, token: null, tokenHash: null, standIn: null }));
    return this.replayFinished(trace, { code: "", seats, context, hooks: { publish: () => undefined, finished: () => undefined } });
  }

  /**
   * A stored finished game as its live room was once stored (`FinishedRooms`): the same code, seats
   * (a Bot API bot's seat is "human" in a room), token hashes, context and rematch, and the hooks of
   * a live room, so each seat gets the snapshot it got before. Not registered, recorded or journaled.
   */
  private storedRoom(game: ResumableGame): GameRoom | null {
    const { trace } = game;
    const stored = new Map(game.seats.map((s) => [s.seat, s]));
    const seats: SeatSlot[] = trace.seats.map(({ botId, timeouts, refused, ...s }) => ({
      ...s,
      ...(botId ? { kind: "human" as const, botId, timeouts, refused } : {}),
      strategy: stored.get(s.seat)?.strategy ?? null,
      token: null,
      tokenHash: stored.get(s.seat)?.tokenHash ?? null,
      standIn: null,
    }));
    const { publish, listening, spectating, spectate, later } = this.options;
    // Past the retention the rematch is over: nothing more may be asked.
    const memo: FriendMemo | undefined = game.friends ? (this.options.registry.memoOf(trace.gameId) ?? { rematch: { status: "lapsed" }, asks: REMATCH_ASKS, seqs: new Map() }) : undefined;
    const hooks: RoomHooks = { publish, listening, spectating, spectate, later, finished: () => undefined };
    return this.replayFinished(trace, { code: game.code, seats, context: game.context, friends: game.friends, memo, hooks });
  }

  /** Replay a stored trace to its end into a room that is finished and saved; null if it does not end. */
  private replayFinished(trace: Trace, room: Pick<RoomOptions, "code" | "seats" | "context" | "friends" | "memo" | "hooks">): GameRoom | null {
    const scenario = scenarioById(trace.scenario);
    if (!scenario) return null;
    const rebuilt = new GameRoom({ ...room, id: trace.gameId, scenario, params: trace.params, seed: trace.seed, tickMs: trace.tickMs, clock: this.options.clock });
    rebuilt.restore(trace.inputs, new Date(trace.startedAt), 0, () => "");
    if (rebuilt.status !== "finished") {
      rebuilt.dispose(); // a trace that does not replay to its end: no hold may start its clock
      return null;
    }
    rebuilt.finishedAt = new Date(trace.finishedAt);
    rebuilt.saved = true;
    rebuilt.botFinished = trace.botFinished === true;
    return rebuilt;
  }

  private buildRoom(spec: RoomSpec & { id: string; code: string; seed: number }): GameRoom {
    const { onChange, onFinish, ...rest } = spec;
    const journal = this.options.journal;
    return new GameRoom({
      ...rest,
      clock: this.options.clock,
      countdownMs: this.options.countdownMs ?? DEFAULT_COUNTDOWN_MS,
      hooks: {
        publish: this.options.publish,
        listening: this.options.listening,
        spectating: this.options.spectating,
        spectate: this.options.spectate,
        later: this.options.later,
        changed: onChange,
        accepted: journal && ((r, seq, action) => journal.input({ gameId: r.id, seq, action })),
        seatsChanged: journal && ((r) => journal.header(headerOf(r))),
        finished: (r) => {
          this.onFinished(r);
          onFinish?.(r);
        },
      },
    });
  }

  /**
   * Settles once everything journaled so far is written. While the database cannot be written
   * (the journal's health says so) it settles at once: games go on in memory rather than stop, the
   * journal writes the backlog when storage is back, and only a crash before then loses it.
   */
  private async journaled(): Promise<void> {
    await this.options.journal?.durable(ACK_WAIT_MS);
  }

  /**
   * Someone now listens to a seat (its socket joined the seat's channel): the game starts once
   * every seat is held, and the seat gets its full snapshot.
   */
  enter(room: GameRoom, seat: string): void {
    this.startIfReady(room);
    room.resync(seat);
    void room.presenceChanged();
    void room.returned(seat);
  }

  /** Start the room (its countdown, then tick 0) if every seat is held. */
  startIfReady(room: GameRoom): void {
    if (room.status === "waiting" && room.everySeatTaken) {
      room.start();
      this.options.registry.started(room);
    }
  }

  /** The room of a seat token: a live one, or a finished one read back from the database. */
  private async authenticate(gameId: string, token: string) {
    const room = this.options.registry.get(gameId) ?? (await this.finishedRooms.forToken(gameId, token));
    if (room === "UNKNOWN_GAME") return refuse("UNKNOWN_GAME", "No game has that id.");
    const slot = room === "BAD_TOKEN" ? null : room.authenticate(token);
    if (room === "BAD_TOKEN" || !slot) return refuse("BAD_TOKEN", "That seat token does not hold a seat in this game.");
    return { ok: true as const, room, slot };
  }

  private freshCode(): string {
    for (;;) {
      const code = newJoinCode();
      if (!this.options.registry.hasCode(code)) return code;
    }
  }

  /** The recorder makes the game durable, then stores it; its players hear when it is stored (then it leaves memory). */
  private onFinished(room: GameRoom): void {
    this.options.registry.finished(room);
    this.options.recorder.record(finishedGameOf(room));
  }
}

/** The grant of a held seat, with its token: the one just issued, or the one its player presented. */
function grantOf(room: GameRoom, slot: SeatSlot, token = slot.token): SeatGrant {
  return { gameId: room.id, code: room.code, seat: slot.seat, seatToken: token as string };
}
