import { describe, expect, it } from "vitest";
import { generals } from "./generals";
import { GENERALS_WORDS } from "./generals/knowledge";
import { generalsParamsSchema } from "./generals/params";
import type { GeneralView } from "./generals/view";
import { lovers } from "./lovers";
import { loversParamsSchema } from "./lovers/params";
import type { LoverView } from "./lovers/view";
import { GameRecord } from "./record";
import type { AnyScenario } from "./scenario";
import { simulate } from "./simulate";
import { frameAt, knownDepthIn, ladderOf, partyViewAt, type Timeline, type TimelineMessage } from "./timeline";

const msg = (id: number, from: "A" | "B", sentAt: number, fate: TimelineMessage["fate"], settledAt = sentAt + 2): TimelineMessage => ({
  id, from, to: from === "A" ? "B" : "A", label: from === "A" ? "plan" : "ack", acked: from === "B" ? 1 : 0, sentAt, arrivesAt: sentAt + 2, fate, settledAt, lostBy: fate === "lost" ? "chance" : null,
});

function handMade(messages: TimelineMessage[]): Timeline {
  const t: Timeline = {
    scenario: "generals", ladder: "twoParty", parties: [{ id: "A", name: "General A" }, { id: "B", name: "General B" }], endTick: 10, endLabel: "dawn", clock: "tick",
    messages, decisions: [{ party: "A", tick: 5, label: "attack", acts: true, byDefault: false }, { party: "B", tick: 10, label: "held", acts: false, byDefault: true }],
    rungs: [], words: GENERALS_WORDS, outcome: "defeat-A", scores: { A: -10, B: -5 },
  };
  return { ...t, rungs: ladderOf(t) };
}

// A's plan arrives at 2; B's ack is lost at 4; B's second ack arrives at 7; A's last plan is still crossing at dawn.
const story = handMade([msg(1, "A", 0, "delivered"), msg(2, "B", 2, "lost"), msg(3, "B", 5, "delivered"), msg(4, "A", 9, "late", 10)]);

describe("the replay model at chosen times", () => {
  it("shows nothing but the start at tick 0, messages on their way mid-crossing, fates once settled", () => {
    expect(frameAt(story, 0).messages.map((m) => [m.message.id, m.status])).toEqual([[1, "in-flight"]]);
    const three = frameAt(story, 3);
    expect(three.messages.map((m) => [m.message.id, m.status, "progress" in m ? m.progress : null])).toEqual([
      [1, "delivered", null],
      [2, "in-flight", 0.5],
    ]);
    expect(three.rungs.map((r) => [r.level, r.party, r.tick])).toEqual([[1, "B", 2]]);
    expect(three.decisions).toEqual([]);
    const six = frameAt(story, 6);
    expect(six.messages.map((m) => [m.message.id, m.status])).toEqual([[1, "delivered"], [2, "lost"], [3, "in-flight"]]);
    expect(six.decisions.map((d) => d.label)).toEqual(["attack"]);
    const end = frameAt(story, 99);
    expect(end.tick).toBe(10);
    expect(end.messages.map((m) => [m.message.id, m.status])).toEqual([[1, "delivered"], [2, "lost"], [3, "delivered"], [4, "in-flight"]]);
    expect(end.rungs.map((r) => r.level)).toEqual([1, 2]);
  });

  it("gives each party only its own side: sent without fates, what reached it, its own rungs", () => {
    const a = partyViewAt(story, "A", 8);
    expect(a.sent).toEqual([{ id: 1, label: "plan", sentAt: 0 }]);
    expect(a.received).toEqual([{ id: 3, label: "ack", from: "B", arrivedAt: 7 }]);
    expect(a.rungs.map((r) => r.sentence)).toEqual(["A knows that B knows the plan"]);
    expect(a.decision?.label).toBe("attack");
    const b = partyViewAt(story, "B", 4);
    expect(b.sent).toEqual([{ id: 2, label: "ack", sentAt: 2 }]);
    expect(JSON.stringify(b)).not.toMatch(/lost|delivered|fate/);
  });
});

/** States at the end of every tick, by replaying the game's inputs. */
function frames(scenario: AnyScenario, params: unknown, seed: number, inputs: { type: string }[]): unknown[] {
  const record = new GameRecord(scenario, params, seed);
  const states = [record.state];
  for (const input of inputs) {
    record.apply(input);
    if (input.type === "tick") states.push(record.state);
    else states[states.length - 1] = record.state;
  }
  return states;
}

type SeatViewish = Pick<GeneralView, "sent" | "received"> & { knowledge: { rungs: { level: number; tick: number }[] } };

describe("a party's view in the timeline matches what the server showed that seat, at every tick", () => {
  const cases: [AnyScenario, unknown, Record<string, string>][] = [
    [generals, generalsParamsSchema.parse({ captureProbability: 0.35 }), { A: "chain-6", B: "chain-6" }],
    [lovers, loversParamsSchema.parse({ lossProbability: 0.35 }), { alice: "chain-4", bob: "chain-4" }],
  ];
  for (const [scenario, params, strategies] of cases) {
    it(scenario.id, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const game = simulate({ scenario, params, seed, strategies });
        const timeline = scenario.timeline(game.state, game.events);
        frames(scenario, params, seed, game.inputs).forEach((state, tick) => {
          for (const party of timeline.parties) {
            const view = scenario.view(state, party.id) as SeatViewish & (GeneralView | LoverView);
            const mine = partyViewAt(timeline, party.id, tick);
            // The replay names messages by their game-wide ids (everything is revealed then); the
            // seat saw its own frame: the same messages, in the same order, numbered 1, 2, 3…
            expect(mine.sent.map((m, i) => [i + 1, m.sentAt])).toEqual(view.sent.map((m) => [m.id, m.sentAt]));
            expect(mine.received.map((m, i) => [i + 1, m.arrivedAt])).toEqual(view.received.map((m) => [m.id, m.arrivedAt]));
            expect(mine.rungs.map((r) => [r.level, r.tick])).toEqual(view.knowledge.rungs.map((r) => [r.level, r.tick]));
            const decided = "commitment" in view ? view.commitment : view.decision;
            if (view.phase === "running") expect(mine.decision?.tick ?? null).toBe(decided?.tick ?? null);
          }
        });
        const result = scenario.summarize(game.state).seats as Record<string, { depth: number | null }>;
        for (const party of timeline.parties) expect(knownDepthIn(timeline, party.id)).toBe(result[party.id].depth);
      }
    });
  }
});
