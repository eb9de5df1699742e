/**
 * What a scenario gives the rest of the server: its rule book as plain functions.
 * The room, the bots, the storage and the replay checker only speak through this.
 */
import type { z } from "zod";
import type { Disclosure } from "./disclosure";
import type { ReduceResult } from "./result";
import type { Timeline } from "./timeline";

export interface SeatOutcome {
  score: number;
  won: boolean;
  /** A scenario-specific figure shown on leaderboards (knowledge depth for the generals). */
  depth: number | null;
}

export interface GameSummary<Seat extends string = string> {
  outcome: string;
  seats: Partial<Record<Seat, SeatOutcome>>;
  /** The scenario's checker verdict on the game, stored with its outcome (consensus). */
  checks?: object;
}

export interface Scenario<Params, State, Action extends { type: string }, Event, View, Move extends { type: string }, Seat extends string> {
  id: string;
  title: string;
  paramsSchema: z.ZodType<Params, unknown>;
  /** Inbound move payloads (without a seat: the server adds the seat it authenticated). */
  moveSchema: z.ZodType<Move, unknown>;
  seats(params: Params): Seat[];
  create(params: Params, seed: number): State;
  reduce(state: State, action: Action): ReduceResult<State, Event>;
  /** The action the room's clock feeds in. */
  tick: Action;
  isOver(state: State): boolean;
  /**
   * What each seat may know (the scenario's disclosure.ts): announced parameters and the seat
   * list. Every packet to a seat goes through it; `view` must build its `params` with it.
   */
  disclosure: Disclosure<Params, Seat>;
  /** Everything a seat receives of the game, in its own frame (ids numbered per seat). */
  view(state: State, seat: Seat): View;
  toAction(seat: Seat, move: Move): Action;
  strategies(seat: Seat): readonly string[];
  botMoves(view: View, strategy: string, botSeed: number): Move[];
  summarize(state: State): GameSummary<Seat>;
  /** A finished game as a timeline, for replays and debriefs, from its final state and trace events. */
  timeline(state: State, events: readonly { type: string; tick: number }[]): Timeline;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyScenario = Scenario<any, any, any, any, any, any, any>;
