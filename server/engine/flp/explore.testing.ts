/**
 * Plain enumerators for checking the FLP engine: every configuration reachable from the initial
 * ones, with its successors, and the decisions reachable from each by the simplest method there
 * is (sweep every configuration until nothing changes). Slow and obvious on purpose: the oracle
 * (valency.ts) is checked against these.
 */
import { applicableSteps, applyStep, configurationKey, decidedMask, initialConfiguration, type Bit, type Configuration, type Protocol } from "./model";

export interface Explored<Local, Body> {
  configurations: Configuration<Local, Body>[];
  keys: string[];
  /** Per configuration: the indices of the configurations its applicable steps lead to. */
  successors: number[][];
  /** Per configuration: the steps' processes, parallel to `successors`. */
  stepPids: number[][];
}

/** Every input vector of n bits, p1's bit first. */
export function allInputs(n: number): Bit[][] {
  return Array.from({ length: 1 << n }, (_, m) => Array.from({ length: n }, (_, i) => ((m >> i) & 1) as Bit));
}

/** Every configuration reachable from these roots, breadth first. */
export function explore<Local, Body>(protocol: Protocol<Local, Body>, roots: Configuration<Local, Body>[]): Explored<Local, Body> {
  const out: Explored<Local, Body> = { configurations: [], keys: [], successors: [], stepPids: [] };
  const index = new Map<string, number>();
  const add = (c: Configuration<Local, Body>) => {
    const key = configurationKey(c);
    let i = index.get(key);
    if (i === undefined) {
      i = out.configurations.length;
      index.set(key, i);
      out.configurations.push(c);
      out.keys.push(key);
      out.successors.push([]);
      out.stepPids.push([]);
    }
    return i;
  };
  roots.forEach(add);
  for (let i = 0; i < out.configurations.length; i++) {
    for (const step of applicableSteps(out.configurations[i])) {
      const j = add(applyStep(protocol, out.configurations[i], step));
      out.successors[i].push(j);
      out.stepPids[i].push(step.pid);
    }
  }
  return out;
}

/** Every configuration reachable from every initial configuration of n processes. */
export function exploreAll<Local, Body>(protocol: Protocol<Local, Body>, n: number): Explored<Local, Body> {
  return explore(protocol, allInputs(n).map((inputs) => initialConfiguration(protocol, inputs)));
}

/** Per configuration, the decisions reachable from it: sweep all until a sweep changes nothing. */
export function sweptMasks<Local, Body>(protocol: Protocol<Local, Body>, g: Explored<Local, Body>): number[] {
  const masks = g.configurations.map((c) => decidedMask(protocol, c));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = masks.length - 1; i >= 0; i--) {
      let m = masks[i];
      for (const j of g.successors[i]) m |= masks[j];
      if (m !== masks[i]) {
        masks[i] = m;
        changed = true;
      }
    }
  }
  return masks;
}

/** The decisions reachable from one configuration, by a depth-first walk of everything after it. */
export function walkedMask<Local, Body>(protocol: Protocol<Local, Body>, root: Configuration<Local, Body>): number {
  const seen = new Set([configurationKey(root)]);
  const stack = [root];
  let mask = 0;
  while (stack.length > 0) {
    const c = stack.pop() as Configuration<Local, Body>;
    mask |= decidedMask(protocol, c);
    for (const step of applicableSteps(c)) {
      const next = applyStep(protocol, c, step);
      const key = configurationKey(next);
      if (!seen.has(key)) {
        seen.add(key);
        stack.push(next);
      }
    }
  }
  return mask;
}
