/**
 * The valency oracle: which decisions are reachable from a configuration, by searching every
 * configuration reachable from it (FLP counts every schedule: a crash is only a process that
 * takes no more steps, so it changes nothing reachable).
 *
 * One search explores the reachable graph once, then spreads each configuration's decisions back
 * to everything that reaches it, until nothing changes (decisions are a 2-bit mask, so each
 * configuration changes at most twice). Every configuration it settles is remembered, so later
 * queries in the same game (the configuration after a step, and each next step's) are lookups.
 * A search that would visit more than `limit` configurations answers "unknown": never a guess.
 */
import { applicableSteps, applyStep, configurationKey, decidedMask, type Configuration, type Protocol, type Step } from "./model";

/** "0" or "1": every reachable decision is that value; "bivalent": both are reachable; "none": no decision is. */
export type Valency = "0" | "1" | "bivalent" | "none" | "unknown";

export function valencyOfMask(mask: number): Exclude<Valency, "unknown"> {
  return mask === 3 ? "bivalent" : mask === 2 ? "1" : mask === 1 ? "0" : "none";
}

export const DEFAULT_SEARCH_LIMIT = 200_000;

export class ValencyOracle<Local, Body> {
  /** Settled configurations: key → mask of reachable decisions. */
  private readonly known = new Map<string, number>();

  constructor(
    private readonly protocol: Protocol<Local, Body>,
    private readonly limit = DEFAULT_SEARCH_LIMIT,
  ) {}

  /** How many configurations the oracle has settled so far. */
  get settled(): number {
    return this.known.size;
  }

  valency(c: Configuration<Local, Body>): Valency {
    const mask = this.reachableMask(c);
    return mask === null ? "unknown" : valencyOfMask(mask);
  }

  /** The valency each applicable step leads to, in `applicableSteps` order. */
  nextSteps(c: Configuration<Local, Body>): { step: Step; valency: Valency }[] {
    return applicableSteps(c).map((step) => ({ step, valency: this.valency(applyStep(this.protocol, c, step)) }));
  }

  /** The mask of decisions reachable from c, or null when the search passes the limit. */
  reachableMask(root: Configuration<Local, Body>): number | null {
    const cached = this.known.get(configurationKey(root));
    if (cached !== undefined) return cached;
    const search = this.search([root], () => false);
    let r = search.next();
    while (!r.done) r = search.next();
    return r.value?.[0] ?? null;
  }

  /**
   * The same search from `roots` (e.g. every initial configuration), in slices: the iterator
   * yields whenever `pause()` says so (asked every few configurations), so a caller may run it
   * between other work (the server warms its oracles so after it listens). Settles everything
   * reachable from the roots when it ends; settles nothing if it passes the limit. Queries
   * between two slices stay exact (they search on their own), and its answers never depend on
   * where it paused.
   */
  *warm(roots: readonly Configuration<Local, Body>[], pause: () => boolean): Generator<void, void> {
    yield* this.search(roots, pause);
  }

  /** Explores from the roots, yielding when `pause()` says so; the roots' masks, or null past the limit. */
  private *search(roots: readonly Configuration<Local, Body>[], pause: () => boolean): Generator<void, number[] | null> {
    // Explore: every configuration reachable from the roots that is not settled yet, with its edges.
    const index = new Map<string, number>();
    const keys: string[] = [];
    const masks: number[] = [];
    const predecessors: number[][] = [];
    const frontier: Configuration<Local, Body>[] = [];
    const rootIndex = roots.map((root) => {
      const key = configurationKey(root);
      let j = index.get(key);
      if (j === undefined) {
        j = keys.length;
        index.set(key, j);
        keys.push(key);
        masks.push(this.known.get(key) ?? decidedMask(this.protocol, root));
        predecessors.push([]);
        frontier.push(root);
      }
      return j;
    });
    for (let i = 0; i < frontier.length; i++) {
      if ((i & 3) === 3 && pause()) yield;
      const c = frontier[i];
      const settledMeanwhile = this.known.get(keys[i]); // by a query between two slices
      if (settledMeanwhile !== undefined) {
        masks[i] = settledMeanwhile;
        continue;
      }
      for (const step of applicableSteps(c)) {
        const next = applyStep(this.protocol, c, step);
        const key = configurationKey(next);
        const settled = this.known.get(key);
        if (settled !== undefined) {
          masks[i] |= settled;
          continue;
        }
        let j = index.get(key);
        if (j === undefined) {
          if (keys.length >= this.limit) return null;
          j = keys.length;
          index.set(key, j);
          keys.push(key);
          masks.push(decidedMask(this.protocol, next));
          predecessors.push([]);
          frontier.push(next);
        }
        if (j !== i) predecessors[j].push(i);
      }
    }

    // Spread: a configuration reaches whatever its successors reach.
    const queue = keys.map((_, i) => i);
    for (let popped = 1; queue.length > 0; popped++) {
      if ((popped & 255) === 0 && pause()) yield;
      const j = queue.pop() as number;
      for (const i of predecessors[j]) {
        const merged = masks[i] | masks[j];
        if (merged !== masks[i]) {
          masks[i] = merged;
          queue.push(i);
        }
      }
    }
    for (let i = 0; i < keys.length; i++) {
      if ((i & 1023) === 1023 && pause()) yield;
      this.known.set(keys[i], masks[i]);
    }
    return rootIndex.map((j) => masks[j]);
  }
}
