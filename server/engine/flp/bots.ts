/**
 * The FLP bots. The scheduler's read only its view (which holds the whole configuration, as the
 * model gives the adversary); a process has no moves of its own. One move per tick, so a game a
 * bot schedules can be watched step by step.
 */
import { nextInt, seedRng } from "../prng";
import { fairnessRefusal, obligations, serves } from "./fairness";
import { applicableSteps, type Step } from "./model";
import { sharedOracle } from "./oracle";
import { proofBotChoice } from "./proofBot";
import { protocolById } from "./protocols";
import { PUZZLE_CHOICES, type PuzzleChoice } from "./terms";
import type { FlpSchedulerView, FlpView } from "./view";
import { PROCESS_STRATEGIES, SCHEDULER_STRATEGIES } from "./strategies";

export { PROCESS_STRATEGIES, SCHEDULER_STRATEGIES, FLP_STRATEGY_DESCRIPTIONS } from "./strategies";

export type FlpMove =
  | { type: "step"; process: number }
  | { type: "deliver"; messageId: number }
  | { type: "crash"; process: number }
  | { type: "hint" }
  | { type: "predict"; valencies: PuzzleChoice[] };

/** A step as a move: λ names the process, a delivery names the message by its id. */
function toMove(view: FlpSchedulerView, step: Step): FlpMove {
  if (step.message === null) return { type: "step", process: step.pid + 1 };
  return { type: "deliver", messageId: view.buffer.find((b) => b.key === step.message)?.id ?? 0 };
}

function legalSteps(view: FlpSchedulerView): Step[] {
  const { config, clock } = view.raw;
  const live = config.locals.map((_, p) => p).filter((p) => p !== clock.crashed);
  return applicableSteps(config, live).filter((s) => fairnessRefusal(config, clock, view.params.bound, s) === null);
}

function puzzleMoves(view: FlpSchedulerView, strategy: string, botSeed: number): FlpMove[] {
  const puzzle = view.puzzle;
  if (!puzzle || puzzle.predictions) return [];
  if (strategy === "proof") {
    // The proof's adversary knows the oracle's answers: it asks the oracle itself.
    const protocol = protocolById(view.params.protocol);
    const oracle = sharedOracle(view.params.protocol);
    const valencies = puzzle.configurations.map((inputs) => oracle.valency({ locals: inputs.map((b, pid) => protocol.init(pid, inputs.length, b)), buffer: [] }));
    return [{ type: "predict", valencies: valencies.map((v) => (PUZZLE_CHOICES.includes(v as PuzzleChoice) ? (v as PuzzleChoice) : "bivalent")) }];
  }
  let rng = seedRng(botSeed);
  const valencies = puzzle.configurations.map(() => {
    const [i, next] = nextInt(rng, 0, PUZZLE_CHOICES.length - 1);
    rng = next;
    return PUZZLE_CHOICES[i];
  });
  return [{ type: "predict", valencies }];
}

export function flpBotMoves(view: FlpView, strategy: string, botSeed: number): FlpMove[] {
  if (view.role !== "scheduler" || view.phase !== "playing" || view.params.watch) return [];
  if (view.mode === "puzzle") return puzzleMoves(view, strategy, botSeed);
  const { config, clock } = view.raw;
  if (strategy === "proof") {
    const protocol = protocolById(view.params.protocol);
    const choice = proofBotChoice(protocol, sharedOracle(view.params.protocol), config, clock, { bound: view.params.bound, crashAllowed: view.crashLeft });
    return [choice.kind === "crash" ? { type: "crash", process: choice.pid + 1 } : toMove(view, choice.step)];
  }
  const legal = legalSteps(view);
  if (legal.length === 0) return [];
  if (strategy === "fair") {
    const oldest = obligations(config, clock)[0];
    return [toMove(view, legal.find((s) => oldest && serves(s, oldest)) ?? legal[0])];
  }
  const [i] = nextInt(seedRng(botSeed ^ view.step), 0, legal.length - 1);
  return [toMove(view, legal[i])];
}

export const FLP_SEAT_STRATEGIES = { scheduler: SCHEDULER_STRATEGIES, process: PROCESS_STRATEGIES };
