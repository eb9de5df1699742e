/**
 * Headless games: bots on every seat, no sockets, no timers. Used by tests, debriefs and
 * benchmarks. Each tick every bot sees its own view and answers, seats in a fixed order.
 */
import { GameRecord } from "./record";
import type { AnyScenario } from "./scenario";

export interface SimulationOptions {
  scenario: AnyScenario;
  params: unknown;
  seed: number;
  /** Strategy per seat; every seat must have one. */
  strategies: Record<string, string>;
  /** Stop after this many ticks even if the game is not over. */
  maxTicks?: number;
}

export function simulate<S = unknown>({ scenario, params, seed, strategies, maxTicks = 10_000 }: SimulationOptions): GameRecord<S> {
  const record = new GameRecord<S>(scenario, params, seed);
  const seats: string[] = scenario.seats(params);
  const seeds = seats.map((seat) => botSeed(seed, seat));
  for (let t = 0; t < maxTicks && !record.over; t++) {
    for (let i = 0; i < seats.length; i++) {
      const seat = seats[i];
      const moves = scenario.botMoves(scenario.view(record.state, seat, record.viewMemo), strategies[seat], seeds[i]);
      for (const move of moves) record.apply(scenario.toAction(seat, move));
    }
    record.apply(scenario.tick);
  }
  return record;
}

/** Each bot's own seed, derived from the game's, so the same game always plays the same. */
export function botSeed(seed: number, seat: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < seat.length; i++) h = Math.imul(h ^ seat.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
