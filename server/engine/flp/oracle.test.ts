/**
 * The shared oracle (one per protocol, memoised across games) answers as a fresh one would: for
 * n = 3 every offered protocol's whole reachable graph is far below the search limit, so no query
 * is ever "unknown" and what earlier games settled cannot change an answer.
 */
import { describe, expect, it } from "vitest";
import { applicableSteps, applyStep, initialConfiguration } from "./model";
import { sharedOracle } from "./oracle";
import { FLP_PROTOCOLS } from "./protocols";
import { DEFAULT_SEARCH_LIMIT, ValencyOracle } from "./valency";
import { allInputs, exploreAll } from "./explore.testing";

describe.each(FLP_PROTOCOLS.map((p) => [p.id, p] as const))("the shared oracle of %s, n = 3", (id, protocol) => {
  const g = exploreAll(protocol, 3);

  it("has its whole reachable graph, from all 8 initial configurations, below the search limit", () => {
    expect(allInputs(3)).toHaveLength(8);
    expect(g.configurations.length).toBeGreaterThan(8);
    expect(g.configurations.length).toBeLessThan(DEFAULT_SEARCH_LIMIT);
  });

  it("never answers unknown, and a fresh oracle agrees with it on sampled configurations", () => {
    const shared = sharedOracle(id);
    expect(sharedOracle(id)).toBe(shared);
    const sample = Array.from({ length: 60 }, (_, i) => g.configurations[Math.floor((i * 7919) % g.configurations.length)]);
    // Warm the shared memo from every initial configuration first (as games would), then ask a fresh oracle per query.
    for (const inputs of allInputs(3)) expect(shared.valency(initialConfiguration(protocol, inputs))).not.toBe("unknown");
    for (const c of sample) {
      const fresh = new ValencyOracle(protocol);
      const answer = shared.valency(c);
      expect(answer).not.toBe("unknown");
      expect(fresh.valency(c)).toBe(answer);
      for (const step of applicableSteps(c)) expect(shared.valency(applyStep(protocol, c, step))).toBe(new ValencyOracle(protocol).valency(applyStep(protocol, c, step)));
    }
  });

  it("warmed in slices, with queries between them, settles the whole graph exactly as one search does", () => {
    const starts = allInputs(3).map((inputs) => initialConfiguration(protocol, inputs));
    const oneShot = new ValencyOracle(protocol);
    starts.forEach((c) => oneShot.valency(c));
    const warmed = new ValencyOracle(protocol);
    let asked = 0;
    const slices = warmed.warm(starts, () => ++asked % 20 === 0); // a slice of about 320 configurations
    let yielded = 0;
    while (!slices.next().done) {
      // A game's query between two slices settles part of the graph on its own.
      if (yielded++ === 2) expect(warmed.valency(g.configurations[g.configurations.length >> 1])).not.toBe("unknown");
    }
    expect(yielded).toBeGreaterThanOrEqual(Math.floor(g.configurations.length / 400));
    expect(warmed.settled).toBe(g.configurations.length);
    g.configurations.forEach((c, i) => i % 5 === 0 && expect(warmed.valency(c)).toBe(oneShot.valency(c)));
    // Past its limit a warm settles nothing (it would be a guess).
    const small = new ValencyOracle(protocol, 5);
    for (const _ of small.warm(starts, () => true));
    expect(small.settled).toBe(0);
  });

  it("a fresh oracle with a limit below the graph says unknown rather than guess", () => {
    const small = new ValencyOracle(protocol, 5);
    const starts = allInputs(3).map((inputs) => initialConfiguration(protocol, inputs));
    const answers = starts.map((c) => small.valency(c));
    expect(answers).toContain("unknown");
    answers.forEach((a, i) => a === "unknown" || expect(a).toBe(sharedOracle(id).valency(starts[i])));
  });
});
