/**
 * The socket.io events, typed both ways. docs/protocol.md describes each with examples.
 * Requests use socket.io acknowledgements: the last argument is a callback that receives
 * `{ ok: true, ... }` or `{ ok: false, error }`. A request sent without a callback gets its
 * refusal as a `game:error` event instead.
 */
import type { ArenaClientEvents, ArenaServerEvents } from "./arena";
import type { ClassClientEvents, ClassServerEvents } from "./classroom";
import type { ProtocolError } from "./errors";
import type { Skin } from "./skins";
import type { ChallengeStartPayload, CreateGamePayload, JoinGamePayload, MovePayload, RematchPayload, ResumeGamePayload } from "./schemas";

/**
 * The version of this protocol. It goes up when a change would break a client written from an
 * older docs/protocol.md; the server says it in `server:hello`, a client may send its own.
 */
export const PROTOCOL_VERSION = 12;

/** What a client may send in socket.io's handshake `auth`; every field is optional. */
export interface ClientAuth {
  /** The protocol version the client was written for; another than the server's is refused. */
  protocolVersion?: number;
  /** A Bot API bot's token (docs/bot-api.md): the socket is that bot; unknown or revoked → BAD_BOT_TOKEN. */
  botToken?: string;
}

/** The first event on every connection. */
export interface ServerHello {
  protocolVersion: number;
  /** The server's clock, epoch milliseconds, when it sent this (to judge clock skew). */
  serverTime: number;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ProtocolError };

export interface SeatGrant {
  gameId: string;
  /** Six-character code a friend uses to join. */
  code: string;
  seat: string;
  /** The credential for this seat: send it with every move. Keep it secret. */
  seatToken: string;
}

/**
 * "waiting": a human seat is still open. "starting": every seat is held and the 3-2-1 countdown
 * runs (see `GameSnapshot.startsAt`); moves are refused. "paused": a class host paused the round;
 * the clock stands still and moves are refused. A countdown paused stays "paused" with no view
 * and counts down again from the start on resume.
 */
export type GameStatus = "waiting" | "starting" | "running" | "paused" | "finished";

export interface SeatInfo {
  seat: string;
  kind: "human" | "bot";
  /** Nickname of the human, or the strategy name of the bot; null while the seat is open. */
  name: string | null;
  /**
   * Only on a seat a Bot API bot plays (docs/bot-api.md), where the viewer may know its occupant's
   * name: the bot's public id. Such a seat has `kind: "bot"` and the bot's name.
   */
  botId?: string;
  /**
   * Only for the human seats of a friend game (one started with an invite code): whether that
   * seat's player has a connection open to the game now. Never on a bot's seat, never in a class
   * or challenge game. It depends on sockets only, never on the game's state.
   */
  present?: boolean;
}

/**
 * A friend game's rematch, in its finished snapshots. "open": nobody has asked. "asked": the
 * seats in `askedBy` asked; it lapses at `lapsesAt` (server epoch ms) unless every other human
 * seat asks too (that is how one accepts). "lapsed": nobody accepted in time; a seat may ask again.
 * "ready": every human seat agreed and the new game exists: `next` is this seat's own grant in it
 * (only this seat's snapshot carries it).
 */
export type RematchState =
  | { status: "open" }
  | { status: "asked"; askedBy: string[]; lapsesAt: number }
  | { status: "lapsed" }
  | { status: "ready"; next: SeatGrant };

/** A seat's whole view of its game: the first sync, every update and every resync. */
export interface GameSnapshot<View = unknown> {
  gameId: string;
  code: string;
  scenario: string;
  seat: string;
  /** Increases by one with every snapshot sent to this seat; a gap means resync. */
  seq: number;
  status: GameStatus;
  tickMs: number;
  seats: SeatInfo[];
  /** The scenario's per-seat view; null until tick 0 (while waiting for players and counting down). */
  view: View | null;
  /**
   * Only while `view` is null: the parameters this seat is told before play (the scenario's
   * disclosure; the same as the view's `params` once it starts), for the briefing card.
   */
  announced?: Record<string, unknown>;
  /**
   * Only while `status` is "starting": when tick 0 begins, in epoch ms on the server's clock.
   * A client converts it with the offset it measured from `server:hello`'s `serverTime`.
   */
  startsAt?: number;
  /**
   * Only while the game waits for its players after a server restart (status "paused"): when bots
   * stand in for the human seats still away, in epoch ms on the server's clock. The game goes on
   * as soon as every human seat is back, or at that time with the stand-ins.
   */
  held?: { standInsAt: number };
  /**
   * Only in finished snapshots: false while the result is kept safe on the server's disk but not
   * yet in the database (storage trouble), true once stored. A new snapshot follows the change.
   */
  saved?: boolean;
  /** Present only when the game is a night of a solo challenge; `night` is 1-based. */
  challenge?: { challengeId: string; night: number };
  /**
   * Present only in an unranked practice game: the seed the player chose at `game:create` (not a
   * secret: the creator picked it), so every seat can tell that the game is unranked.
   */
  practice?: { seed: number };
  /** Present only when the game is told in another skin (server/protocol/skins.ts): words and pictures, never rules. */
  skin?: Skin;
  /** Only in the finished snapshots of a friend game: where its rematch stands (see `RematchState`). */
  rematch?: RematchState;
}

/** Sent to every connected client just before the server shuts down or restarts. */
export interface ServerRestarting {
  code: "SERVER_RESTARTING";
  message: string;
}

export interface ClientToServerEvents extends ClassClientEvents, ArenaClientEvents {
  "game:create": (payload: CreateGamePayload, ack?: (res: Ack<SeatGrant>) => void) => void;
  "game:join": (payload: JoinGamePayload, ack?: (res: Ack<SeatGrant>) => void) => void;
  "game:resume": (payload: ResumeGamePayload, ack?: (res: Ack<SeatGrant>) => void) => void;
  "game:move": (payload: MovePayload, ack?: (res: Ack<{ seq: number }>) => void) => void;
  "challenge:start": (payload: ChallengeStartPayload, ack?: (res: Ack<SeatGrant>) => void) => void;
  /** Ask for (or, when the other seat asked, accept) a rematch of a finished friend game. */
  "game:rematch": (payload: RematchPayload, ack?: (res: Ack<{ rematch: "asked" | "ready" }>) => void) => void;
}

export interface ServerToClientEvents extends ClassServerEvents, ArenaServerEvents {
  "game:snapshot": (snapshot: GameSnapshot) => void;
  "game:error": (error: ProtocolError & { event: string }) => void;
  "server:restarting": (notice: ServerRestarting) => void;
  "server:hello": (hello: ServerHello) => void;
}
