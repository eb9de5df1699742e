/**
 * How the observed seat chooses its inputs while candidate worlds are generated. The inputs it
 * ends up making become the world's script, which is then replayed as is over the sockets.
 * A policy sees only the seat's own view (never the true state), like a player.
 */
import type { AnyScenario } from "../../engine/scenario";
import { SCENARIOS } from "../../engine/scenarios";
import type { Move, World } from "./world";

export interface Policy {
  /** The moves to try after tick `tick` has happened, given the seat's view at that moment. */
  movesAt(tick: number, view: unknown): Move[];
  /** Keep a tried move in the script? (Refused attempts are dropped where they would be many.) */
  keep(ok: boolean): boolean;
}

/** A seat with no moves (a process that only watches its own state). */
export const watching: Policy = { movesAt: () => [], keep: () => true };

/** A seat played by one of the scenario's own bot strategies, on its own view (the Enemy, an adversary). */
export function botPolicy(scenario: World["scenario"], strategy: string, policySeed: number): Policy {
  const s: AnyScenario = SCENARIOS[scenario];
  return { movesAt: (_tick, view) => s.botMoves(view, strategy, policySeed) as Move[], keep: () => true };
}
