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
    const rootKey = configurationKey(root);
    const cached = this.known.get(rootKey);
    if (cached !== undefined) return cached;

    // Explore: every configuration reachable from root that is not settled yet, with its edges.
    const index = new Map<string, number>([[rootKey, 0]]);
    const keys = [rootKey];
    const masks = [decidedMask(this.protocol, root)];
    const predecessors: number[][] = [[]];
    const frontier: Configuration<Local, Body>[] = [root];
    for (let i = 0; i < frontier.length; i++) {
      const c = frontier[i];
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
    while (queue.length > 0) {
      const j = queue.pop() as number;
      for (const i of predecessors[j]) {
        const merged = masks[i] | masks[j];
        if (merged !== masks[i]) {
          masks[i] = merged;
          queue.push(i);
        }
      }
    }
    keys.forEach((key, i) => this.known.set(key, masks[i]));
    return masks[0];
  }
}
