/**
 * Bot strategies. A bot reads only its own seat's view (exactly what a human would see) and
 * answers with moves that go through the same pipeline as a human's.
 * Bots are stateless: everything they remember is in their view.
 */
import { firstFloat } from "../prng";
import { knowledgeLadder } from "./knowledge";
import type { EnemyView, GeneralView, GeneralsView } from "./view";
import type { Decision, MessageKind, Messenger } from "./types";
import { GENERAL_STRATEGIES, type EnemyStrategy, type GeneralStrategy, type GeneralsStrategy } from "./strategies";

export { ENEMY_STRATEGIES, GENERAL_STRATEGIES, STRATEGY_DESCRIPTIONS, type EnemyStrategy, type GeneralStrategy, type GeneralsStrategy } from "./strategies";

export type GeneralsMove =
  | { type: "send"; kind: MessageKind }
  | { type: "commit"; decision: Decision }
  | { type: "capture"; messengerId: number };

/** How many messengers a bot general sends at most: each one costs a point. */
const MAX_SENDS = 8;

/** The depth at which a general using `strategy` attacks (A holds even depths, B odd ones). */
export function attackDepth(strategy: GeneralStrategy, seat: "A" | "B"): number {
  switch (strategy) {
    case "bold":
      return seat === "A" ? 0 : 1;
    case "acknowledged":
      return seat === "A" ? 2 : 3;
    case "chain-3":
      return atDepth(3, seat);
    case "chain-4":
      return atDepth(4, seat);
    case "chain-6":
      return atDepth(6, seat);
    case "timid":
      return Number.POSITIVE_INFINITY;
  }
}

/** The first depth at or above k that `seat` can hold (A: even, B: odd). */
function atDepth(k: number, seat: "A" | "B"): number {
  return seat === "A" ? k + (k % 2) : k + ((k + 1) % 2);
}

/** A set, not `includes`: every bot general asks this every tick. */
const GENERAL_STRATEGY_SET: ReadonlySet<string> = new Set(GENERAL_STRATEGIES);

export function isGeneralStrategy(s: string): s is GeneralStrategy {
  return GENERAL_STRATEGY_SET.has(s);
}

// A bot's moves are read, never kept or changed (toAction copies them into actions): shared and frozen.
const NO_MOVES: readonly GeneralsMove[] = Object.freeze([]);
const ATTACK: GeneralsMove = Object.freeze({ type: "commit", decision: "attack" });
const SEND_ACK: GeneralsMove = Object.freeze({ type: "send", kind: "ack" });
const SEND_PLAN: GeneralsMove = Object.freeze({ type: "send", kind: "plan" });

/** A bot general: keep the chain going, attack once deep enough. */
export function generalBotMoves(view: GeneralView, strategy: GeneralStrategy): readonly GeneralsMove[] {
  if (view.phase !== "running") return NO_MOVES;
  const attack = view.can.commit && view.knowledge.depth >= attackDepth(strategy, view.seat);
  const last = view.sent[view.sent.length - 1];
  const arrived = view.received.length;
  const newsSinceLastSend = last ? arrived > last.acked : arrived > 0;
  const resendGap = 2 * view.params.crossingTicks + 1;
  const quiet = last ? view.tick - last.sentAt >= resendGap : true;
  const useful = view.tick + view.params.crossingTicks < view.params.dawnTick;
  let send: GeneralsMove | null = null;
  if (view.sent.length < MAX_SENDS && useful && (newsSinceLastSend || quiet)) {
    if (arrived > 0 && view.can.sendAck) send = SEND_ACK;
    else if (view.can.sendPlan) send = SEND_PLAN;
  }
  if (!send) return attack ? [ATTACK] : NO_MOVES;
  return attack ? [ATTACK, send] : [send];
}

/** A bot Enemy. `botSeed` keeps its secret choices reproducible and its own. */
export function enemyBotMoves(view: EnemyView, strategy: EnemyStrategy, botSeed: number): GeneralsMove[] {
  if (view.phase !== "running") return [];
  const moves: GeneralsMove[] = [];
  if (strategy === "random") {
    for (const m of view.crossing) if (draw(botSeed, m.id) < 0.35) moves.push({ type: "capture", messengerId: m.id });
    return moves;
  }
  // Adversarial: let the chain reach a secret level (1 to 3), then stop it there.
  const allowed = 1 + Math.floor(draw(botSeed, 0) * 3);
  const passed: Messenger[] = view.passed.map((m) => asDelivered(m, m.arrivedAt));
  for (const m of view.crossing) {
    const ifDelivered = knowledgeLadder([...passed, asDelivered(m, m.arrivesAt)]).length;
    if (ifDelivered > allowed) moves.push({ type: "capture", messengerId: m.id });
  }
  return moves;
}

export function botMoves(view: GeneralsView, strategy: GeneralsStrategy, botSeed: number): readonly GeneralsMove[] {
  if (view.seat === "enemy") {
    return strategy === "random" || strategy === "adversarial" ? enemyBotMoves(view, strategy, botSeed) : NO_MOVES;
  }
  return isGeneralStrategy(strategy) ? generalBotMoves(view, strategy) : NO_MOVES;
}

function asDelivered(m: EnemyView["crossing"][number], at: number): Messenger {
  return { ...m, fate: "delivered", settledAt: at, capturedBy: null };
}

/** A reproducible float in [0, 1) for (seed, salt), independent of call order. */
function draw(seed: number, salt: number): number {
  return firstFloat((seed ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0);
}
