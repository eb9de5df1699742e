/**
 * The one step every game advances by, wherever it runs: the clock ticks, then each bot answers
 * its own view, seats in a fixed order. `simulate()` drives a bare GameRecord with it; a room
 * drives itself with it, its moves going through the room's own checked path. Pure: no time,
 * no randomness beyond each bot's seed.
 */
import { GameRecord, type ViewMemo } from "./record";
import type { AnyScenario } from "./scenario";

/** A seat a bot plays now, with its strategy. */
export interface BotSeat {
  seat: string;
  strategy: string;
}

/** What a step moves: a bare record, or a room that checks and publishes each move. */
export interface StepTarget {
  readonly scenario: AnyScenario;
  /** The game's seed (each bot's own seed is derived from it). */
  readonly seed: number;
  /** The true state now, from which each bot's view is drawn. */
  state(): unknown;
  /** The game's own view memo (its record's). */
  readonly viewMemo: ViewMemo;
  /** Whether the game still takes moves. */
  live(): boolean;
  /** Play one seat's moves, in order (a refused move is skipped). */
  play(seat: string, moves: readonly { type: string }[]): void;
  /** One tick of the clock; false if it was refused. */
  tick(): boolean;
}

/** Every bot answers its own view, in seat order, while the game takes moves. */
export function botsAnswer(target: StepTarget, bots: readonly BotSeat[]): void {
  const { scenario } = target;
  for (const { seat, strategy } of bots) {
    if (!target.live()) return;
    const moves = scenario.botMoves(scenario.view(target.state(), seat, target.viewMemo), strategy, botSeed(target.seed, seat));
    target.play(seat, moves);
  }
}

/**
 * The clock's tick, then the bots' answers (none once the game is over). `botsAfter: false`
 * stops after the tick (a headless run's last allowed tick). False if the tick was refused.
 */
export function tickThenBots(target: StepTarget, bots: readonly BotSeat[], botsAfter = true): boolean {
  if (!target.tick()) return false;
  if (botsAfter) botsAnswer(target, bots);
  return true;
}

/** A bare record as a step target: moves go straight to the reducer. */
export function recordTarget(record: GameRecord): StepTarget {
  return {
    scenario: record.scenario,
    seed: record.seed,
    state: () => record.state,
    viewMemo: record.viewMemo,
    live: () => !record.over,
    play(seat, moves) {
      for (const move of moves) {
        if (record.over) return;
        record.apply(record.scenario.toAction(seat, move));
      }
    },
    tick: () => record.apply(record.scenario.tick).ok,
  };
}

/** Each bot's own seed, derived from the game's, so the same game always plays the same. */
export function botSeed(seed: number, seat: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < seat.length; i++) h = Math.imul(h ^ seat.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
