/**
 * The Lovers' rule book: each action is translated to the generals' rules, run there, and its
 * events and refusals translated back into the Lovers' words. Pure, like every reducer.
 */
import { reduceGenerals, createGeneralsGame } from "../generals/reducer";
import type { GeneralsAction } from "../generals/types";
import { refuse, type ReduceResult } from "../result";
import { toDecision, toGeneral, toLoversEvent, toMessageKind } from "./names";
import { NIGHT_HOURS, type LoversParams } from "./params";
import type { LoversAction, LoversEvent, LoversState } from "./types";

export type LoversResult = ReduceResult<LoversState, LoversEvent>;

export function createLoversGame(params: LoversParams, seed: number): LoversState {
  const inner = createGeneralsGame(
    {
      // On a lucky night nothing is lost, whatever was announced.
      captureProbability: params.luckyNight ? 0 : params.lossProbability,
      crossingTicks: 1,
      dawnTick: NIGHT_HOURS,
      enemy: "none",
    },
    seed,
  );
  return { scenario: "lovers", params, inner };
}

/** Refusal messages in the Lovers' words, by code. */
const MESSAGES: Partial<Record<string, string>> = {
  GAME_OVER: "Midnight has struck: the night is over.",
  TOO_SOON: "One SMS an hour: wait for the next hour.",
  ALREADY_DECIDED: "You have already decided.",
};

export function reduceLovers(state: LoversState, action: LoversAction): LoversResult {
  if (action.type === "send" && action.kind === "proposal" && action.seat !== "alice" && state.inner.phase === "running") {
    return refuse("NOT_ALLOWED", "Only Alice proposes; Bob can acknowledge what reaches him.");
  }
  const result = reduceGenerals(state.inner, toGeneralsAction(action));
  if (!result.ok) {
    const message = MESSAGES[result.error.code] ?? result.error.message;
    return refuse(result.error.code, message);
  }
  return { ok: true, state: { scenario: "lovers", params: state.params, inner: result.state }, events: result.events.map(toLoversEvent) };
}

function toGeneralsAction(action: LoversAction): GeneralsAction {
  switch (action.type) {
    case "tick":
      return action;
    case "send":
      return { type: "send", seat: toGeneral(action.seat), kind: toMessageKind(action.kind) };
    case "decide":
      return { type: "commit", seat: toGeneral(action.seat), decision: toDecision(action.decision) };
  }
}
