/**
 * The docs are enough to replay an FLP game: a replayer written from docs/trace-format.md alone
 * (docReplayerFlp.testing.ts) reproduces the engine's events byte for byte, for every protocol,
 * the puzzle and the scheduler, with bots and with a scheduler that plays anything the rules let
 * it (hints, crashes, refused moves, the clock running out).
 */
import { describe, expect, it } from "vitest";
import { replayFlpFromDocs } from "./docReplayerFlp.testing";
import { flp, FLP_PROTOCOL_IDS, SCHEDULER_STRATEGIES, type FlpSchedulerView } from "./flp";
import type { FlpAction, FlpState } from "./flp/types";
import { SeededRandom } from "./prng";
import { GameRecord } from "./record";
import { botSeed } from "./simulate";
import { sized } from "../testing/tier";

/** A scheduler that mixes a bot's moves with anything else: λ steps, deliveries, hints, a crash; refused moves are not recorded. */
function play(params: unknown, seed: number, strategy: string, chaos: SeededRandom, tickRate: number): GameRecord<FlpState, FlpAction> {
  const record = new GameRecord<FlpState, FlpAction>(flp, params, seed);
  const seat = "adversary";
  while (!record.over) {
    const view = flp.view(record.state, seat) as FlpSchedulerView;
    const roll = chaos.float();
    if (roll < 0.5) for (const move of flp.botMoves(view, strategy, botSeed(seed, seat) + view.step)) record.apply(flp.toAction(seat, move));
    else if (roll < 0.6) record.apply({ type: "hint", seat });
    else if (roll < 0.63) record.apply({ type: "crash", seat, process: chaos.int(1, 3) });
    else if (roll < 0.8 && view.buffer.length > 0) record.apply({ type: "deliver", seat, messageId: view.buffer[chaos.int(0, view.buffer.length - 1)].id });
    else if (roll < 0.95) record.apply({ type: "step", seat, process: chaos.int(1, 3) });
    if (!record.over && chaos.float() < tickRate) record.apply(flp.tick);
  }
  return record;
}

const RUNS = sized(300, 60);

describe("an FLP replayer written from the docs alone", () => {
  it("reproduces the engine's events on seeded scheduler games of every protocol", () => {
    const chaos = new SeededRandom(314);
    const outcomes = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      const protocol = FLP_PROTOCOL_IDS[i % FLP_PROTOCOL_IDS.length];
      const raw = { mode: "scheduler", protocol, target: i % 6 === 3 ? 200 : chaos.int(5, 25), bound: chaos.int(3, 8), crash: i % 4 !== 0, maxTicks: i % 6 === 3 ? 10 : chaos.int(10, 60), ...(i % 5 === 0 ? { inputs: [chaos.int(0, 1), chaos.int(0, 1), chaos.int(0, 1)] } : {}) };
      const params = flp.paramsSchema.parse(raw);
      const seed = chaos.int(0, 0xffff_ffff);
      // Every sixth game (the majority lock, scheduled by the proof's bot) has a far target and a fast clock: its time runs out.
      const record = play(params, seed, SCHEDULER_STRATEGIES[i % SCHEDULER_STRATEGIES.length], chaos, i % 6 === 3 ? 0.95 : 0.3);
      outcomes.add(record.state.outcome!);
      const events = replayFlpFromDocs(params as unknown as Record<string, unknown>, seed, record.inputs as unknown as Record<string, unknown>[]);
      expect(JSON.stringify(events), `run ${i}`).toBe(JSON.stringify(record.traceEvents()));
    }
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(["forced", "kept-open", "time-up"]));
  });

  it("reproduces the puzzle's events, its chain drawn from the seed", () => {
    const chaos = new SeededRandom(2718);
    for (let i = 0; i < sized(60, 12); i++) {
      const params = flp.paramsSchema.parse({ mode: "puzzle", protocol: FLP_PROTOCOL_IDS[i % 3] });
      const seed = chaos.int(0, 0xffff_ffff);
      const record = new GameRecord<FlpState, FlpAction>(flp, params, seed);
      const pick = () => (["0", "1", "bivalent"] as const)[chaos.int(0, 2)];
      record.apply({ type: "predict", seat: "adversary", valencies: [pick(), pick(), pick(), pick()] });
      const events = replayFlpFromDocs(params as unknown as Record<string, unknown>, seed, record.inputs as unknown as Record<string, unknown>[]);
      expect(JSON.stringify(events)).toBe(JSON.stringify(record.traceEvents()));
    }
  });
});
