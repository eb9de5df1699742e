/** The Two Insecure Lovers scenario, as the server sees it. */
import { z } from "zod";
import { knownDepths } from "../generals/knowledge";
import { scoreGenerals, seatWon } from "../generals/scoring";
import type { OutcomeClass, Scenario } from "../scenario";
import { LOVERS_CHALLENGES } from "./challenges";
import { LOVERS_CLASS_PRESETS } from "./classPresets";
import { pairRule } from "../twoParty/challenge";
import { twoPartyClassFigures } from "../twoParty/classFigures";
import { LOVERS_STRATEGIES, loversBotMoves, type LoversMove } from "./bots";
import { loversDisclosure } from "./disclosure";
import { toGeneral, toLoversOutcome } from "./names";
import { loversParamsSchema, type LoversParams } from "./params";
import { createLoversGame, reduceLovers } from "./reducer";
import type { Lover, LoversAction, LoversEvent, LoversOutcome, LoversState } from "./types";
import { loversTimeline } from "./timeline";
import { loverView, loversReveal, type LoverView } from "./view";
import { LOVERS_SCENARIO_WORDS } from "./words";
import { LOVERS_PRESENTER } from "./presenter";

export const loversMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("send"), kind: z.enum(["proposal", "ack"]) }).strict(),
  z.object({ type: z.literal("decide"), decision: z.enum(["show", "stay"]) }).strict(),
]);

const SEATS: Lover[] = ["alice", "bob"];

/** Showing up alone is the unsafe end; both staying home is safe but no date. */
const OUTCOME_CLASSES: Record<LoversOutcome, OutcomeClass> = {
  date: "good",
  nothing: "safe",
  "stood-up-alice": "unsafe",
  "stood-up-bob": "unsafe",
};

export const lovers: Scenario<LoversParams, LoversState, LoversAction, LoversEvent, LoverView, LoversMove, Lover> = {
  id: "lovers",
  title: "Two Insecure Lovers",
  words: LOVERS_SCENARIO_WORDS,
  paramsSchema: loversParamsSchema,
  moveSchema: loversMoveSchema,
  seats: () => SEATS,
  create: createLoversGame,
  reduce: reduceLovers,
  tick: { type: "tick" },
  isOver: (state) => state.inner.phase === "finished",
  disclosure: loversDisclosure,
  view: loverView,
  toAction(seat, move) {
    return move.type === "send" ? { type: "send", seat, kind: move.kind } : { type: "decide", seat, decision: move.decision };
  },
  strategies: () => LOVERS_STRATEGIES,
  botMoves: (view, strategy) => loversBotMoves(view, strategy),
  summarize(state) {
    const outcome = state.inner.outcome;
    if (!outcome) throw new Error("summarize: the night has not ended");
    const scores = scoreGenerals(state.inner);
    const known = knownDepths(state.inner.messengers); // what each lover could be sure of
    const seats: ReturnType<typeof this.summarize>["seats"] = {};
    for (const seat of SEATS) {
      const general = toGeneral(seat);
      seats[seat] = { score: scores[general] ?? 0, won: seatWon(outcome, general), depth: known[general] };
    }
    return { outcome: toLoversOutcome(outcome), seats };
  },
  timeline: (state) => loversTimeline(loversReveal(state)),
  recordedChainInVersion1: true,
  outcomes: Object.keys(OUTCOME_CLASSES),
  outcomeClass: (summary) => OUTCOME_CLASSES[summary.outcome as LoversOutcome] ?? "safe",
  progress: (state) => ({ tick: state.inner.tick, lastTick: state.inner.params.dawnTick }),
  role: () => ({ kind: "player", standIn: "acknowledged" }),
  depthOrder: "higher",
  classFigures: twoPartyClassFigures,
  challengeRules: {
    lover: pairRule({
      both: "date",
      neither: "nothing",
      alone: (s) => `stood-up-${s}`,
      lines: {
        both: "A date",
        neither: "Both stay home",
        aloneYou: "You show up alone",
        aloneOther: "You stand your date up",
        perMessage: "Each SMS you send",
      },
    }),
  },
  challenges: LOVERS_CHALLENGES,
  classPresets: LOVERS_CLASS_PRESETS,
  errorCodes: [],
  presenter: LOVERS_PRESENTER,
};

export * from "./types";
export * from "./params";
export type { LoverView, LoversRevealView } from "./view";
export { LOVERS_SCORING_ROWS } from "./view";
export type { LoversMove, LoversStrategy } from "./bots";
export { LOVERS_STRATEGIES, LOVERS_STRATEGY_DESCRIPTIONS } from "./bots";
