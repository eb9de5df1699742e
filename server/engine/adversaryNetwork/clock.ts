/**
 * The clock of a game where an adversary schedules a network: the room's tick counts time; a
 * watched game's bot takes one move a tick; after `patience` ticks without a move the network
 * serves the oldest obligation itself (an adversary that stops scheduling cannot stall the run);
 * at `maxTicks` the game ends. Pure: a watched bot draws from its own stream (botStream).
 */
import { seedRng, type RngState } from "../prng";
import type { ReduceResult } from "../result";

export type MovedBy = "adversary" | "network";

/** What the clock reads and writes in a game's state. */
export interface AdversaryClocked {
  params: { watch: boolean; patience: number; maxTicks: number };
  tick: number;
  idleTicks: number;
  botRng: RngState;
}

/** The watched bot's stream: a seed word apart from the game's own draws. */
export const botStream = (seed: number) => seedRng((seed ^ 0x5bd1e995) >>> 0);

export interface ClockHooks<S, M, E> {
  /** The game at its last tick, ended. */
  timeUp(state: S): ReduceResult<S, E>;
  /** The watched bot's move and its stream after it (null: it has none to make). */
  botMove(state: S): { move: M; rng: RngState } | null;
  /** The move that serves the oldest obligation (undefined: none is left). */
  oldest(state: S): M | undefined;
  move(state: S, move: M, by: MovedBy): ReduceResult<S, E>;
}

export function adversaryTick<S extends AdversaryClocked, M, E>(state: S, hooks: ClockHooks<S, M, E>): ReduceResult<S, E> {
  const { params } = state;
  const ticked: S = { ...state, tick: state.tick + 1, idleTicks: state.idleTicks + 1 };
  if (ticked.tick >= params.maxTicks) return hooks.timeUp(ticked);
  if (params.watch) {
    const bot = hooks.botMove(ticked);
    if (!bot) return { ok: true, state: ticked, events: [] };
    return hooks.move({ ...ticked, botRng: bot.rng }, bot.move, "adversary");
  }
  if (params.patience > 0 && ticked.idleTicks >= params.patience) {
    const oldest = hooks.oldest(ticked);
    if (oldest) return hooks.move(ticked, oldest, "network");
  }
  return { ok: true, state: ticked, events: [] };
}
