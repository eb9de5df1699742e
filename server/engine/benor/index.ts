/** Ben-Or's randomized consensus (issue 14, "Ways around FLP": randomization; DOMAIN.md §6), as the server sees it. */
import { z } from "zod";
import type { Scenario } from "../scenario";
import { benorBotMoves, type BenorMove } from "./bots";
import { BENOR_BOARDS, benorBoardOf } from "./boards";
import { BENOR_CHALLENGE_RULES } from "./challenge";
import { BENOR_CHALLENGES } from "./challenges";
import { benorChecks } from "./checks";
import { benorClassFigures, benorOutcomeClass } from "./classes";
import { BENOR_CLASS_PRESETS } from "./classPresets";
import { benorDisclosure } from "./disclosure";
import { lastDecisionRound } from "./engine/game";
import { BENOR_ERROR_CODES } from "./errors";
import { benorParamsSchema, type BenorParams } from "./params";
import { BENOR_PRESENTER } from "./presenter";
import { createBenorGame, reduceBenor } from "./reducer";
import { adversaryScore, adversaryWon } from "./scoring";
import { ADVERSARY_STRATEGIES, PROCESS_STRATEGIES } from "./strategies";
import { ADVERSARY_SEAT, BENOR_OUTCOMES, processSeat, seatPid } from "./terms";
import { benorTimeline } from "./timeline";
import type { BenorAction, BenorEvent, BenorState } from "./types";
import { benorView, type BenorView } from "./view";
import { BENOR_SCENARIO_WORDS } from "./words";

const process = z.number().int().min(1).max(9);

export const benorMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("deliver"), messageId: z.number().int().min(1).max(1_000_000) }).strict(),
  z.object({ type: z.literal("crash"), process }).strict(),
]);

export const benor: Scenario<BenorParams, BenorState, BenorAction, BenorEvent, BenorView, BenorMove, string> = {
  id: "benor",
  title: "Ben-Or: coins against the adversary",
  words: BENOR_SCENARIO_WORDS,
  paramsSchema: benorParamsSchema,
  moveSchema: benorMoveSchema,
  seats: (params) => [ADVERSARY_SEAT, ...Array.from({ length: params.n }, (_, pid) => processSeat(pid))],
  create: createBenorGame,
  reduce: reduceBenor,
  tick: { type: "tick" },
  isOver: (state) => state.phase === "finished",
  disclosure: benorDisclosure,
  view: benorView,
  toAction: (seat, move) => ({ ...move, seat }) as BenorAction,
  strategies: (seat) => (seat === ADVERSARY_SEAT ? ADVERSARY_STRATEGIES : PROCESS_STRATEGIES),
  botMoves: benorBotMoves,
  summarize(state) {
    if (!state.outcome) throw new Error("summarize: the game has not ended");
    const seats: ReturnType<typeof this.summarize>["seats"] = {};
    seats[ADVERSARY_SEAT] = { score: adversaryScore(state), won: adversaryWon(state), depth: state.params.watch ? null : lastDecisionRound(state.game) };
    for (let pid = 0; pid < state.params.n; pid++) seats[processSeat(pid)] = { score: 0, won: state.outcome === "decided", depth: null };
    return { outcome: state.outcome, seats, checks: benorChecks(state.game) };
  },
  timeline: (state) => benorTimeline(state),
  outcomes: BENOR_OUTCOMES,
  outcomeClass: benorOutcomeClass,
  progress: (state) => ({ tick: state.tick, lastTick: state.params.maxTicks }),
  role: (seat) => (seatPid(seat) === null ? { kind: "player", standIn: "splitter" } : { kind: "observer", standIn: "protocol" }),
  depthOrder: "higher",
  classFigures: benorClassFigures,
  challengeRules: BENOR_CHALLENGE_RULES,
  challenges: BENOR_CHALLENGES,
  classPresets: BENOR_CLASS_PRESETS,
  errorCodes: BENOR_ERROR_CODES,
  presenter: BENOR_PRESENTER,
  boards: { list: BENOR_BOARDS, of: benorBoardOf },
};

export * from "./terms";
export type { BenorParams, BenorParamsInput } from "./params";
export type { BenorView, BenorAdversaryView, BenorProcessView } from "./view";
export type { BenorMove } from "./bots";
export { ADVERSARY_STRATEGIES, PROCESS_STRATEGIES, BENOR_STRATEGY_DESCRIPTIONS } from "./strategies";
