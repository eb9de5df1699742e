/**
 * The adversary bots, over the whole configuration (the adversary's view: neither engine holds a
 * PRNG, so there is nothing hidden to read). Every bot serves a due obligation first, without a
 * draw. k-set: `blocker` (below) and `random` (engine/kSet.ts kSetRandomMove); ε: `spreader` and
 * `random` (engine/epsilonBots.ts).
 */
import type { RngState } from "../prng";
import { randomEpsilonMove, spreaderMove } from "./engine/epsilonBots";
import { kSetRandomMove, type KSetState } from "./engine/kSet";
import { dueObligation, moveFor, type GameMove } from "./game";
import { strategyFor } from "./strategies";
import type { LoggedMessage, WeakerGame } from "./types";

/**
 * The blocker, deterministic. If no chosen process has sent and its crashes can silence every
 * live chosen one, it crashes the lowest (then nobody can ever decide: blocked). Otherwise it lets
 * each chosen process step (lowest first), then delivers to a live undecided process the message
 * whose value the fewest processes have decided (ties: the lowest id), else the lowest id in flight
 * to a live process.
 */
export function blockerMove(s: KSetState): GameMove | null {
  const live = (pid: number) => !s.crashed.includes(pid);
  const unsent = s.processes.flatMap((p, pid) => (p.chosen && !p.sent && live(pid) ? [pid] : []));
  const anySent = s.processes.some((p) => p.sent);
  if (unsent.length > 0 && !anySent && s.f - s.crashed.length >= unsent.length) return { type: "crash", pid: unsent[0] };
  if (unsent.length > 0) return { type: "step", pid: unsent[0] };
  const count = (v: number) => s.processes.filter((p) => p.decided === v).length;
  let best: { id: number; c: number } | null = null;
  for (const m of s.buffer) {
    if (!live(m.to) || s.processes[m.to].decided !== null) continue;
    const c = count(m.value);
    if (!best || c < best.c) best = { id: m.id, c };
  }
  if (best) return { type: "deliver", id: best.id };
  const any = s.buffer.find((m) => live(m.to));
  return any ? { type: "deliver", id: any.id } : null;
}

/** The bot's next move and its PRNG after it (null when no step or delivery is left). */
export function adversaryMove(strategy: string, g: WeakerGame, messages: readonly LoggedMessage[], bound: number, rng: RngState): { move: GameMove; rng: RngState } | null {
  const due = dueObligation(g, messages, bound);
  if (due) return { move: moveFor(due), rng };
  const bot = strategyFor(g.problem, strategy);
  if (g.problem === "kset") {
    if (bot === "blocker") {
      const move = blockerMove(g.s);
      return move && { move, rng };
    }
    const r = kSetRandomMove(g.s, rng);
    return r && { move: r.move, rng: r.rng };
  }
  if (g.s.buffer.every((m) => g.s.crashed.includes(m.to))) return null;
  // A crash only makes the live processes' sets of values alike (with f crashed, each waits for every live one), so the spreader never crashes.
  if (bot === "spreader") return { move: spreaderMove(g.s, { bound, crash: false }), rng };
  const r = randomEpsilonMove(g.s, rng, { bound });
  return { move: r.move, rng: r.rng };
}
