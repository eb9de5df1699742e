/**
 * Finished games the server no longer holds, read back from the database when a seat comes back
 * for one (`game:resume` after a reload, a late move, a rematch): its stored trace is replayed into
 * a room that shows each seat the snapshot the live room showed. A few rebuilt rooms are kept, most
 * recent use first, so a reload storm replays each game once; concurrent asks share one read.
 */
import type { GameStore, ResumableGame } from "../storage/types";
import type { GameRoom } from "./room";

/** Rebuilt rooms kept at most: a handful covers the seats of a game reloading at once. */
export const FINISHED_ROOMS_KEPT = 8;

export class FinishedRooms {
  /** Map order is use order: the first entry is the least recently used. */
  private readonly kept = new Map<string, GameRoom>();
  private readonly loading = new Map<string, Promise<GameRoom | null>>();

  constructor(
    private readonly store: Pick<GameStore, "getResumable">,
    private readonly rebuild: (game: ResumableGame) => GameRoom | null,
    private readonly limit = FINISHED_ROOMS_KEPT,
  ) {}

  /** The finished game `id` rebuilt from the database, or null when the database has no such game. */
  async get(id: string): Promise<GameRoom | null> {
    const hit = this.kept.get(id);
    if (hit) {
      this.kept.delete(id);
      this.kept.set(id, hit);
      return hit;
    }
    let load = this.loading.get(id);
    if (!load) {
      load = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, load);
    }
    return load;
  }

  /** A rebuilt room kept now, without reading the database. */
  peek(id: string): GameRoom | undefined {
    return this.kept.get(id);
  }

  /** How many rebuilt rooms are kept now (tests). */
  get size(): number {
    return this.kept.size;
  }

  private async load(id: string): Promise<GameRoom | null> {
    const stored = await this.store.getResumable(id);
    const room = stored && this.rebuild(stored);
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
