/**
 * Finished games the server no longer holds, read back from the database when a seat comes back
 * for one (`game:resume` after a reload, a late move, a rematch): its stored trace is replayed into
 * a room that shows each seat the snapshot the live room showed. A few rebuilt rooms are kept, most
 * recent use first, so a reload storm replays each game once; concurrent asks share one read.
 */
import type { GameStore, ResumableGame } from "../storage/types";
import { hashSecret, sameSecret } from "./credentials";
import type { GameRoom } from "./room";

/** Rebuilt rooms kept at most: a handful covers the seats of a game reloading at once. */
export const FINISHED_ROOMS_KEPT = 8;

export class FinishedRooms {
  /** Map order is use order: the first entry is the least recently used. */
  private readonly kept = new Map<string, GameRoom>();
  /** Database reads under way: concurrent asks for one game share one. */
  private readonly reading = new Map<string, Promise<ResumableGame | null>>();

  constructor(
    private readonly store: Pick<GameStore, "getResumable">,
    private readonly rebuild: (game: ResumableGame) => GameRoom | null,
    private readonly limit = FINISHED_ROOMS_KEPT,
  ) {}

  /** The finished game `id` rebuilt from the database, or null when the database has no such game. */
  async get(id: string): Promise<GameRoom | null> {
    const hit = this.touch(id);
    if (hit) return hit;
    const stored = await this.read(id);
    return stored && (this.touch(id) ?? this.build(id, stored));
  }

  /**
   * As `get`, for a seat token: a token that holds none of the stored seats is refused before the
   * trace is replayed, so forged resumes of public game ids cost a read, not a replay.
   */
  async forToken(id: string, token: string): Promise<GameRoom | "UNKNOWN_GAME" | "BAD_TOKEN"> {
    const hit = this.touch(id);
    if (hit) return hit;
    const stored = await this.read(id);
    if (!stored) return "UNKNOWN_GAME";
    const hash = hashSecret(token);
    if (!stored.seats.some((s) => s.tokenHash !== null && sameSecret(s.tokenHash, hash))) return "BAD_TOKEN";
    return this.touch(id) ?? this.build(id, stored) ?? "UNKNOWN_GAME";
  }

  /** A rebuilt room kept now, without reading the database. */
  peek(id: string): GameRoom | undefined {
    return this.kept.get(id);
  }

  /** How many rebuilt rooms are kept now (tests). */
  get size(): number {
    return this.kept.size;
  }

  /** A kept room, moved to the most recently used end. */
  private touch(id: string): GameRoom | undefined {
    const hit = this.kept.get(id);
    if (hit) {
      this.kept.delete(id);
      this.kept.set(id, hit);
    }
    return hit;
  }

  private read(id: string): Promise<ResumableGame | null> {
    let read = this.reading.get(id);
    if (!read) {
      read = this.store.getResumable(id).finally(() => this.reading.delete(id));
      this.reading.set(id, read);
    }
    return read;
  }

  /** Replays the stored game (synchronously: two asks that read it together build it once) and keeps it. */
  private build(id: string, stored: ResumableGame): GameRoom | null {
    const room = this.rebuild(stored);
    if (!room) return null;
    this.kept.set(id, room);
    // Evicted rooms are not disposed: a rematch request's lapse they started still runs.
    for (const old of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(old);
    }
    return room;
  }
}
