/** What the game server stores, and the interface every storage backend implements. */
import type { TraceEvent } from "../engine/record";
import type { SeatOutcome } from "../engine/scenario";
import type { Skin } from "../protocol/skins";

/** The trace format version new games are written with. */
export const TRACE_VERSION = 2;
export type TraceVersion = 1 | typeof TRACE_VERSION;

/** The trace of a finished game: the format is docs/trace-format.md. */
export interface Trace {
  format: "bivalent-trace";
  /** 2 since `result.depth` is the known depth; version 1 traces stored the true chain there. */
  version: TraceVersion;
  gameId: string;
  scenario: string;
  params: Record<string, unknown>;
  seed: number;
  tickMs: number;
  /**
   * `botId` only on a seat a Bot API bot played (docs/bot-api.md): kind "bot", name the bot's, no
   * playerId; with it `timeouts` (ticks its stand-in played) and `refused` (its moves refused).
   */
  seats: { seat: string; kind: "human" | "bot"; name: string; playerId: string | null; botId?: string; timeouts?: number; refused?: number }[];
  /** Every accepted input in order, ticks included: replaying them reproduces `events`. */
  inputs: { type: string; [field: string]: unknown }[];
  events: TraceEvent[];
  outcome: string;
  result: Record<string, SeatOutcome>;
  /** The checker's verdict, for scenarios that have one (consensus). */
  checks?: object;
  /** Present (true) only on an unranked practice game, whose seed the player chose. */
  practice?: true;
  /**
   * Present (true) only on a class game the host ended with "End now" before it was over: stand-in
   * bots played its remaining ticks in its students' seats. Class statistics leave it out.
   */
  botFinished?: true;
  /** Present only when the game was told in another skin (server/protocol/skins.ts); verifiers ignore it. */
  skin?: Skin;
  startedAt: string;
  finishedAt: string;
}

export interface FinishedSeat {
  seat: string;
  kind: "human" | "bot";
  playerId: string | null;
  /** The Bot API bot that played the seat (kind "bot", strategy null); absent for everyone else. */
  botId?: string | null;
  /** A Bot API bot's seat: ticks the deadline's stand-in played, and moves refused (GameSeat). */
  timeouts?: number;
  refused?: number;
  /** Nickname of the human, the Bot API bot's name, or the house bot's strategy. */
  name: string;
  strategy: string | null;
  score: number;
  won: boolean;
  depth: number | null;
  /** SHA-256 of the seat's token: its holder resumes the stored game with it. Null or absent for house bots. */
  tokenHash?: string | null;
}

export interface FinishedGame {
  id: string;
  scenario: string;
  outcome: string;
  startedAt: Date;
  finishedAt: Date;
  seats: FinishedSeat[];
  trace: Trace;
  /** Where the game was played, when not a free game: a class round or a challenge night. */
  context?: GameContext;
  /** Its join code and whether it was a friend game: what its seats' snapshots show (absent in older outboxes). */
  code?: string;
  friends?: boolean;
}

/** What resuming a stored finished game needs: its trace, and what the trace does not say. */
export interface ResumableGame {
  trace: Trace;
  code: string;
  friends: boolean;
  context?: GameContext;
  /** Per seat: its house bot's strategy, and its token's hash (null: nobody can resume it). */
  seats: { seat: string; strategy: string | null; tokenHash: string | null }[];
}

/** A class session round, or a solo challenge's night (seedIndex: which of its fixed seeds). */
export interface GameContext {
  sessionId?: string;
  roundId?: string;
  /** The game's group in its class round, 1-based (the host's dashboard and history number it so). */
  classGroup?: number;
  challengeId?: string;
  seedIndex?: number;
  /** An unranked practice game (the player chose its seed): stored, never ranked. */
  practice?: boolean;
  /** The telling the game was played in (words and pictures only), when not the scenario's own. */
  skin?: Skin;
}

export interface GameStore {
  /** The player for this device (created on first sight); the nickname is updated to the latest. */
  ensurePlayer(deviceToken: string, nickname: string): Promise<{ id: string; nickname: string }>;
  /** Idempotent on the game id: a second call with the same id writes nothing. */
  saveFinishedGame(game: FinishedGame): Promise<"created" | "exists">;
  getTrace(gameId: string): Promise<Trace | null>;
  /** A stored finished game as a late `game:resume` rebuilds it (server/rooms/finishedRooms.ts); null if unknown. */
  getResumable(gameId: string): Promise<ResumableGame | null>;
  close(): Promise<void>;
}
