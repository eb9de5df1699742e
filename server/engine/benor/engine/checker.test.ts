import { describe, expect, it } from "vitest";
import { checkBenOr } from "./checker";
import { createBenOr, type BenOrState } from "./game";

function withDecisions(decisions: (0 | 1 | null)[], crashed: number[] = [], inputs: (0 | 1)[] = [0, 1, 1]): BenOrState {
  const s = createBenOr({ n: 3, inputs }, 1);
  return { ...s, crashed, processes: s.processes.map((p, i) => ({ ...p, decided: decisions[i], decidedRound: decisions[i] === null ? null : 1 })) };
}

describe("the Ben-Or checker", () => {
  it("passes a run where every live process decided one input", () => {
    expect(checkBenOr(withDecisions([1, 1, null], [2])).ok).toBe(true);
  });
  it("catches disagreement, an invented value and a live process that never decided", () => {
    expect(checkBenOr(withDecisions([0, 1, 1])).agreement).toEqual({ ok: false, values: [0, 1] });
    expect(checkBenOr(withDecisions([0, 0, 0], [], [1, 1, 1])).validity).toEqual({ ok: false, invalid: [0] });
    expect(checkBenOr(withDecisions([1, null, 1])).termination).toEqual({ ok: false, undecided: [1] });
    // A crashed process's decision still counts for agreement.
    expect(checkBenOr(withDecisions([0, 1, 1], [0])).agreement.ok).toBe(false);
  });
});
