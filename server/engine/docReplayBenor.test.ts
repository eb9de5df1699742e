/**
 * The docs are enough to replay a Ben-Or game: a replayer written from docs/trace-format.md alone
 * (docReplayerBenor.testing.ts) reproduces the engine's events byte for byte, coins and inputs
 * drawn from the seed included: adversaries that deliver anything, crash, fall idle (the network
 * then delivers), run out of time, and watched fifo and random bots.
 */
import { describe, expect, it } from "vitest";
import { benor, type BenorAdversaryView } from "./benor";
import type { BenorAction, BenorState } from "./benor/types";
import { replayBenorFromDocs } from "./docReplayerBenor.testing";
import { SeededRandom } from "./prng";
import { GameRecord } from "./record";
import { botSeed } from "./simulate";
import { sized } from "../testing/tier";

function play(params: unknown, seed: number, strategy: string, chaos: SeededRandom): GameRecord<BenorState, BenorAction> {
  const record = new GameRecord<BenorState, BenorAction>(benor, params, seed);
  const seat = "adversary";
  while (!record.over) {
    const view = benor.view(record.state, seat) as BenorAdversaryView;
    const roll = chaos.float();
    if (roll < 0.6) for (const move of benor.botMoves(view, strategy, botSeed(seed, seat))) record.apply(benor.toAction(seat, move));
    else if (roll < 0.62) record.apply({ type: "crash", seat, process: chaos.int(1, view.params.n) });
    else if (roll < 0.85 && view.buffer.length > 0) record.apply({ type: "deliver", seat, messageId: view.buffer[chaos.int(0, view.buffer.length - 1)].id });
    if (!record.over && chaos.float() < 0.3) record.apply(benor.tick);
  }
  return record;
}

describe("a Ben-Or replayer written from the docs alone", () => {
  it("reproduces the engine's events on seeded games", () => {
    const chaos = new SeededRandom(1983);
    const outcomes = new Set<string>();
    let coins = 0;
    for (let i = 0; i < sized(300, 60); i++) {
      const n = i % 3 === 0 ? 5 : 3;
      const raw = { n, f: chaos.int(0, (n - 1) / 2), bound: chaos.int(3, 40), patience: chaos.int(0, 4), maxTicks: chaos.int(10, 200), ...(i % 4 === 0 ? { inputs: Array.from({ length: n }, () => chaos.int(0, 1)) } : {}) };
      const params = benor.paramsSchema.parse(raw);
      const seed = chaos.int(0, 0xffff_ffff);
      const record = play(params, seed, ["splitter", "fifo", "random"][i % 3], chaos);
      outcomes.add(record.state.outcome!);
      coins += record.state.log.coins.length;
      const events = replayBenorFromDocs(params as unknown as Record<string, unknown>, seed, record.inputs as unknown as Record<string, unknown>[]);
      expect(JSON.stringify(events), `run ${i}`).toBe(JSON.stringify(record.traceEvents()));
    }
    expect([...outcomes].sort()).toEqual(["decided", "undecided"]);
    expect(coins).toBeGreaterThan(20);
  });

  it("reproduces watched games of the fifo and random bots", () => {
    const chaos = new SeededRandom(1984);
    for (let i = 0; i < sized(100, 20); i++) {
      const params = benor.paramsSchema.parse({ n: i % 2 ? 5 : 3, f: 1, watch: true, bot: i % 3 ? "random" : "fifo", maxTicks: chaos.int(20, 400), bound: chaos.int(3, 30) });
      const seed = chaos.int(0, 0xffff_ffff);
      const record = new GameRecord<BenorState, BenorAction>(benor, params, seed);
      while (!record.over) record.apply(benor.tick);
      const events = replayBenorFromDocs(params as unknown as Record<string, unknown>, seed, record.inputs as unknown as Record<string, unknown>[]);
      expect(JSON.stringify(events), `run ${i}`).toBe(JSON.stringify(record.traceEvents()));
    }
  });
});
