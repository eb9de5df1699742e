/**
 * Adversary bots for ε-agreement, fair like Ben-Or's (the oldest message to a live process is
 * delivered once it has waited `bound` steps), and whole runs for tests and the UI.
 *
 * - spreader: tries to keep the values apart. A process whose value is below the middle of the
 *   live values is fed the smallest values of its round first, one above it the largest, so each
 *   sees as one-sided a set as the adversary can arrange. It may crash one process at once: the one
 *   whose value is nearest the middle (its round-1 messages, already sent, still arrive).
 * - random: a uniformly random deliverable message (seeded), a crash with a small chance.
 */
import { nextFloat, nextInt, seedRng, type RngState } from "../../prng";
import {
  allLiveDecidedEpsilon,
  applyEpsilon,
  createEpsilon,
  deliverableEpsilon,
  type EpsilonMessage,
  type EpsilonMove,
  type EpsilonParams,
  type EpsilonState,
} from "./epsilon";

export interface EpsilonBotOptions {
  /** Fairness bound in adversary steps; default 3n². */
  bound?: number;
  /** Whether the bot may crash (up to f); default true. */
  crash?: boolean;
  /** random: the chance per move of a crash while one is allowed; default 0.05. */
  crashChance?: number;
}

function overdue(s: EpsilonState, o: EpsilonBotOptions): EpsilonMessage | null {
  const oldest = deliverableEpsilon(s)[0];
  return oldest && s.steps - oldest.sentAt >= (o.bound ?? 3 * s.n * s.n) ? oldest : null;
}

const live = (s: EpsilonState) => s.processes.map((_, pid) => pid).filter((pid) => !s.crashed.includes(pid) && s.processes[pid].decided === null);

export function spreaderMove(s: EpsilonState, options: EpsilonBotOptions = {}): EpsilonMove {
  const due = overdue(s, options);
  if (due) return { type: "deliver", id: due.id };
  const undecided = live(s);
  const values = undecided.map((pid) => s.processes[pid].value);
  const middle = (Math.min(...values) + Math.max(...values)) / 2;
  if ((options.crash ?? true) && s.crashed.length < s.f && undecided.length > s.n - s.f) {
    const nearest = undecided.reduce((a, b) => (Math.abs(s.processes[b].value - middle) < Math.abs(s.processes[a].value - middle) ? b : a));
    return { type: "crash", pid: nearest };
  }
  let best: EpsilonMessage | null = null;
  let bestScore = Infinity;
  for (const m of deliverableEpsilon(s)) {
    const p = s.processes[m.to];
    // Messages of its current round first, the most one-sided value first; the rest oldest first.
    const current = p.decided === null && m.round === p.round;
    const score = current ? (p.value <= middle ? m.value : -m.value) - 1e12 : 0;
    if (score < bestScore) [best, bestScore] = [m, score];
  }
  if (!best) throw new Error("Nothing to deliver");
  return { type: "deliver", id: best.id };
}

export function randomEpsilonMove(s: EpsilonState, rng: RngState, options: EpsilonBotOptions = {}): { move: EpsilonMove; rng: RngState } {
  const due = overdue(s, options);
  if (due) return { move: { type: "deliver", id: due.id }, rng };
  const [u, afterDraw] = nextFloat(rng);
  const alive = s.processes.map((_, pid) => pid).filter((pid) => !s.crashed.includes(pid));
  if ((options.crash ?? true) && s.crashed.length < s.f && u < (options.crashChance ?? 0.05)) {
    const [i, next] = nextInt(afterDraw, 0, alive.length - 1);
    return { move: { type: "crash", pid: alive[i] }, rng: next };
  }
  const messages = deliverableEpsilon(s);
  if (messages.length === 0) throw new Error("Nothing to deliver");
  const [i, next] = nextInt(afterDraw, 0, messages.length - 1);
  return { move: { type: "deliver", id: messages[i].id }, rng: next };
}

export interface EpsilonRunOptions extends EpsilonBotOptions {
  bot?: "spreader" | "random";
  maxSteps?: number;
}

/** A whole run until every live process has decided (or the step cap). */
export function runEpsilon(params: EpsilonParams, seed: number, options: EpsilonRunOptions = {}): { state: EpsilonState; capped: boolean } {
  let state = createEpsilon(params, seed);
  let rng = seedRng((seed ^ 0x2545f491) >>> 0);
  const maxSteps = options.maxSteps ?? 100_000;
  while (!allLiveDecidedEpsilon(state) && state.steps < maxSteps) {
    let move: EpsilonMove;
    if ((options.bot ?? "spreader") === "spreader") move = spreaderMove(state, options);
    else ({ move, rng } = randomEpsilonMove(state, rng, options));
    const r = applyEpsilon(state, move);
    if (!r.ok) throw new Error(`The bot made a refused move ${JSON.stringify(move)}: ${r.error.message} (seed ${seed})`);
    state = r.state;
  }
  return { state, capped: !allLiveDecidedEpsilon(state) };
}
