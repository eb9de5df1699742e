/**
 * All live rooms, by id and by join code. A finished room stays until the database has its game
 * (nothing acknowledged is lost while storage is down), then leaves memory: a late resume reads
 * it back from the database (server/rooms/finishedRooms.ts). A friend game leaves only its
 * rematch and join code behind, for a while. Waiting rooms expire if nobody comes.
 */
import { realClock, type RoomClock } from "./clock";
import { REMATCH_ASKS, type FriendMemo, type GameRoom } from "./room";

/** What `expired` is told of a game that left memory. */
export interface GoneGame {
  id: string;
  seats: readonly { seat: string }[];
}

export interface RegistryOptions {
  /** How long a stored friend game's rematch (and its join code) stays in memory. */
  finishedRetentionMs?: number;
  /** How long a room may wait for its players. */
  waitingExpiryMs?: number;
  /** What times the expiries; real time by default. */
  clock?: RoomClock;
  /**
   * Told when a game leaves memory for good, by expiring or once stored (not when the server
   * shuts down): its id and seats, so nothing keeps the room for the call.
   */
  expired?: (game: GoneGame) => void;
}

export class RoomRegistry {
  private readonly byId = new Map<string, GameRoom>();
  private readonly byCode = new Map<string, GameRoom>();
  /** Stored friend games: their memo (rematch, snapshot numbers), until the retention ends (their codes stay taken meanwhile). */
  private readonly rematches = new Map<string, { code: string; memo: FriendMemo }>();
  private readonly rematchCodes = new Set<string>();
  /** Per room: cancels its pending expiry. */
  private readonly expiries = new Map<string, () => void>();
  private readonly clock: RoomClock;
  private readonly finishedRetentionMs: number;
  private readonly waitingExpiryMs: number;
  private readonly expired: (game: GoneGame) => void;

  constructor(options: RegistryOptions = {}) {
    this.expired = options.expired ?? (() => undefined);
    this.finishedRetentionMs = options.finishedRetentionMs ?? 15 * 60_000;
    this.waitingExpiryMs = options.waitingExpiryMs ?? 60 * 60_000;
    this.clock = options.clock ?? realClock;
  }

  add(room: GameRoom): void {
    this.byId.set(room.id, room);
    this.byCode.set(room.code, room);
    this.expireIn(room, this.waitingExpiryMs);
  }

  get(id: string): GameRoom | undefined {
    return this.byId.get(id);
  }

  byJoinCode(code: string): GameRoom | undefined {
    return this.byCode.get(code);
  }

  hasCode(code: string): boolean {
    return this.byCode.has(code) || this.rematchCodes.has(code);
  }

  /** A stored friend game's memo, while it is kept. */
  memoOf(id: string): FriendMemo | undefined {
    return this.rematches.get(id)?.memo;
  }

  /** The room has started: it now lives until it finishes. */
  started(room: GameRoom): void {
    this.clearExpiry(room.id);
  }

  /**
   * The room has finished: it stays until the database has it (`stored`). The outbox already
   * keeps it durable, so a game the database never takes (storage down for good) leaves after
   * `finishedRetentionMs` all the same, rather than pile up in memory.
   */
  finished(room: GameRoom): void {
    this.expireIn(room, this.finishedRetentionMs);
  }

  /**
   * The database has the finished game: the room leaves memory (no dispose: a rematch request's
   * lapse still runs). A friend game keeps its memo (rematch, snapshot numbers) and code for `finishedRetentionMs`.
   */
  stored(room: GameRoom): void {
    if (this.byId.get(room.id) !== room || room.status !== "finished") return;
    this.clearExpiry(room.id);
    this.byId.delete(room.id);
    if (this.byCode.get(room.code) === room) this.byCode.delete(room.code);
    if (!room.friends) return this.expired(room);
    // Its seats' channels stay (`expired` comes later): a rematch request's lapse still reaches them.
    const { id, code, memo } = room;
    const gone: GoneGame = { id, seats: room.seats.map(({ seat }) => ({ seat })) };
    this.rematches.set(id, { code, memo });
    this.rematchCodes.add(code);
    this.expiries.set(
      id,
      this.clock.after(this.finishedRetentionMs, () => {
        this.forgetRematch(id);
        this.expired(gone);
      }),
    );
  }

  /** Every room this node holds now. */
  all(): IterableIterator<GameRoom> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  remove(room: GameRoom): void {
    room.dispose();
    this.clearExpiry(room.id);
    this.byId.delete(room.id);
    if (this.byCode.get(room.code) === room) this.byCode.delete(room.code);
  }

  disposeAll(): void {
    for (const room of [...this.byId.values()]) this.remove(room);
    for (const id of [...this.rematches.keys()]) this.forgetRematch(id);
  }

  private forgetRematch(id: string): void {
    const kept = this.rematches.get(id);
    if (kept?.memo.rematch.status === "asked") kept.memo.rematch.stopLapse();
    // In place: a room rebuilt from the database for a resume (FinishedRooms) shares this memo.
    if (kept && kept.memo.rematch.status !== "ready") {
      kept.memo.rematch = { status: "lapsed" };
      kept.memo.asks = REMATCH_ASKS;
    }
    if (kept) this.rematchCodes.delete(kept.code);
    this.rematches.delete(id);
    this.clearExpiry(id);
  }

  private expireIn(room: GameRoom, ms: number): void {
    this.clearExpiry(room.id);
    this.expiries.set(
      room.id,
      this.clock.after(ms, () => {
        this.remove(room);
        this.expired(room);
      }),
    );
  }

  private clearExpiry(id: string): void {
    this.expiries.get(id)?.();
    this.expiries.delete(id);
  }
}
