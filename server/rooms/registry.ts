/**
 * All live rooms, by id and by join code. Finished rooms stay a while so their players can
 * read the outcome and resume after a reload; waiting rooms expire if nobody comes.
 */
import { realClock, type RoomClock } from "./clock";
import type { GameRoom } from "./room";

export interface RegistryOptions {
  /** How long a finished room stays in memory. */
  finishedRetentionMs?: number;
  /** How long a room may wait for its players. */
  waitingExpiryMs?: number;
  /** What times the expiries; real time by default. */
  clock?: RoomClock;
  /** Told when a room leaves memory by expiring (not when the server shuts down). */
  expired?: (room: GameRoom) => void;
}

export class RoomRegistry {
  private readonly byId = new Map<string, GameRoom>();
  private readonly byCode = new Map<string, GameRoom>();
  /** Per room: cancels its pending expiry. */
  private readonly expiries = new Map<string, () => void>();
  private readonly clock: RoomClock;
  private readonly finishedRetentionMs: number;
  private readonly waitingExpiryMs: number;
  private readonly expired: (room: GameRoom) => void;

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
    return this.byCode.has(code);
  }

  /** The room has started: it now lives until it finishes. */
  started(room: GameRoom): void {
    this.clearExpiry(room.id);
  }

  /** The room has finished: keep it for a while, then let it go. */
  finished(room: GameRoom): void {
    this.expireIn(room, this.finishedRetentionMs);
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
