import { describe, expect, it } from "vitest";
import { replay } from "../record";
import { simulate } from "../simulate";
import { lovers, LOVERS_STRATEGIES } from "./index";
import { loversParamsSchema } from "./params";
import { createLoversGame, reduceLovers } from "./reducer";
import { run } from "./testing";
import type { LoversAction, LoversState } from "./types";

const params = (input: object = {}) => loversParamsSchema.parse(input);


const hours = (n: number): LoversAction[] => Array.from({ length: n }, () => ({ type: "tick" }));

describe("the Lovers' rules", () => {
  it("runs from noon to midnight, an SMS taking one hour, in the Lovers' words", () => {
    const start = createLoversGame(params({ lossProbability: 0 }), 1);
    const sent = reduceLovers(start, { type: "send", seat: "alice", kind: "proposal" });
    expect(sent.ok && sent.events).toEqual([{ type: "send", tick: 0, smsId: 1, from: "alice", to: "bob", kind: "proposal", acked: 0, arrivesAt: 1 }]);
    const after = reduceLovers(sent.ok ? sent.state : start, { type: "tick" });
    expect(after.ok && after.events).toEqual([{ type: "deliver", tick: 1, smsId: 1, to: "bob" }]);
    const night = run(start, [{ type: "decide", seat: "alice", decision: "show" }, ...hours(11)]);
    const midnight = reduceLovers(night, { type: "tick" });
    expect(midnight.ok && midnight.events).toEqual([
      { type: "decide", tick: 12, lover: "bob", decision: "stay", byDefault: true },
      { type: "midnight", tick: 12, outcome: "stood-up-alice" },
    ]);
  });

  it("refuses what the rules forbid, with the Lovers' words and codes", () => {
    const start = createLoversGame(params(), 1);
    const expectRefusal = (state: LoversState, action: LoversAction, code: string, words: RegExp) => {
      const r = reduceLovers(state, action);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message).toMatch(words);
      }
    };
    expectRefusal(start, { type: "send", seat: "bob", kind: "proposal" }, "NOT_ALLOWED", /Only Alice proposes/);
    expectRefusal(start, { type: "send", seat: "bob", kind: "ack" }, "NOT_ALLOWED", /Nothing has arrived/);
    const sent = run(start, [{ type: "send", seat: "alice", kind: "proposal" }]);
    expectRefusal(sent, { type: "send", seat: "alice", kind: "proposal" }, "TOO_SOON", /One SMS an hour/);
    const decided = run(start, [{ type: "decide", seat: "bob", decision: "stay" }]);
    expectRefusal(decided, { type: "decide", seat: "bob", decision: "show" }, "ALREADY_DECIDED", /already decided/);
    const over = run(start, hours(12));
    expectRefusal(over, { type: "tick" }, "GAME_OVER", /Midnight/);
    expectRefusal(over, { type: "send", seat: "alice", kind: "proposal" }, "GAME_OVER", /Midnight/);
  });

  it("loses nothing on a lucky night, whatever was announced", () => {
    for (let seed = 0; seed < 50; seed++) {
      const game = simulate<LoversState>({ scenario: lovers, params: params({ lossProbability: 0.9, luckyNight: true }), seed, strategies: { alice: "chain-4", bob: "chain-4" } });
      expect(game.state.inner.messengers.some((m) => m.fate === "captured")).toBe(false);
    }
    let lost = 0;
    for (let seed = 0; seed < 50; seed++) {
      const game = simulate<LoversState>({ scenario: lovers, params: params({ lossProbability: 0.9 }), seed, strategies: { alice: "chain-4", bob: "chain-4" } });
      lost += game.state.inner.messengers.filter((m) => m.fate === "captured").length;
    }
    expect(lost).toBeGreaterThan(20);
  });

  it("replays byte for byte, and every bot strategy finishes the night", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const p = params({ lossProbability: (seed % 5) / 10, luckyNight: seed % 7 === 0 });
      const strategies = { alice: LOVERS_STRATEGIES[seed % LOVERS_STRATEGIES.length], bob: LOVERS_STRATEGIES[(seed * 3) % LOVERS_STRATEGIES.length] };
      const played = simulate<LoversState>({ scenario: lovers, params: p, seed, strategies });
      expect(played.over).toBe(true);
      const again = replay(lovers, p, seed, played.inputs);
      expect(JSON.stringify(again.traceEvents())).toBe(JSON.stringify(played.traceEvents()));
    }
  });

  it("scores a date, a night in, and being stood up", () => {
    const start = createLoversGame(params({ lossProbability: 0 }), 3);
    const date = run(start, [{ type: "send", seat: "alice", kind: "proposal" }, { type: "decide", seat: "alice", decision: "show" }, { type: "decide", seat: "bob", decision: "show" }, ...hours(12)]);
    expect(lovers.summarize(date)).toEqual({
      outcome: "date",
      seats: { alice: { score: 9, won: true, depth: 0 }, bob: { score: 10, won: true, depth: 1 } },
    });
    const stoodUp = run(start, [{ type: "decide", seat: "bob", decision: "show" }, ...hours(12)]);
    expect(lovers.summarize(stoodUp).outcome).toBe("stood-up-bob");
    expect(lovers.summarize(stoodUp).seats).toMatchObject({ alice: { score: -5 }, bob: { score: -10 } });
    expect(lovers.summarize(run(start, hours(12))).outcome).toBe("nothing");
  });
});
