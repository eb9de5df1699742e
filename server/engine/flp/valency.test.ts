import { describe, expect, it } from "vitest";
import { initialConfiguration, lemmaOneInputs } from "./model";
import { FLP_PROTOCOLS, majorityLock, waitForAll, waitForNMinusOne } from "./protocols";
import { ValencyOracle, valencyOfMask } from "./valency";
import { exploreAll, sweptMasks, walkedMask } from "./explore.testing";

/** A fixed shuffle (a linear congruential stride), so the oracle's memo is hit in an unplanned order. */
function shuffled(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let s = seed;
  for (let i = length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

describe("the valency oracle", () => {
  for (const protocol of FLP_PROTOCOLS) {
    it(`${protocol.id}, n = 3: equals the plain sweep on every reachable configuration, and a depth-first walk on a sample`, () => {
      const g = exploreAll(protocol, 3);
      const swept = sweptMasks(protocol, g);
      const oracle = new ValencyOracle(protocol);
      for (const i of shuffled(g.configurations.length, 7)) {
        expect(oracle.reachableMask(g.configurations[i]), g.keys[i]).toBe(swept[i]);
      }
      for (const i of shuffled(g.configurations.length, 11).slice(0, 20)) {
        expect(walkedMask(protocol, g.configurations[i]), g.keys[i]).toBe(swept[i]);
      }
    });
  }

  it("answers each next step's valency, consistent with the configuration's own", () => {
    const oracle = new ValencyOracle(majorityLock);
    const c = initialConfiguration(majorityLock, [1, 0, 0]);
    const next = oracle.nextSteps(c);
    expect(next.length).toBe(3); // λ for each process: the buffer is empty
    expect(oracle.valency(c)).toBe("bivalent");
    // Some next step keeps it bivalent (Lemma 3 needs one); none reaches a decision the configuration could not.
    expect(next.some((s) => s.valency === "bivalent")).toBe(true);
  });

  it("says unknown, not a guess, when the search passes its limit, and settles nothing then", () => {
    const oracle = new ValencyOracle(majorityLock, 50);
    expect(oracle.valency(initialConfiguration(majorityLock, [1, 0, 0]))).toBe("unknown");
    expect(oracle.settled).toBe(0);
  });

  it("Lemma 1 on the menu: I_0 is 0-valent and I_n 1-valent; majority lock has bivalent I_k, waiting for everyone has none", () => {
    for (const protocol of FLP_PROTOCOLS) {
      const oracle = new ValencyOracle(protocol);
      const valencies = [0, 1, 2, 3].map((k) => oracle.valency(initialConfiguration(protocol, lemmaOneInputs(3, k))));
      expect(valencies[0], protocol.id).toBe("0");
      expect(valencies[3], protocol.id).toBe("1");
      if (protocol === majorityLock) expect(valencies.slice(1, 3)).toEqual(["bivalent", "bivalent"]);
      if (protocol === waitForAll) expect(valencies).toEqual(["0", "0", "1", "1"]);
      if (protocol === waitForNMinusOne) expect(valencies.slice(1, 3)).toEqual(["0", "bivalent"]); // a tie of two known inputs decides 0
    }
  });

  it("names masks", () => {
    expect([0, 1, 2, 3].map(valencyOfMask)).toEqual(["none", "0", "1", "bivalent"]);
  });
});
