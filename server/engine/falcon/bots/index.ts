/** Every Falcon bot behind one entry: botMoves(view, strategy, botSeed), reading only the seat's view. */
import type { FalconMove } from "../moves";
import { CHAOS_STRATEGIES, OPERATOR_STRATEGIES, type ChaosStrategy, type OperatorStrategy } from "../strategies";
import type { FalconView, OperatorView } from "../views";
import { chaosMoves } from "./chaos";
import { falconMoves } from "./falcon";
import { randomOperatorMoves } from "./random";
import { LONG_TIMEOUT_MS, SHORT_TIMEOUT_MS, timeoutMoves } from "./timeouts";

export function operatorBotMoves(view: OperatorView, strategy: OperatorStrategy, botSeed: number) {
  switch (strategy) {
    case "falcon":
      return falconMoves(view);
    case "timeout-short":
      return timeoutMoves(view, SHORT_TIMEOUT_MS);
    case "timeout-long":
      return timeoutMoves(view, LONG_TIMEOUT_MS);
    case "random":
      return randomOperatorMoves(view, botSeed);
  }
}

export function falconBotMoves(view: FalconView, strategy: string, botSeed: number): FalconMove[] {
  if (view.phase !== "playing") return [];
  if (view.role === "operator") {
    const s = (OPERATOR_STRATEGIES as readonly string[]).includes(strategy) ? (strategy as OperatorStrategy) : "falcon";
    return operatorBotMoves(view, s, botSeed);
  }
  const s = (CHAOS_STRATEGIES as readonly string[]).includes(strategy) ? (strategy as ChaosStrategy) : "random";
  return chaosMoves(view, s, botSeed);
}
