/**
 * Adversary bots for Ben-Or. Each sees the adversary view only (never the PRNG, so never a coin
 * before it is used) and is fair: once the oldest message to a live process has waited `bound`
 * adversary steps, the bot delivers it (or crashes its receiver), so every message to a live process
 * is eventually delivered. Pure functions: a bot's own randomness is a PRNG state the caller keeps.
 *
 * - splitter: tries to keep the preferences split. It delivers first what makes a process send
 *   (P, r, ?) or flip a coin, then what completes nothing, and last what makes a process propose a
 *   value, adopt one or decide; when only such a delivery is left (or fairness forces one), it
 *   crashes the receiver instead, once.
 * - fifo: delivers the oldest message; never crashes.
 * - random: a uniformly random deliverable message; crashes a random live process with a small
 *   probability while it may.
 */
import { nextFloat, nextInt, type RngState } from "../../prng";
import { deliverable, isCrashed, type BenOrAdversaryView, type BenOrMessage, type BenOrMove } from "./game";
import { foresee, type Foresight } from "./process";

export interface BotOptions {
  /** The fairness bound the bot keeps (adversary steps); default the game's, else 3n². */
  bound?: number;
}

export function botBound(view: BenOrAdversaryView, options: BotOptions = {}): number {
  return options.bound ?? view.bound ?? 3 * view.n * view.n;
}

function overdue(view: BenOrAdversaryView, bound: number): BenOrMessage | null {
  const oldest = deliverable(view)[0];
  return oldest && view.steps - oldest.sentAt >= bound ? oldest : null;
}

/** How much a delivery helps the processes agree (0: it keeps them split; higher: worse for the adversary). */
const HARM: Record<Foresight, number> = { "propose?": 0, coin: 0, ignored: 1, wait: 1, adopt: 3, propose: 4, decide: 5 };

export function harm(view: BenOrAdversaryView, m: BenOrMessage): number {
  const h = HARM[foresee(view.processes[m.to], m, view)];
  // A P-message with a value that completes nothing yet still commits its receiver towards adopting it.
  return h === 1 && m.kind === "P" && m.value !== null && m.round === view.processes[m.to].round ? 2 : h;
}

/** A delivery this harmful is worth the one crash to avoid. */
const WORTH_A_CRASH = 4;

export interface SplitterOptions extends BotOptions {
  /** Whether it may crash (up to f). Default true. */
  crash?: boolean;
}

export function splitterMove(view: BenOrAdversaryView, options: SplitterOptions = {}): BenOrMove {
  const canCrash = (options.crash ?? true) && view.crashed.length < view.f;
  const due = overdue(view, botBound(view, options));
  if (due) {
    if (canCrash && harm(view, due) >= WORTH_A_CRASH) return { type: "crash", pid: due.to };
    return { type: "deliver", id: due.id };
  }
  let best: BenOrMessage | null = null;
  let bestHarm = Infinity;
  for (const m of deliverable(view)) {
    const h = harm(view, m);
    if (h < bestHarm) [best, bestHarm] = [m, h]; // ties: the oldest (the buffer is in send order)
    if (h === 0) break;
  }
  if (!best) throw new Error("Nothing to deliver: every live process is waiting for a crashed one (f too large?)");
  if (canCrash && bestHarm >= WORTH_A_CRASH) return { type: "crash", pid: best.to };
  return { type: "deliver", id: best.id };
}

export function fifoMove(view: BenOrAdversaryView): BenOrMove {
  const oldest = deliverable(view)[0];
  if (!oldest) throw new Error("Nothing to deliver");
  return { type: "deliver", id: oldest.id };
}

export interface RandomBotOptions extends BotOptions {
  /** Chance per move of a crash while one is allowed; default 0.02. */
  crashChance?: number;
}

export function randomMove(view: BenOrAdversaryView, rng: RngState, options: RandomBotOptions = {}): { move: BenOrMove; rng: RngState } {
  const due = overdue(view, botBound(view, options));
  if (due) return { move: { type: "deliver", id: due.id }, rng };
  const [u, afterCrashDraw] = nextFloat(rng);
  if (view.crashed.length < view.f && u < (options.crashChance ?? 0.02)) {
    const live = Array.from({ length: view.n }, (_, pid) => pid).filter((pid) => !isCrashed(view, pid));
    const [i, next] = nextInt(afterCrashDraw, 0, live.length - 1);
    return { move: { type: "crash", pid: live[i] }, rng: next };
  }
  const messages = deliverable(view);
  if (messages.length === 0) throw new Error("Nothing to deliver");
  const [i, next] = nextInt(afterCrashDraw, 0, messages.length - 1);
  return { move: { type: "deliver", id: messages[i].id }, rng: next };
}

export type BenOrBotId = "splitter" | "fifo" | "random";

/**
 * The named bot's next move, for a reducer that seats a bot as the adversary: `rng` is the bot's
 * own PRNG state (kept in the game state beside, never equal to, the coins' generator), returned
 * advanced when the bot drew from it.
 */
export function benOrBotMove(bot: BenOrBotId, view: BenOrAdversaryView, rng: RngState, options: SplitterOptions & RandomBotOptions = {}): { move: BenOrMove; rng: RngState } {
  if (bot === "splitter") return { move: splitterMove(view, options), rng };
  if (bot === "fifo") return { move: fifoMove(view), rng };
  return randomMove(view, rng, options);
}
