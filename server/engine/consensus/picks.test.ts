import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { consensus } from "./index";
import { consensusParamsSchema } from "./params";
import { analysePicks } from "./picks";
import type { Bit, ConsensusEvent, ConsensusState } from "./types";

/** A hand-made trace: opinions (sent and delivered in order), then the coordinator's suggestion. */
function round(r: number, to: number, opinions: [from: number, value: Bit, ts: number][], suggested: Bit, firstId: number): ConsensusEvent[] {
  const out: ConsensusEvent[] = [];
  opinions.forEach(([from, value, ts], i) => {
    out.push({ type: "send", tick: r, messageId: firstId + i, from, to, payload: { kind: "opinion", round: r, value, ts } });
    out.push({ type: "deliver", tick: r + 1, messageId: firstId + i, to });
  });
  out.push({ type: "suggest", tick: r + 1, process: to, round: r, value: suggested });
  return out;
}

describe("analysePicks", () => {
  it("marks a round free when no opinion of the first majority carries a timestamp", () => {
    // n = 3: round 1's coordinator is p2; the majority is 2.
    const a = analysePicks(3, round(1, 2, [[2, 0, 0], [1, 1, 0], [3, 1, 0]], 1, 1));
    expect(a.rounds).toHaveLength(1);
    const r = a.rounds[0];
    expect(r).toMatchObject({ round: 1, coordinator: 2, suggested: 1, maxTs: 0, allowed: [0, 1], free: true, offRule: false, mattered: false });
    // Only the first majority counts: p3's late opinion is not among them.
    expect(r.opinions.map((o) => o.from)).toEqual([2, 1]);
  });

  it("is not free once a timestamp shows: only that round's value is allowed", () => {
    const a = analysePicks(3, round(2, 3, [[1, 0, 0], [3, 1, 1]], 1, 1));
    expect(a.rounds[0]).toMatchObject({ coordinator: 3, maxTs: 1, allowed: [1], free: false, offRule: false, mattered: false });
    expect(a.mattered).toBe(false);
  });

  it("flags an off-rule pick after a timestamp as one where the choice mattered", () => {
    const a = analysePicks(3, round(2, 3, [[1, 0, 0], [3, 1, 1]], 0, 1));
    expect(a.rounds[0]).toMatchObject({ allowed: [1], offRule: true, mattered: true });
    expect(a.mattered).toBe(true);
  });

  it("an off-rule pick with no timestamp threatens validity, not agreement", () => {
    const a = analysePicks(3, round(1, 2, [[2, 0, 0], [1, 0, 0]], 1, 1));
    expect(a.rounds[0]).toMatchObject({ allowed: [0], free: true, offRule: true, mattered: false });
  });

  it("follows a protocol run: every pick within the rule, free exactly when the largest timestamp is 0", () => {
    const params = consensusParamsSchema.parse({ n: 5, detector: "ES", adversary: "bot", f: 2 });
    for (const seed of [1, 2, 3]) {
      const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, s === "adversary" ? "random" : "protocol"]));
      const run = simulate<ConsensusState>({ scenario: consensus, params, seed, strategies });
      const a = analysePicks(5, run.traceEvents());
      expect(a.rounds.length).toBeGreaterThan(0);
      for (const r of a.rounds) {
        expect(r.opinions).toHaveLength(3);
        expect(r.offRule).toBe(false);
        expect(r.free).toBe(r.maxTs === 0);
      }
      expect(a.mattered).toBe(false);
      expect(a.decided.length).toBeLessThanOrEqual(1);
    }
  });

  it("finds the sandbox run where the choice mattered (contrarians, seed 11, break agreement)", () => {
    const params = consensusParamsSchema.parse({ n: 3, sandbox: true, maxTicks: 60 });
    const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, "contrarian"]));
    const run = simulate<ConsensusState>({ scenario: consensus, params, seed: 11, strategies });
    const a = analysePicks(3, run.traceEvents());
    expect(a.decided).toEqual([0, 1]);
    expect(a.mattered).toBe(true);
    const bad = a.rounds.find((r) => r.mattered)!;
    expect(bad.maxTs).toBeGreaterThan(0);
    expect(bad.allowed).not.toContain(bad.suggested);
  });
});
