import { describe, expect, it } from "vitest";
import { PresenterState } from "../../classroom/presenter";
import { simulate } from "../simulate";
import { consensus } from "./index";
import { paxosMatchingQuestions } from "./matching";
import { consensusParamsSchema } from "./params";
import type { ConsensusState } from "./types";

describe("the Paxos matching debrief", () => {
  it("asks each lecture term once, its Paxos twin among four options, and reveals the sentence", () => {
    const qs = paxosMatchingQuestions();
    expect(qs.map((q) => q.correct)).toEqual(["ballot", "proposer", "promise", "accept", "accepted", "announce"]);
    for (const q of qs) {
      expect(q.options).toHaveLength(4);
      expect(q.options.map((o) => o.id)).toContain(q.correct);
      expect(Object.keys(q.outcomes).sort()).toEqual(q.options.map((o) => o.id).sort());
      expect(q.reveal.length).toBeGreaterThan(40);
    }
  });

  it("the presenter asks the run's question first, then the matching, then the run's again", () => {
    const params = consensusParamsSchema.parse({ n: 5, detector: "ES" });
    const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, "protocol"]));
    const run = simulate<ConsensusState>({ scenario: consensus, params, seed: 2, strategies });
    const timeline = consensus.timeline!(run.state, run.traceEvents());
    let id = 0;
    const p = new PresenterState(1, { gameId: "g", group: 1, unsafe: false, botFinished: false, timeline }, "undecided", consensus.presenter!, () => `q${++id}`);
    const prompts: string[] = [];
    for (let i = 0; i < 8; i++) {
      expect(p.ask()).toBeNull();
      prompts.push(p.studentQuestion("s")!.prompt);
      expect(p.reveal()).toBeNull();
    }
    expect(prompts[0]).toMatch(/Will every process that does not crash decide/);
    expect(prompts[1]).toMatch(/what does Paxos call round r\?/);
    expect(prompts[6]).toMatch(/what does Paxos call DECIDE\?/);
    expect(prompts[7]).toBe(prompts[0]);
  });
});
