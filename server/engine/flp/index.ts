/** FLP: the adversary who keeps the decision open (DOMAIN.md §6), as the server sees it. */
import { z } from "zod";
import type { Scenario } from "../scenario";
import { flpBotMoves, PROCESS_STRATEGIES, SCHEDULER_STRATEGIES, type FlpMove } from "./bots";
import { FLP_BOARDS, flpBoardOf } from "./boards";
import { FLP_CHALLENGE_RULES } from "./challenge";
import { FLP_CHALLENGES } from "./challenges";
import { checkFlpRun } from "./checker";
import { flpClassFigures, flpOutcomeClass } from "./classes";
import { FLP_CLASS_PRESETS } from "./classPresets";
import { flpDisclosure } from "./disclosure";
import { FLP_ERROR_CODES } from "./errors";
import { warmSharedOracles } from "./oracle";
import { flpParamsSchema, type FlpParams } from "./params";
import { FLP_PRESENTER } from "./presenter";
import { createFlpGame, reduceFlp } from "./reducer";
import { puzzleCorrect, schedulerScore, schedulerWon } from "./scoring";
import { FLP_OUTCOMES, PUZZLE_CHOICES, SCHEDULER_SEAT, processSeat, seatPid } from "./terms";
import { flpRevealFromTrace, type FlpReveal } from "./reveal";
import { flpTimeline } from "./timeline";
import type { FlpAction, FlpEvent, FlpState } from "./types";
import { flpView, type FlpView } from "./view";
import { FLP_SCENARIO_WORDS } from "./words";

const process = z.number().int().min(1).max(9);

export const flpMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("step"), process }).strict(),
  z.object({ type: z.literal("deliver"), messageId: z.number().int().min(1).max(1_000_000) }).strict(),
  z.object({ type: z.literal("crash"), process }).strict(),
  z.object({ type: z.literal("hint") }).strict(),
  z.object({ type: z.literal("predict"), valencies: z.array(z.enum(PUZZLE_CHOICES)).min(1).max(10) }).strict(),
]);

export const flp: Scenario<FlpParams, FlpState, FlpAction, FlpEvent, FlpView, FlpMove, string, FlpReveal> = {
  id: "flp",
  title: "FLP: the adversary who keeps the decision open",
  words: FLP_SCENARIO_WORDS,
  paramsSchema: flpParamsSchema,
  moveSchema: flpMoveSchema,
  seats: (params) => (params.mode === "puzzle" ? [SCHEDULER_SEAT] : [SCHEDULER_SEAT, ...Array.from({ length: params.n }, (_, pid) => processSeat(pid))]),
  create: createFlpGame,
  reduce: reduceFlp,
  tick: { type: "tick" },
  isOver: (state) => state.phase === "finished",
  disclosure: flpDisclosure,
  view: flpView,
  toAction: (seat, move) => ({ ...move, seat }) as FlpAction,
  strategies: (seat) => (seat === SCHEDULER_SEAT ? SCHEDULER_STRATEGIES : PROCESS_STRATEGIES),
  botMoves: flpBotMoves,
  summarize(state) {
    if (!state.outcome) throw new Error("summarize: the game has not ended");
    const seats: ReturnType<typeof this.summarize>["seats"] = {};
    const puzzle = state.params.mode === "puzzle";
    seats[SCHEDULER_SEAT] = { score: schedulerScore(state), won: schedulerWon(state), depth: puzzle || state.params.watch ? null : state.bivalentSteps };
    if (!puzzle) for (let pid = 0; pid < state.params.n; pid++) seats[processSeat(pid)] = { score: 0, won: state.outcome === "forced", depth: null };
    return { outcome: state.outcome, seats, checks: puzzle ? { puzzle: { ok: true, detail: `${puzzleCorrect(state)} of ${state.params.n + 1} right` } } : checkFlpRun(state) };
  },
  timeline: (state) => flpTimeline(state),
  revealFromTrace: flpRevealFromTrace,
  outcomes: FLP_OUTCOMES,
  outcomeClass: flpOutcomeClass,
  progress: (state) => ({ tick: state.tick, lastTick: state.params.maxTicks }),
  role: (seat) => (seatPid(seat) === null ? { kind: "player", standIn: "proof" } : { kind: "observer", standIn: "protocol" }),
  depthOrder: "higher",
  classFigures: flpClassFigures,
  challengeRules: FLP_CHALLENGE_RULES,
  challenges: FLP_CHALLENGES,
  classPresets: FLP_CLASS_PRESETS,
  errorCodes: FLP_ERROR_CODES,
  presenter: FLP_PRESENTER,
  boards: { list: FLP_BOARDS, of: flpBoardOf },
  warm: (pause) => warmSharedOracles(pause),
};

export * from "./terms";
export type { FlpParams, FlpParamsInput } from "./params";
export type { FlpView, FlpSchedulerView, FlpProcessView } from "./view";
export type { FlpMove } from "./bots";
export type { FlpReveal, FlpRevealEntry } from "./reveal";
export type { FlpVerdict, FlpCheck } from "./checker";
export type { LemmaOneArgument } from "./types";
export type { DescribedStep } from "./schedules";
export type { CommutationExample } from "./commute";
export { FLP_STRATEGY_DESCRIPTIONS, SCHEDULER_STRATEGIES, PROCESS_STRATEGIES } from "./strategies";
