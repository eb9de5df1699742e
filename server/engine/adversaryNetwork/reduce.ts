/**
 * The one way in for an adversary's action: refused once the game is over, while a bot is watched
 * or from a seat that is not the adversary's; a tick runs the clock; a delivery names a message,
 * any other move a process (1-based, checked against n). Then the opening every move shares
 * (`applyToGame`): the processes' game takes it, and its events are recorded.
 */
import type { WaysResult } from "../flp/waysResult";
import { refuse, type ReduceResult } from "../result";
import type { MovedBy } from "./clock";
import { WAYS_REFUSALS } from "./refusals";

/** A seat's action: deliver a message, or a move of kind K on a process (crash, step…). */
type DeliverAction = { type: "deliver"; seat: string; messageId: number };
type ProcessAction<K extends string> = { type: K; seat: string; process: number };
export type AdversaryAction<K extends string> = { type: "tick" } | DeliverAction | ProcessAction<K>;

export type AdversaryMove<K extends string> = { type: "deliver"; id: number } | { type: K; pid: number };

interface Reducible {
  phase: "playing" | "finished";
  params: { watch: boolean; n: number };
}

export interface ReduceHooks<S, E, K extends string> {
  adversarySeat: string;
  tick(state: S): ReduceResult<S, E>;
  move(state: S, move: AdversaryMove<K>, by: MovedBy): ReduceResult<S, E>;
}

export function reduceAdversaryAction<S extends Reducible, E, K extends string>(state: S, action: AdversaryAction<K>, hooks: ReduceHooks<S, E, K>): ReduceResult<S, E> {
  if (state.phase === "finished") return refuse("GAME_OVER", "The game is over");
  if (action.type === "tick") return hooks.tick(state);
  const seatAction = action as DeliverAction | ProcessAction<K>;
  if (state.params.watch) return refuse("NOT_ALLOWED", "A bot adversary is scheduling this run: you are watching");
  if (seatAction.seat !== hooks.adversarySeat) return refuse("NOT_YOUR_SEAT", "A process takes no moves: the adversary decides what reaches it");
  if (seatAction.type === "deliver") return hooks.move(state, { type: "deliver", id: (seatAction as DeliverAction).messageId }, "adversary");
  const { type, process } = seatAction as ProcessAction<K>;
  if (process < 1 || process > state.params.n) return refuse("NOT_ALLOWED", `There are only ${state.params.n} processes`);
  return hooks.move(state, { type, pid: process - 1 }, "adversary");
}

/** What a move's opening reads and writes in a game's state: the processes' game, the idle count, the log. */
interface Movable<G, L> {
  game: G;
  idleTicks: number;
  log: L;
}

/**
 * The opening of every move (the adversary's, its bot's or the network's): the processes' game
 * applied it (`applied`); a refusal in the engine's words becomes the scenario's (WAYS_REFUSALS);
 * else the idle count restarts and `record` turns the engine's events into trace events and the
 * extended log.
 */
export function applyToGame<S extends Movable<G, L>, G, GE, L, E>(state: S, applied: WaysResult<G, GE>, record: (moved: S, events: GE[]) => { log: L; events: E[] }): ReduceResult<S, E> {
  if (!applied.ok) return refuse(WAYS_REFUSALS[applied.error.code], applied.error.message);
  const moved: S = { ...state, game: applied.state, idleTicks: 0 };
  const { log, events } = record(moved, applied.events);
  return { ok: true, state: { ...moved, log }, events };
}
