/** The Two Generals scenario, as the server sees it. */
import { z } from "zod";
import type { OutcomeClass, Scenario } from "../scenario";
import { GENERALS_CHALLENGES } from "./challenges";
import { GENERALS_CLASS_PRESETS } from "./classPresets";
import { twoPartyClassFigures } from "../twoParty/classFigures";
import { botMoves, ENEMY_STRATEGIES, GENERAL_STRATEGIES, type GeneralsMove } from "./bots";
import { GENERALS_CHALLENGE_RULES } from "./challenge";
import { generalsDisclosure } from "./disclosure";
import { GENERALS_ERROR_CODES } from "./errors";
import { knownDepths } from "./knowledge";
import { generalsParamsSchema, type GeneralsParams } from "./params";
import { createGeneralsGame, reduceGenerals } from "./reducer";
import { scoreGenerals, seatWon } from "./scoring";
import type { GeneralsAction, GeneralsEvent, GeneralsSeat, GeneralsState, Outcome } from "./types";
import { generalsTimeline } from "./timeline";
import { generalsView, reveal, type GeneralsView } from "./view";
import { GENERALS_SCENARIO_WORDS } from "./words";
import { GENERALS_PRESENTER } from "./presenter";

export const generalsMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("send"), kind: z.enum(["plan", "ack"]) }).strict(),
  z.object({ type: z.literal("commit"), decision: z.enum(["attack", "hold"]) }).strict(),
  z.object({ type: z.literal("capture"), messengerId: z.number().int().min(1).max(1_000_000) }).strict(),
]);

/** A lone attack is the unsafe end; holding back together is safe but wins nothing. */
const OUTCOME_CLASSES: Record<Outcome, OutcomeClass> = {
  victory: "good",
  "no-battle": "safe",
  "defeat-A": "unsafe",
  "defeat-B": "unsafe",
};

export const generals: Scenario<
  GeneralsParams,
  GeneralsState,
  GeneralsAction,
  GeneralsEvent,
  GeneralsView,
  GeneralsMove,
  GeneralsSeat
> = {
  id: "generals",
  title: "Two Generals",
  skins: ["gangsters"],
  words: GENERALS_SCENARIO_WORDS,
  paramsSchema: generalsParamsSchema,
  moveSchema: generalsMoveSchema,
  seats: (params) => (params.enemy === "none" ? ["A", "B"] : ["A", "B", "enemy"]),
  create: createGeneralsGame,
  reduce: reduceGenerals,
  tick: { type: "tick" },
  isOver: (state) => state.phase === "finished",
  disclosure: generalsDisclosure,
  view: generalsView,
  toAction(seat, move) {
    switch (move.type) {
      case "send":
        return { type: "send", seat, kind: move.kind };
      case "commit":
        return { type: "commit", seat, decision: move.decision };
      case "capture":
        return { type: "capture", seat, messengerId: move.messengerId };
    }
  },
  strategies: (seat) => (seat === "enemy" ? ENEMY_STRATEGIES : GENERAL_STRATEGIES),
  botMoves,
  summarize(state) {
    if (!state.outcome) throw new Error("summarize: the game has not ended");
    const scores = scoreGenerals(state);
    // Depth is what each general could be sure of, never the true chain (see knownLadder).
    const known = knownDepths(state.messengers);
    const seats: ReturnType<typeof this.summarize>["seats"] = {};
    for (const seat of generals.seats(state.params)) {
      seats[seat] = {
        score: scores[seat] ?? 0,
        won: seatWon(state.outcome, seat),
        depth: seat === "enemy" ? null : known[seat],
      };
    }
    return { outcome: state.outcome, seats };
  },
  timeline: (state) => generalsTimeline(reveal(state), state.params),
  recordedChainInVersion1: true,
  outcomes: Object.keys(OUTCOME_CLASSES),
  outcomeClass: (summary) => OUTCOME_CLASSES[summary.outcome as Outcome] ?? "safe",
  progress: (state) => ({ tick: state.tick, lastTick: state.params.dawnTick }),
  role: (seat) => (seat === "enemy" ? { kind: "adversary", standIn: "random" } : { kind: "player", standIn: "acknowledged" }),
  depthOrder: "higher",
  classFigures: twoPartyClassFigures,
  challengeRules: GENERALS_CHALLENGE_RULES,
  challenges: GENERALS_CHALLENGES,
  classPresets: GENERALS_CLASS_PRESETS,
  errorCodes: GENERALS_ERROR_CODES,
  presenter: GENERALS_PRESENTER,
};

export * from "./types";
export * from "./params";
export type { GeneralsView, GeneralView, EnemyView, RevealView } from "./view";
export type { GeneralsMove, GeneralStrategy, EnemyStrategy } from "./bots";
export { GENERAL_STRATEGIES, ENEMY_STRATEGIES, STRATEGY_DESCRIPTIONS } from "./bots";
export { GENERALS_SCORING, GENERALS_SCORING_ROWS } from "./scoring";
