/**
 * The evidence for a valency: for each value, a shortest schedule from a configuration to one in
 * which some process has decided it (breadth first, so the screen can replay it step by step).
 * A bivalent configuration has both; a 0-valent one only the first; the search stops at `limit`
 * configurations and then says nothing it has not found.
 */
import { applicableSteps, applyStep, configurationKey, decidedMask, type Bit, type Configuration, type Protocol, type Step } from "./model";
import { DEFAULT_SEARCH_LIMIT } from "./valency";

export type Evidence = Record<Bit, Step[] | null>;

/** `wanted`: the decisions to look for (a bit mask; the oracle's mask, so a search never hunts for what is unreachable). */
export function decisionEvidence<Local, Body>(protocol: Protocol<Local, Body>, root: Configuration<Local, Body>, limit = DEFAULT_SEARCH_LIMIT, wanted = 3): Evidence {
  const found: Evidence = { 0: null, 1: null };
  const parent = new Map<string, { from: string; step: Step } | null>([[configurationKey(root), null]]);
  const pathTo = (key: string): Step[] => {
    const steps: Step[] = [];
    for (let at = parent.get(key); at; at = parent.get(at.from)) steps.unshift(at.step);
    return steps;
  };
  const note = (c: Configuration<Local, Body>, key: string) => {
    const mask = decidedMask(protocol, c);
    for (const v of [0, 1] as const) if (mask & (1 << v) && found[v] === null) found[v] = pathTo(key);
  };
  note(root, configurationKey(root));
  const queue = [root];
  const missing = () => ([0, 1] as const).some((v) => wanted & (1 << v) && found[v] === null);
  for (let i = 0; i < queue.length && missing(); i++) {
    const c = queue[i];
    const from = configurationKey(c);
    for (const step of applicableSteps(c)) {
      const next = applyStep(protocol, c, step);
      const key = configurationKey(next);
      if (parent.has(key)) continue;
      if (parent.size >= limit) return found;
      parent.set(key, { from, step });
      note(next, key);
      queue.push(next);
    }
  }
  return found;
}

/**
 * Evidence remembered per configuration, for every game of one protocol: the search is a pure
 * function of the configuration, and a game asks for it after every step (a majority-lock
 * configuration can take a search over thousands of others). Bounded: past `capacity` entries
 * it starts afresh, which changes no answer, only how long the next ones take.
 */
export class EvidenceMemo<Local, Body> {
  private readonly found = new Map<string, Evidence>();

  constructor(
    private readonly protocol: Protocol<Local, Body>,
    private readonly capacity = 50_000,
  ) {}

  of(root: Configuration<Local, Body>, wanted = 3): Evidence {
    const key = `${wanted}${configurationKey(root)}`;
    let evidence = this.found.get(key);
    if (evidence === undefined) {
      evidence = decisionEvidence(this.protocol, root, DEFAULT_SEARCH_LIMIT, wanted);
      if (this.found.size >= this.capacity) this.found.clear();
      this.found.set(key, evidence);
    }
    return evidence;
  }
}
