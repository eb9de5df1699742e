/**
 * The docs are enough to replay a weaker-agreement game: a replayer written from
 * docs/trace-format.md alone (docReplayerWeaker.testing.ts) reproduces the engine's events byte
 * for byte, inputs drawn from the seed included: adversaries that deliver, step and crash anything,
 * fall idle (the network then moves), run out of time, and every watched bot of both problems.
 */
import { describe, expect, it } from "vitest";
import { weaker, type WeakerAdversaryView } from "./weaker";
import type { WeakerAction, WeakerState } from "./weaker/types";
import { replayWeakerFromDocs } from "./docReplayerWeaker.testing";
import { SeededRandom } from "./prng";
import { GameRecord } from "./record";
import { botSeed } from "./simulate";
import { sized } from "../testing/tier";

function play(params: unknown, seed: number, strategy: string, chaos: SeededRandom): GameRecord<WeakerState, WeakerAction> {
  const record = new GameRecord<WeakerState, WeakerAction>(weaker, params, seed);
  const seat = "adversary";
  while (!record.over) {
    const view = weaker.view(record.state, seat) as WeakerAdversaryView;
    const roll = chaos.float();
    const tryApply = (a: WeakerAction) => {
      if (weaker.reduce(record.state, a).ok) record.apply(a);
    };
    if (roll < 0.5) for (const move of weaker.botMoves(view, strategy, botSeed(seed, seat))) record.apply(weaker.toAction(seat, move));
    else if (roll < 0.56) tryApply({ type: "crash", seat, process: chaos.int(1, view.params.n) });
    else if (roll < 0.66) tryApply({ type: "step", seat, process: chaos.int(1, view.params.n) });
    else if (roll < 0.85 && view.buffer.length > 0) tryApply({ type: "deliver", seat, messageId: view.buffer[chaos.int(0, view.buffer.length - 1)].id });
    if (!record.over && chaos.float() < 0.3) record.apply(weaker.tick);
  }
  return record;
}

const randomParams = (chaos: SeededRandom, i: number) => {
  const n = chaos.int(3, 5);
  if (i % 2 === 0) {
    const k = chaos.int(1, n);
    return { problem: "kset", n, k, f: chaos.int(0, n - 1), bound: chaos.int(3, 40), patience: chaos.int(0, 4), maxTicks: chaos.int(10, 200), ...(i % 4 === 0 ? { inputs: Array.from({ length: n }, () => chaos.int(0, 99)) } : {}) };
  }
  const lo = chaos.int(-50, 50);
  const hi = lo + chaos.int(20, 200);
  return {
    problem: "epsilon",
    n,
    f: chaos.int(0, Math.floor((n - 1) / 2)),
    lo,
    hi,
    epsilon: [1, 2.5, 5, 10][chaos.int(0, 3)],
    bound: chaos.int(3, 40),
    patience: chaos.int(0, 4),
    maxTicks: chaos.int(10, 300),
    ...(i % 3 === 0 ? { inputs: Array.from({ length: n }, () => lo + chaos.int(0, 10 * (hi - lo)) / 10) } : {}),
  };
};

describe("a weaker-agreement replayer written from the docs alone", () => {
  it("reproduces the engine's events on seeded games", () => {
    const chaos = new SeededRandom(1985);
    const outcomes = new Set<string>();
    for (let i = 0; i < sized(300, 100); i++) {
      const raw = randomParams(chaos, i);
      const parsed = weaker.paramsSchema.safeParse(raw);
      if (!parsed.success) continue; // ε too small for the range: the schema refuses it
      const params = parsed.data;
      const seed = chaos.int(0, 0xffff_ffff);
      const record = play(params, seed, ["blocker", "spreader", "random"][i % 3], chaos);
      outcomes.add(record.state.outcome!);
      const events = replayWeakerFromDocs(params as unknown as Record<string, unknown>, seed, record.inputs as unknown as Record<string, unknown>[]);
      expect(JSON.stringify(events), `run ${i}`).toBe(JSON.stringify(record.traceEvents()));
    }
    expect([...outcomes].sort()).toEqual(["agreed", "blocked", "undecided"]);
  });

  it("reproduces watched games of every bot", () => {
    const chaos = new SeededRandom(1986);
    for (let i = 0; i < sized(120, 24); i++) {
      const raw = randomParams(chaos, i);
      const bot = raw.problem === "kset" ? (i % 4 === 0 ? "random" : "blocker") : i % 3 === 0 ? "random" : "spreader";
      const parsed = weaker.paramsSchema.safeParse({ ...raw, watch: true, bot });
      if (!parsed.success) continue;
      const seed = chaos.int(0, 0xffff_ffff);
      const record = new GameRecord<WeakerState, WeakerAction>(weaker, parsed.data, seed);
      while (!record.over) record.apply(weaker.tick);
      const events = replayWeakerFromDocs(parsed.data as unknown as Record<string, unknown>, seed, record.inputs as unknown as Record<string, unknown>[]);
      expect(JSON.stringify(events), `run ${i}`).toBe(JSON.stringify(record.traceEvents()));
    }
  });
});
