/** Weaker agreement: k-set agreement and ε-agreement (issue 14, "Ways around FLP"; DOMAIN.md §6), as the server sees it. */
import { z } from "zod";
import type { Scenario } from "../scenario";
import { weakerBotMoves, type WeakerMove } from "./bots";
import { WEAKER_CHALLENGE_RULES } from "./challenge";
import { WEAKER_CHALLENGES } from "./challenges";
import { weakerClassFigures, weakerOutcomeClass } from "./classes";
import { WEAKER_CLASS_PRESETS } from "./classPresets";
import { weakerDisclosure } from "./disclosure";
import { WEAKER_ERROR_CODES } from "./errors";
import { checksOf } from "./game";
import { weakerParamsSchema, type WeakerParams } from "./params";
import { WEAKER_PRESENTER } from "./presenter";
import { createWeakerGame, reduceWeaker } from "./reducer";
import { adversaryDepth, adversaryScore, adversaryWon } from "./scoring";
import { ADVERSARY_STRATEGIES, PROCESS_STRATEGIES } from "./strategies";
import { ADVERSARY_SEAT, WEAKER_OUTCOMES, processSeat, seatPid } from "./terms";
import { weakerTimeline } from "./timeline";
import type { WeakerAction, WeakerEvent, WeakerState } from "./types";
import { weakerView, type WeakerView } from "./view";
import { WEAKER_SCENARIO_WORDS } from "./words";

const process = z.number().int().min(1).max(9);

export const weakerMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("deliver"), messageId: z.number().int().min(1).max(1_000_000) }).strict(),
  z.object({ type: z.literal("crash"), process }).strict(),
  z.object({ type: z.literal("step"), process }).strict(),
]);

export const weaker: Scenario<WeakerParams, WeakerState, WeakerAction, WeakerEvent, WeakerView, WeakerMove, string> = {
  id: "weaker",
  title: "Weaker agreement: k-set and ε",
  words: WEAKER_SCENARIO_WORDS,
  paramsSchema: weakerParamsSchema,
  moveSchema: weakerMoveSchema,
  seats: (params) => [ADVERSARY_SEAT, ...Array.from({ length: params.n }, (_, pid) => processSeat(pid))],
  create: createWeakerGame,
  reduce: reduceWeaker,
  tick: { type: "tick" },
  isOver: (state) => state.phase === "finished",
  disclosure: weakerDisclosure,
  view: weakerView,
  toAction: (seat, move) => ({ ...move, seat }) as WeakerAction,
  strategies: (seat) => (seat === ADVERSARY_SEAT ? ADVERSARY_STRATEGIES : PROCESS_STRATEGIES),
  botMoves: weakerBotMoves,
  summarize(state) {
    if (!state.outcome) throw new Error("summarize: the game has not ended");
    const seats: ReturnType<typeof this.summarize>["seats"] = {};
    seats[ADVERSARY_SEAT] = { score: adversaryScore(state), won: adversaryWon(state), depth: adversaryDepth(state) };
    for (let pid = 0; pid < state.params.n; pid++) seats[processSeat(pid)] = { score: 0, won: state.outcome === "agreed", depth: null };
    return { outcome: state.outcome, seats, checks: checksOf(state.game) };
  },
  timeline: (state) => weakerTimeline(state),
  outcomes: WEAKER_OUTCOMES,
  outcomeClass: weakerOutcomeClass,
  progress: (state) => ({ tick: state.tick, lastTick: state.params.maxTicks }),
  role: (seat) => (seatPid(seat) === null ? { kind: "player", standIn: "blocker" } : { kind: "observer", standIn: "protocol" }),
  depthOrder: "higher",
  classFigures: weakerClassFigures,
  challengeRules: WEAKER_CHALLENGE_RULES,
  challenges: WEAKER_CHALLENGES,
  classPresets: WEAKER_CLASS_PRESETS,
  errorCodes: WEAKER_ERROR_CODES,
  presenter: WEAKER_PRESENTER,
};

export * from "./terms";
export type { WeakerParams, WeakerParamsInput } from "./params";
export type { WeakerView, WeakerAdversaryView, WeakerProcessView, WeakerProcessState, WeakerBufferMessage } from "./view";
export type { WeakerMove } from "./bots";
export { ADVERSARY_STRATEGIES, PROCESS_STRATEGIES, WEAKER_STRATEGY_DESCRIPTIONS } from "./strategies";
