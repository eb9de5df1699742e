/**
 * Pinned seeds for games created concurrently. The server draws a seed (`newSeed`, passed to
 * startServer) while it handles the request that creates a game; `withSeed` holds the next
 * creation back until the previous one has taken its seed, so each game gets the seed meant
 * for it while the rest of the traffic flows freely.
 */
export class SeedQueue {
  private turn: Promise<void> = Promise.resolve();
  private pending: { seed: number; taken: () => void } | null = null;

  readonly newSeed = (): number => {
    const pending = this.pending;
    if (!pending) throw new Error("SeedQueue: a game was created without a pinned seed");
    this.pending = null;
    pending.taken();
    return pending.seed;
  };

  /** Send the request that creates a game (or a class round of one group) with `seed`. */
  async withSeed<T>(seed: number, send: () => Promise<T>): Promise<T> {
    const previous = this.turn;
    let release!: () => void;
    this.turn = new Promise((resolve) => (release = resolve));
    await previous;
    const taken = new Promise<void>((resolve) => (this.pending = { seed, taken: resolve }));
    const result = send();
    try {
      // Refused requests never take their seed: their answer frees the queue as well.
      await Promise.race([taken, result.then(() => undefined, () => undefined)]);
    } finally {
      this.pending = null;
      release();
    }
    return result;
  }
}
