/**
 * A world, as the indistinguishability test sees it: everything that decides a game. One seat
 * is observed (played by the test over a socket, from a script); every other seat is a bot.
 */
import type { ScenarioId } from "../../engine/scenarios";

export interface Move {
  type: string;
  [field: string]: unknown;
}

/** One input of the observed seat: sent after tick `tick` has happened (0: before the first tick). */
export interface ScriptedMove {
  tick: number;
  move: Move;
}

export interface World {
  scenario: ScenarioId;
  /** The parameters as a client sends them in `game:create` or `class:round:start`. */
  params: Record<string, unknown>;
  seed: number;
  /** The observed seat. */
  seat: string;
  /** Strategy of the bot in every other seat. */
  bots: Record<string, string>;
  /** The observed seat's inputs, in order. */
  script: ScriptedMove[];
}

/** The server's answer to one scripted input (refusals are part of what the seat observes). */
export type MoveResult = { ok: true } | { ok: false; code: string };

/** A world's setup and hidden truth in one line, for failure messages. */
export function describeWorld(w: World): string {
  return JSON.stringify({ scenario: w.scenario, seat: w.seat, seed: w.seed, params: w.params, bots: w.bots, script: w.script.map((s) => [s.tick, s.move]) });
}
