/**
 * Lemma 1, the puzzle: the valency of each initial configuration I_0..I_n (the first k processes
 * start with 1), and the lemma's argument on the protocol at hand.
 *
 * The argument: I_0 can only decide 0 and I_n only 1 (validity), so somewhere two neighbours
 * I_k and I_{k+1} differ in valency; they differ only in p_{k+1}'s input. Take a run from I_k in
 * which p_{k+1} takes no step (it crashed at the start) and the others decide v. The others cannot
 * tell I_k from I_{k+1} without hearing from p_{k+1}, so the same run decides v from I_{k+1} too.
 * So one of the two reaches v although it was supposed to be the other value's: it is bivalent.
 * Unless no such run exists, which is exactly a protocol that does not tolerate that crash.
 */
import { applicableSteps, applyStep, configurationKey, decidedMask, initialConfiguration, lemmaOneInputs, type Bit, type Configuration, type Protocol, type Step } from "./model";
import { describeSchedule } from "./schedules";
import { DEFAULT_SEARCH_LIMIT, type ValencyOracle } from "./valency";
import type { FlpValency } from "./terms";
import type { LemmaOneArgument } from "./types";

/** The oracle's valency of I_0..I_n (processes turned to 1 in `order`). */
export function lemmaOneAnswers<L, B>(oracle: ValencyOracle<L, B>, protocol: Protocol<L, B>, order: readonly number[]): FlpValency[] {
  const n = order.length;
  return Array.from({ length: n + 1 }, (_, k) => oracle.valency(initialConfiguration(protocol, lemmaOneInputs(n, k, order))));
}

/** A shortest schedule from c in which `silent` takes no step and some process decides, or null if there is none. */
export function runWithout<L, B>(protocol: Protocol<L, B>, root: Configuration<L, B>, silent: number, limit = DEFAULT_SEARCH_LIMIT): Step[] | null {
  const live = root.locals.map((_, p) => p).filter((p) => p !== silent);
  const parent = new Map<string, { from: string; step: Step } | null>([[configurationKey(root), null]]);
  const queue = [root];
  for (let i = 0; i < queue.length && parent.size < limit; i++) {
    const c = queue[i];
    const from = configurationKey(c);
    if (decidedMask(protocol, c) !== 0) {
      const steps: Step[] = [];
      for (let at = parent.get(from); at; at = parent.get(at.from)) steps.unshift(at.step);
      return steps;
    }
    for (const step of applicableSteps(c, live)) {
      const next = applyStep(protocol, c, step);
      const key = configurationKey(next);
      if (parent.has(key)) continue;
      parent.set(key, { from, step });
      queue.push(next);
    }
  }
  return null;
}

/** The value decided at the end of a schedule from c (the first decider's), or null. */
export function decidedAfter<L, B>(protocol: Protocol<L, B>, root: Configuration<L, B>, schedule: readonly Step[]): Bit | null {
  const end = schedule.reduce((c, s) => applyStep(protocol, c, s), root);
  for (const local of end.locals) {
    const d = protocol.decision(local);
    if (d !== null) return d;
  }
  return null;
}

/** The argument on the first neighbours whose valencies differ. */
export function lemmaOneArgument<L, B>(protocol: Protocol<L, B>, answers: readonly FlpValency[], order: readonly number[]): LemmaOneArgument {
  const n = order.length;
  let k = answers.findIndex((v, i) => i < n && v !== answers[i + 1]);
  if (k < 0) k = 0;
  const root = initialConfiguration(protocol, lemmaOneInputs(n, k, order));
  const pid = order[k];
  const steps = runWithout(protocol, root, pid);
  return { k, pid, schedule: steps && describeSchedule(protocol, root, steps), decided: steps ? decidedAfter(protocol, root, steps) : null };
}
