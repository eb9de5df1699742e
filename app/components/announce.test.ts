import { describe, expect, it } from "vitest";
import { announceGenerals } from "@/app/_scenarios/generals/announce";
import { announceConsensus } from "@/app/_scenarios/consensus/announce";

const general = (over: object) => ({ phase: "running", received: [], knowledge: { depth: 0, sentence: "You do not know the plan yet" }, ...over });

describe("the game screen's live region words", () => {
  it("says one sentence per arrival and per knowledge change, nothing for a quiet tick", () => {
    const before = general({});
    expect(announceGenerals(before, general({ tick: 2 }))).toEqual([]);
    const after = general({ received: [{ id: 1, kind: "plan", arrivedAt: 3 }], knowledge: { depth: 1, sentence: "You know the plan" } });
    expect(announceGenerals(before, after)).toEqual(["Message 1 reached you: the plan.", "You know the plan."]);
    const two = general({ received: [{ id: 1, kind: "plan", arrivedAt: 3 }, { id: 2, kind: "plan", arrivedAt: 3 }] });
    expect(announceGenerals(before, two)).toEqual(["2 messages reached you."]);
  });

  it("says nothing for the first view, and the end once", () => {
    expect(announceGenerals(null, general({}))).toEqual([]);
    expect(announceGenerals(general({}), general({ phase: "finished" }))).toEqual(["The game is over: the outcome is below."]);
    expect(announceGenerals(general({ phase: "finished" }), general({ phase: "finished", tick: 21 }))).toEqual([]);
  });

  it("tells a consensus process what reached it, its new round, suspicions and decision", () => {
    const p = (over: object) => ({ role: "process", phase: "running", inbox: [], round: 1, coordinator: 1, suspects: [], decided: null, crashed: false, ...over });
    const after = p({ inbox: [{ id: 1, from: 2, at: 1, payload: { kind: "opinion", round: 1, value: 0, ts: 0 } }], round: 2, coordinator: 2, suspects: [3], decided: { value: 0, round: 1, tick: 2 } });
    expect(announceConsensus(p({}), after)).toEqual(["p2 sent you an opinion (round 1).", "Round 2 begins; p2 coordinates.", "Your detector now suspects p3.", "You decided 0."]);
    expect(announceConsensus(after, { ...after, tick: 5 })).toEqual([]);
  });
});
