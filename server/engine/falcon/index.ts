/** Falcon: failure detection in practice (issue 15; DOMAIN.md §5), as the server sees it. */
import type { Scenario } from "../scenario";
import { falconBotMoves } from "./bots";
import { FALCON_CHALLENGE_RULES } from "./challenge";
import { FALCON_CHALLENGES } from "./challenges";
import { falconClassFigures, falconOutcomeClass } from "./classes";
import { FALCON_CLASS_PRESETS } from "./classPresets";
import { falconDisclosure } from "./disclosure";
import { FALCON_ERROR_CODES } from "./errors";
import { falconMoveSchema, type FalconMove } from "./moves";
import { falconParamsSchema, type FalconParams } from "./params";
import { FALCON_PRESENTER } from "./presenter";
import { falconRevealFromTrace, type FalconReplayReveal } from "./replayReveal";
import { createFalconGame, reduceFalcon } from "./reducer";
import { CHAOS_STRATEGIES, OPERATOR_STRATEGIES } from "./strategies";
import { summarizeFalcon } from "./summary";
import { falconTimeline } from "./timeline";
import { CHAOS_SEAT, FALCON_OUTCOMES, OPERATOR_SEAT, TICK_MS, type FalconAction, type FalconEvent, type FalconSeat, type FalconState } from "./types";
import { falconView, type FalconView } from "./views";
import { FALCON_SCENARIO_WORDS, FALCON_TITLE } from "./words";

export const falcon: Scenario<FalconParams, FalconState, FalconAction, FalconEvent, FalconView, FalconMove, FalconSeat, FalconReplayReveal | null> = {
  id: "falcon",
  title: FALCON_TITLE,
  words: FALCON_SCENARIO_WORDS,
  paramsSchema: falconParamsSchema,
  moveSchema: falconMoveSchema,
  seats: () => [OPERATOR_SEAT, CHAOS_SEAT],
  create: (params, seed) => createFalconGame(params, seed),
  reduce: reduceFalcon,
  tick: { type: "tick" },
  isOver: (state) => state.phase === "finished",
  disclosure: falconDisclosure,
  view: falconView,
  toAction: (seat, move) => ({ ...move, seat }) as FalconAction,
  strategies: (seat) => (seat === OPERATOR_SEAT ? OPERATOR_STRATEGIES : CHAOS_STRATEGIES),
  botMoves: falconBotMoves,
  summarize: summarizeFalcon,
  timeline: (state, events) => falconTimeline(state, events as readonly FalconEvent[]),
  revealFromTrace: falconRevealFromTrace,
  outcomes: FALCON_OUTCOMES,
  outcomeClass: falconOutcomeClass,
  progress: (state) => ({ tick: state.tick, lastTick: state.params.lengthMs / TICK_MS }),
  // Chaos injects against the operator (a human or its bot); in a seeded game it only watches.
  role: (seat) => (seat === OPERATOR_SEAT ? { kind: "player", standIn: "falcon" } : { kind: "adversary", standIn: "random" }),
  depthOrder: "lower",
  classFigures: falconClassFigures,
  challengeRules: FALCON_CHALLENGE_RULES,
  challenges: FALCON_CHALLENGES,
  classPresets: FALCON_CLASS_PRESETS,
  errorCodes: FALCON_ERROR_CODES,
  presenter: FALCON_PRESENTER,
};

export { FALCON_ERROR_CODES } from "./errors";
export type { FalconParams, FalconParamsInput } from "./params";
export type { FalconView, OperatorView, ChaosView, FalconReveal } from "./views";
export type { FalconReplayReveal } from "./replayReveal";
export type { FalconMove, OperatorMove, ChaosMove } from "./moves";
export { OPERATOR_STRATEGIES, CHAOS_STRATEGIES, FALCON_STRATEGY_DESCRIPTIONS } from "./strategies";
