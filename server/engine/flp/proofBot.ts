/**
 * The proof's own adversary (Lemma 3, procrastination): take the obligations in turn, oldest first
 * (round-robin over processes and messages), and before serving one, e, look for a short schedule
 * S without e such that e(S(C)) is still bivalent; follow it one step at a time, replanning after
 * each. The search respects the fairness rule at every step of S, so the run the bot makes is fair.
 *
 * FLP's Lemma 3 promises such an S for a protocol that tolerates one crash. A safe protocol that
 * does not tolerate one (majority lock) may leave the bot without one: then, if the game allows a
 * crash and none has happened, the bot crashes the process whose silence keeps the run open the
 * longest (it takes no more steps, so nothing reachable changes, but nothing is owed to it).
 */
import { applicableSteps, applyStep, configurationKey, type Configuration, type Protocol, type Step } from "./model";
import { advanceClock, fairnessRefusal, obligations, serves, type FairnessClock, type Obligation } from "./fairness";
import type { ValencyOracle } from "./valency";

export type AdversaryChoice = { kind: "step"; step: Step } | { kind: "crash"; pid: number };

interface Node<Local, Body> {
  config: Configuration<Local, Body>;
  clock: FairnessClock;
  first: Step | null;
}

/** The step that serves an obligation: λ for a process's turn, the delivery for a message. */
function serving(o: Obligation): Step {
  return o.kind === "step" ? { pid: o.pid, message: null } : { pid: o.pid, message: o.message };
}

function legalSteps<Local, Body>(c: Configuration<Local, Body>, clock: FairnessClock, bound: number): Step[] {
  const live = c.locals.map((_, p) => p).filter((p) => p !== clock.crashed);
  return applicableSteps(c, live).filter((s) => fairnessRefusal(c, clock, bound, s) === null);
}

/**
 * A first step of a fair schedule S (at most `depth` steps, without e) after which e keeps the
 * configuration bivalent; or e itself when e(C) is bivalent; or null when the search finds neither.
 */
function planFor<Local, Body>(
  protocol: Protocol<Local, Body>,
  oracle: ValencyOracle<Local, Body>,
  root: Node<Local, Body>,
  e: Step,
  obligation: Obligation,
  bound: number,
  depth: number,
): Step | null {
  let layer: Node<Local, Body>[] = [root];
  const seen = new Set([configurationKey(root.config)]);
  for (let d = 0; d <= depth && layer.length > 0; d++) {
    const nextLayer: Node<Local, Body>[] = [];
    for (const node of layer) {
      // Can e be taken here, fairly, and keep the run bivalent?
      if (fairnessRefusal(node.config, node.clock, bound, e) === null && applicableSteps(node.config, [e.pid]).some((s) => s.message === e.message)) {
        if (oracle.valency(applyStep(protocol, node.config, e)) === "bivalent") return node.first ?? e;
      }
      if (d === depth) continue;
      for (const s of legalSteps(node.config, node.clock, bound)) {
        if (s.pid === e.pid && s.message === e.message) continue; // S is e-free
        const config = applyStep(protocol, node.config, s);
        const key = configurationKey(config);
        if (seen.has(key)) continue;
        seen.add(key);
        // Stay inside bivalent configurations: a univalent one cannot lead back.
        if (oracle.valency(config) !== "bivalent") continue;
        nextLayer.push({ config, clock: advanceClock(node.clock, s, config), first: node.first ?? s });
      }
    }
    layer = nextLayer;
  }
  return null;
}

export interface ProofBotOptions {
  bound: number;
  /** Whether the game allows one crash. */
  crashAllowed: boolean;
  /** How long a schedule S the bot searches for (steps). */
  depth?: number;
}

/** The bot's next move from C: a step, or (at most once) a crash. */
export function proofBotChoice<Local, Body>(
  protocol: Protocol<Local, Body>,
  oracle: ValencyOracle<Local, Body>,
  config: Configuration<Local, Body>,
  clock: FairnessClock,
  options: ProofBotOptions,
): AdversaryChoice {
  const depth = options.depth ?? 3;
  const root = { config, clock, first: null };
  for (const o of obligations(config, clock)) {
    const step = planFor(protocol, oracle, root, serving(o), o, options.bound, depth);
    if (step) return { kind: "step", step };
  }
  if (options.crashAllowed && clock.crashed === null) {
    // Silence the process whose absence leaves a bivalent way forward.
    for (let pid = 0; pid < config.locals.length; pid++) {
      const crashedClock = { ...clock, crashed: pid };
      if (legalSteps(config, crashedClock, options.bound).some((s) => oracle.valency(applyStep(protocol, config, s)) === "bivalent")) return { kind: "crash", pid };
    }
  }
  // No way to stay bivalent: serve the oldest obligation (the rule may demand it anyway).
  const legal = legalSteps(config, clock, options.bound);
  const oldest = obligations(config, clock)[0];
  return { kind: "step", step: legal.find((s) => oldest && serves(s, oldest)) ?? legal[0] };
}
