/** Consensus with the rotating coordinator under failure detectors, as the server sees it. */
import { z } from "zod";
import type { Scenario } from "../scenario";
import { CONSENSUS_CHALLENGES } from "./challenges";
import { CONSENSUS_CLASS_PRESETS } from "./classPresets";
import { ADVERSARY_STRATEGIES, consensusBotMoves, PROCESS_STRATEGIES, type ConsensusMove } from "./bots";
import { CONSENSUS_CHALLENGE_RULES } from "./challenge";
import { checkRun, historyFromState, safe } from "./checker";
import { consensusClassFigures, consensusOutcomeClass } from "./classes";
import { consensusDisclosure } from "./disclosure";
import { CONSENSUS_ERROR_CODES } from "./errors";
import { consensusParamsSchema, type ConsensusParams } from "./params";
import { processSeat, seatProcess } from "./terms";
import { ADVERSARY_SEAT, createConsensusGame, reduceConsensus } from "./reducer";
import { scoreConsensus } from "./scoring";
import { consensusTimeline } from "./timeline";
import type { ConsensusAction, ConsensusEvent, ConsensusState } from "./types";
import { consensusRevealFromTrace } from "./reveal";
import { consensusView, type ConsensusReveal, type ConsensusView } from "./view";
import { CONSENSUS_SCENARIO_WORDS } from "./words";
import { CONSENSUS_PRESENTER } from "./presenter";

const id = z.number().int().min(1).max(1_000_000);
const proc = z.number().int().min(1).max(7);

export const consensusMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("opinion") }).strict(),
  z.object({ type: z.literal("suggest"), value: z.union([z.literal(0), z.literal(1)]) }).strict(),
  z.object({ type: z.literal("reply"), ack: z.boolean() }).strict(),
  z.object({ type: z.literal("decide") }).strict(),
  z.object({ type: z.literal("relay") }).strict(),
  z.object({ type: z.literal("delay"), messageId: id }).strict(),
  z.object({ type: z.literal("rush"), messageId: id }).strict(),
  z.object({ type: z.literal("suspect"), process: proc, target: proc }).strict(),
  z.object({ type: z.literal("unsuspect"), process: proc, target: proc }).strict(),
  z.object({ type: z.literal("crash"), process: proc }).strict(),
]);

/**
 * A move as the reducer's action: the move's fields, then its seat, in that key order (as the
 * spread `{ ...move, seat }` it replaces, so recorded inputs stay byte-identical) but without
 * the spread, which was the hottest frame of a headless run.
 */
function consensusAction(seat: string, move: ConsensusMove): ConsensusAction {
  switch (move.type) {
    case "opinion":
    case "decide":
    case "relay":
      return { type: move.type, seat };
    case "suggest":
      return { type: "suggest", value: move.value, seat };
    case "reply":
      return { type: "reply", ack: move.ack, seat };
    case "delay":
    case "rush":
      return { type: move.type, messageId: move.messageId, seat };
    case "suspect":
    case "unsuspect":
      return { type: move.type, process: move.process, target: move.target, seat };
    case "crash":
      return { type: "crash", process: move.process, seat };
    default:
      return { ...(move as object), seat } as ConsensusAction;
  }
}

export const consensus: Scenario<ConsensusParams, ConsensusState, ConsensusAction, ConsensusEvent, ConsensusView, ConsensusMove, string, ConsensusReveal> = {
  id: "consensus",
  title: "Consensus under failure detectors",
  words: CONSENSUS_SCENARIO_WORDS,
  paramsSchema: consensusParamsSchema,
  moveSchema: consensusMoveSchema,
  seats(params) {
    const seats = Array.from({ length: params.n }, (_, i) => processSeat(i + 1));
    return params.adversary === "none" ? seats : [...seats, ADVERSARY_SEAT];
  },
  create: createConsensusGame,
  reduce: reduceConsensus,
  tick: { type: "tick" },
  isOver: (state) => state.phase === "finished",
  disclosure: consensusDisclosure,
  view: consensusView,
  toAction: consensusAction,
  strategies: (seat) => (seat === ADVERSARY_SEAT ? ADVERSARY_STRATEGIES : PROCESS_STRATEGIES),
  botMoves: consensusBotMoves,
  summarize(state) {
    const verdict = checkRun(historyFromState(state), state.params.detector);
    const scores = scoreConsensus(state);
    const seats: ReturnType<typeof this.summarize>["seats"] = {};
    for (const seat of consensus.seats(state.params)) {
      const p = seatProcess(seat);
      const decided = p ? state.procs[p - 1].decided : null;
      seats[seat] = p
        ? { score: scores[seat] ?? 0, won: decided !== null && safe(verdict), depth: decided?.round ?? null }
        : { score: scores[seat] ?? 0, won: !verdict.termination.ok, depth: null };
    }
    return { outcome: state.outcome ?? "undecided", seats, checks: verdict };
  },
  timeline: consensusTimeline,
  revealFromTrace: consensusRevealFromTrace,
  outcomes: ["decided", "undecided"],
  outcomeClass: consensusOutcomeClass,
  progress: (state) => ({ tick: state.tick, lastTick: state.params.maxTicks }),
  role: (seat) => (seat === ADVERSARY_SEAT ? { kind: "adversary", standIn: "random" } : { kind: "player", standIn: "protocol" }),
  depthOrder: "lower",
  classFigures: consensusClassFigures,
  challengeRules: CONSENSUS_CHALLENGE_RULES,
  challenges: CONSENSUS_CHALLENGES,
  classPresets: CONSENSUS_CLASS_PRESETS,
  errorCodes: CONSENSUS_ERROR_CODES,
  presenter: CONSENSUS_PRESENTER,
};

export * from "./types";
export * from "./params";
export type { ConsensusView, ProcessView, AdversaryView, ConsensusReveal } from "./view";
export type { ConsensusMove } from "./bots";
export { CONSENSUS_STRATEGY_DESCRIPTIONS, PROCESS_STRATEGIES, ADVERSARY_STRATEGIES } from "./bots";
