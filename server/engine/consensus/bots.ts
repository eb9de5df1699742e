/**
 * Consensus bots. A process bot runs the protocol exactly, from its own view. Adversary bots
 * play within the rules the server enforces: "random" makes random legal choices, "stubborn"
 * does what it can to keep the processes undecided.
 */
import { firstFloat as firstFloatImport } from "../prng";
import { mistakeAllowed as mistakeAllowedImport } from "./detector";
import type { Bit } from "./types";
import type { AdversaryView, ConsensusView, ProcessView } from "./view";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const mistakeAllowed = mistakeAllowedImport;
const firstFloat = firstFloatImport;

export { ADVERSARY_STRATEGIES, CONSENSUS_STRATEGY_DESCRIPTIONS, PROCESS_STRATEGIES } from "./strategies";

export type ConsensusMove =
  | { type: "opinion" }
  | { type: "suggest"; value: Bit }
  | { type: "reply"; ack: boolean }
  | { type: "decide" }
  | { type: "relay" }
  | { type: "delay"; messageId: number }
  | { type: "rush"; messageId: number }
  | { type: "suspect"; process: number; target: number }
  | { type: "unsuspect"; process: number; target: number }
  | { type: "crash"; process: number };

/** One step of the protocol, in order; a reply is followed by the next round's opinion. */
export function processBotMoves(view: ProcessView, strategy = "protocol"): ConsensusMove[] {
  if (view.phase !== "running" || view.crashed) return [];
  const { can } = view;
  const moves: ConsensusMove[] = [];
  if (can.decide) moves.push({ type: "decide" });
  if (can.relay && !can.decide) moves.push({ type: "relay" });
  if (can.opinion) moves.push({ type: "opinion" });
  if (can.suggest.length) {
    const value = chooseSuggestion(view);
    moves.push({ type: "suggest", value: strategy === "contrarian" && can.suggest.length === 2 ? ((1 - value) as Bit) : value });
  }
  if (can.ack || can.nack) moves.push({ type: "reply", ack: can.ack }, { type: "opinion" });
  return moves;
}

/** Step 2: the value of the earliest opinion with the largest timestamp among the first majority. */
function chooseSuggestion(view: ProcessView): Bit {
  let best: { ts: number; value: Bit } | null = null;
  let count = 0;
  for (const m of view.inbox) {
    if (m.payload.kind !== "opinion" || m.payload.round !== view.round) continue;
    if (!best || m.payload.ts > best.ts) best = { ts: m.payload.ts, value: m.payload.value };
    if (++count === view.params.majority) break;
  }
  const value = best?.value ?? view.can.suggest[0];
  return view.can.suggest.includes(value) ? value : view.can.suggest[0];
}

export function adversaryBotMoves(view: AdversaryView, strategy: string, botSeed: number): ConsensusMove[] {
  // No closures here: under tsx each one costs a __name call per run of this function.
  if (view.phase !== "running") return [];
  const moves: ConsensusMove[] = [];
  const { params, tick } = view;
  const alive = view.processes.filter((p) => !p.crashed);
  const stubborn = strategy === "stubborn";
  for (const m of view.inFlight) {
    // Draws are pure, so skipping them for messages that cannot be held changes nothing.
    if (m.deliverAt >= m.deadline) continue;
    const holdBack = stubborn ? m.payload.kind !== "opinion" : drawFor(botSeed, tick, m.id) < 0.3;
    if (holdBack) moves.push({ type: "delay", messageId: m.id });
  }
  for (const p of alive) {
    if (p.decided !== null) continue;
    const target = stubborn ? p.coordinator : 1 + Math.floor(drawFor(botSeed, tick, 100 + p.id) * params.n);
    const victim = view.processes[target - 1];
    if (target !== p.id && !victim.crashed && !p.suspects.includes(target) && mistakeAllowed(params.detector, tick, params.gst, target, view.protectedProcess) && (stubborn || drawFor(botSeed, tick, 200 + p.id) < 0.15)) {
      moves.push({ type: "suspect", process: p.id, target });
    }
    for (const q of p.suspects) {
      const other = view.processes[q - 1];
      if (!other.crashed && (stubborn ? q !== p.coordinator : drawFor(botSeed, tick, 300 + p.id * 8 + q) < 0.3)) moves.push({ type: "unsuspect", process: p.id, target: q });
    }
  }
  if (view.crashesLeft > 0) {
    const target = stubborn ? alive.reduce((a, p) => (p.round > a.round ? p : a), alive[0])?.coordinator : 1 + Math.floor(drawFor(botSeed, tick, 400) * params.n);
    const chance = stubborn ? 1 : 0.03;
    if (target && target !== view.protectedProcess && !view.processes[target - 1].crashed && drawFor(botSeed, tick, 401) < chance) moves.push({ type: "crash", process: target });
  }
  return moves;
}

export function consensusBotMoves(view: ConsensusView, strategy: string, botSeed: number): ConsensusMove[] {
  return view.role === "adversary" ? adversaryBotMoves(view, strategy, botSeed) : processBotMoves(view, strategy);
}

/** The random adversary's reproducible draw for (seed, tick, salt), independent of call order. */
function drawFor(botSeed: number, tick: number, salt: number): number {
  return firstFloat((botSeed ^ Math.imul(tick * 131 + salt + 1, 0x9e3779b1)) >>> 0);
}
