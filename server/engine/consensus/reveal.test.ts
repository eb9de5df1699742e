import { describe, expect, it } from "vitest";
import type { TraceFacts } from "../scenario";
import { simulate } from "../simulate";
import { consensus } from "./index";
import { consensusParamsSchema, DETECTOR_CLASSES, type ConsensusParams, type ConsensusParamsInput } from "./params";
import type { ConsensusState } from "./types";
import { consensusView } from "./view";

/** A simulated run, and what its stored trace would hold (the room stores the same). */
function playedRun(input: ConsensusParamsInput, seed: number, strategies: (seat: string) => string) {
  const params = consensusParamsSchema.parse(input);
  const seats = consensus.seats(params);
  const record = simulate<ConsensusState>({ scenario: consensus, params, seed, strategies: Object.fromEntries(seats.map((s) => [s, strategies(s)])) });
  expect(record.over).toBe(true);
  const summary = consensus.summarize(record.state);
  const facts: TraceFacts<ConsensusParams> = {
    params,
    seed,
    events: JSON.parse(JSON.stringify(record.traceEvents())),
    outcome: summary.outcome,
    result: JSON.parse(JSON.stringify(summary.seats)),
  };
  // What every seat was shown when the run ended.
  const live = consensusView(record.state, seats[0]).reveal;
  return { facts, live, record };
}

const reveal = (facts: TraceFacts<ConsensusParams>) => consensus.revealFromTrace!(facts);

const runs: { name: string; params: ConsensusParamsInput; strategies: (seat: string) => string; seeds?: number[] }[] = [
  ...DETECTOR_CLASSES.map((detector) => ({ name: `${detector}, protocol bots, a scheduled crash`, params: { n: 5, detector, crashes: [{ process: 2, tick: 4 }] }, strategies: () => "protocol" })),
  { name: "◇S against a random adversary bot", params: { n: 5, detector: "ES", adversary: "bot", f: 2 }, strategies: (s) => (s === "adversary" ? "random" : "protocol") },
  { name: "◇W with the relay layer against a stubborn adversary", params: { n: 5, detector: "EW", strongCompleteness: true, adversary: "bot", f: 2 }, strategies: (s) => (s === "adversary" ? "stubborn" : "protocol") },
  { name: "a sandbox run with a contrarian", params: { n: 3, sandbox: true, maxTicks: 40 }, strategies: (s) => (s === "p1" ? "contrarian" : "protocol") },
  { name: "a sandbox run of contrarians (seed 11 breaks agreement)", params: { n: 3, sandbox: true, maxTicks: 60 }, strategies: () => "contrarian", seeds: [11] },
  { name: "a run stopped at its limit", params: { n: 3, detector: "W", gst: 500, mistakeRate: 1, maxTicks: 10 }, strategies: () => "protocol" },
];

const seedsOf = (r: (typeof runs)[number]) => r.seeds ?? [1, 2, 3, 4, 5, 6];

describe("a consensus run's reveal rebuilt from its trace", () => {
  for (const r of runs) {
    it(`equals the reveal the live game showed at its end: ${r.name}`, () => {
      for (const seed of seedsOf(r)) {
        const { facts, live } = playedRun(r.params, seed, r.strategies);
        expect(live, `seed ${seed}`).not.toBeNull();
        expect(reveal(facts), `seed ${seed}`).toEqual(live);
      }
    });
  }

  it("covers decided and undecided runs, crashes and an unsafe verdict among the runs above", () => {
    const seen = new Set<string>();
    for (const r of runs) {
      for (const seed of seedsOf(r)) {
        const out = reveal(playedRun(r.params, seed, r.strategies).facts);
        seen.add(out.outcome);
        if (out.processes.some((p) => p.crashedAt !== null)) seen.add("crash");
        if (!out.verdict.agreement.ok) seen.add("disagreement");
      }
    }
    expect([...seen].sort()).toEqual(["crash", "decided", "disagreement", "undecided"]);
  });

  it("reads decisions and crashes from the events, not from a fresh run of the seed", () => {
    const { facts } = playedRun({ n: 5, detector: "S", crashes: [{ process: 3, tick: 2 }] }, 3, () => "protocol");
    const full = reveal(facts);
    expect(full.processes[2].crashedAt).toBe(2);
    const decided = full.processes.find((p) => p.decided !== null)!;
    const cut = reveal({ ...facts, events: facts.events.filter((e) => !(e.type === "decide" && (e as { process?: number }).process === decided.id) && e.type !== "crash") });
    expect(cut.processes[decided.id - 1].decided).toBeNull();
    expect(cut.processes[2].crashedAt).toBeNull();
  });

  it("takes the scores from the stored result and the outcome from the stored outcome", () => {
    const { facts } = playedRun({ n: 3 }, 2, () => "protocol");
    const out = reveal({ ...facts, outcome: "undecided", result: { ...facts.result, p1: { score: 99, won: true, depth: 1 } } });
    expect(out.outcome).toBe("undecided");
    expect(out.scores.p1).toBe(99);
  });
});
