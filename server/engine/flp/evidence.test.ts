import { describe, expect, it } from "vitest";
import { applyStep, decidedMask, initialConfiguration, lemmaOneInputs } from "./model";
import { decisionEvidence, EvidenceMemo } from "./evidence";
import { FLP_PROTOCOLS, majorityLock } from "./protocols";
import { ValencyOracle } from "./valency";

describe("decision evidence", () => {
  it("gives, for every I_k of every protocol, a schedule to each value the oracle says is reachable, and none to the others", () => {
    for (const protocol of FLP_PROTOCOLS) {
      const oracle = new ValencyOracle(protocol);
      for (let k = 0; k <= 3; k++) {
        const root = initialConfiguration(protocol, lemmaOneInputs(3, k));
        const evidence = decisionEvidence(protocol, root);
        const mask = oracle.reachableMask(root) as number;
        for (const v of [0, 1] as const) {
          const schedule = evidence[v];
          expect(schedule !== null, `${protocol.id} I_${k} → ${v}`).toBe(Boolean(mask & (1 << v)));
          if (!schedule) continue;
          // Replayed, the schedule ends where some process has decided v.
          const end = schedule.reduce((c, step) => applyStep(protocol, c, step), root);
          expect(decidedMask(protocol, end) & (1 << v)).toBeTruthy();
        }
      }
    }
  });

  it("finds the shortest: from I_1, majority lock reaches either decision in four steps (a start, two locks on the value, one lock delivered)", () => {
    const evidence = decisionEvidence(majorityLock, initialConfiguration(majorityLock, lemmaOneInputs(3, 1)));
    expect(evidence[0]).toHaveLength(4);
    expect(evidence[1]).toHaveLength(4);
    // A search cut off early (ten configurations) claims nothing it has not found.
    expect(decisionEvidence(majorityLock, initialConfiguration(majorityLock, lemmaOneInputs(3, 1)), 10)[0]).toBeNull();
  });
});

describe("the evidence memo", () => {
  it("answers as the search does, the same object on a repeat, and the same again after it starts afresh", () => {
    const memo = new EvidenceMemo(majorityLock, 2);
    const roots = [1, 2, 0].map((k) => initialConfiguration(majorityLock, lemmaOneInputs(3, k)));
    const first = memo.of(roots[0]);
    expect(first).toEqual(decisionEvidence(majorityLock, roots[0]));
    expect(memo.of(roots[0])).toBe(first);
    for (const root of roots) expect(memo.of(root, 1)).toEqual(decisionEvidence(majorityLock, root, undefined, 1));
    expect(memo.of(roots[0])).toEqual(first);
  });
});
