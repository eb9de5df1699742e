/**
 * What the doc replayers of the adversary-network scenarios share, read from docs/trace-format.md
 * as they are: the bot's own stream, a uniform draw, and the run of the recorded inputs — a seat's
 * move, else a tick: time up at maxTicks, a watched bot's move, or (after `patience` idle ticks)
 * the network serving the oldest obligation.
 */
import { DocGenerator } from "../engine/docReplayer.testing";

type Json = Record<string, unknown>;

/** An integer in [a, b], one draw. */
export const drawInt = (rng: DocGenerator, a: number, b: number) => a + Math.floor(rng.float() * (b - a + 1));

/** A watched bot's stream: the seed word apart. */
export const docBotRng = (seed: number) => new DocGenerator((seed ^ 0x5bd1e995) >>> 0);

/** The replay's clock: the tick, ticks since the last move, and whether the game has ended. */
export interface DocClock {
  tick: number;
  idle: number;
  over: boolean;
}

export const docClock = (): DocClock => ({ tick: 0, idle: 0, over: false });

export interface DocAdversaryGame {
  /** A seat's move, played; false when the input is not one (a tick). */
  play(input: Json): boolean;
  end(outcome: string): void;
  botMove(): void;
  /** Whether anything is left for the network to serve. */
  hasOldest(): boolean;
  serveOldest(): void;
}

export function replayInputs(inputs: readonly Json[], params: Json, clock: DocClock, game: DocAdversaryGame): void {
  const patience = params.patience as number;
  const maxTicks = params.maxTicks as number;
  for (const input of inputs) {
    if (clock.over) break;
    if (game.play(input)) continue;
    clock.tick++;
    clock.idle++;
    if (clock.tick >= maxTicks) game.end("undecided");
    else if (params.watch) game.botMove();
    else if (patience > 0 && clock.idle >= patience && game.hasOldest()) game.serveOldest();
  }
}
