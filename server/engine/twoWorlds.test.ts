import { describe, expect, it } from "vitest";
import { generals } from "./generals";
import { GENERAL_STRATEGIES } from "./generals/bots";
import { GENERALS_WORDS } from "./generals/knowledge";
import { generalsParamsSchema } from "./generals/params";
import { lovers } from "./lovers";
import { LOVERS_STRATEGIES } from "./lovers/bots";
import { loversParamsSchema } from "./lovers/params";
import type { AnyScenario } from "./scenario";
import { simulate } from "./simulate";
import { chainIn, knownDepthIn, ladderOf, partyViewAt, type Timeline, type TimelineMessage } from "./timeline";
import { knowledgeAt, twoWorlds } from "./twoWorlds";

const msg = (id: number, from: "A" | "B", sentAt: number, fate: TimelineMessage["fate"], acked = from === "B" ? 1 : 0, settledAt = sentAt + 2): TimelineMessage => ({
  id, from, to: from === "A" ? "B" : "A", label: from === "A" ? "plan" : "ack", acked, sentAt, arrivesAt: sentAt + 2, fate, settledAt, lostBy: fate === "lost" ? "chance" : null,
});

function handMade(messages: TimelineMessage[], endTick = 10): Timeline {
  const t: Timeline = {
    scenario: "generals", ladder: "twoParty", parties: [{ id: "A", name: "General A" }, { id: "B", name: "General B" }], endTick, endLabel: "dawn", clock: "tick",
    messages, decisions: [], rungs: [], words: GENERALS_WORDS, outcome: "no-battle", scores: { A: 0, B: 0 },
  };
  return { ...t, rungs: ladderOf(t) };
}

/** The receiver's knowledge (depth, chain) in a world once `m` has (or would have) arrived. */
const knows = (t: Timeline, m: TimelineMessage) => knowledgeAt(t, m.to, m.fate === "delivered" ? m.settledAt : m.arrivesAt);

describe("the two worlds of a game", () => {
  it("takes the last message whose arrival raised its receiver's knowledge, not a later repeat", () => {
    // A's plan arrives at 2 (B knows the plan); A repeats the plan at 5 and it arrives at 7: a repeat.
    const repeat = handMade([msg(1, "A", 0, "delivered"), msg(2, "A", 5, "delivered")]);
    const worlds = twoWorlds(repeat);
    expect(worlds?.message.id).toBe(1); // the old debrief took #2, whose two worlds were identical
    expect(worlds?.why).toBe("raised");
    if (!worlds) return;
    expect(knows(worlds.actual, worlds.message)).toEqual({ depth: 1, chain: 1 });
    expect(knows(worlds.other, worlds.message)).toEqual({ depth: 0, chain: 0 });
    expect(partyViewAt(worlds.other, "A", 10)).toEqual(partyViewAt(worlds.actual, "A", 10));
  });

  it("flips the last knowledge-raising arrival; its sender's view is identical in both worlds, the receiver's depth is not", () => {
    // A's plan arrives at 2; B's ack is lost at 4; B's second ack arrives at 7; A's last plan is still crossing at dawn.
    const story = handMade([msg(1, "A", 0, "delivered"), msg(2, "B", 2, "lost"), msg(3, "B", 5, "delivered"), msg(4, "A", 9, "late", 1, 10)]);
    const worlds = twoWorlds(story);
    expect(worlds?.message.id).toBe(3);
    if (!worlds) return;
    expect(worlds.other.messages.find((m) => m.id === 3)?.fate).toBe("lost");
    expect(partyViewAt(worlds.other, "B", 10)).toEqual(partyViewAt(worlds.actual, "B", 10));
    expect(chainIn(worlds.actual, "A")).toBe(2);
    expect(chainIn(worlds.other, "A")).toBe(0);
  });

  it("with no arrival that taught anything, says so and takes the first lost message that would have", () => {
    const lostPlans = handMade([msg(1, "A", 0, "lost"), msg(2, "A", 3, "lost")]);
    const worlds = twoWorlds(lostPlans);
    expect(worlds).toMatchObject({ why: "would-raise", message: { id: 1 } });
    if (!worlds) return;
    expect(worlds.other.messages[0]).toMatchObject({ fate: "delivered", settledAt: 2 });
    expect(knownDepthIn(worlds.other, "B")).toBeGreaterThan(knownDepthIn(worlds.actual, "B"));
    expect(knows(worlds.other, worlds.message).depth).toBe(1);
  });

  it("never takes a message whose sender heard back after it arrived", () => {
    // #1 arrives at 2 and B's ack (sent at 3) reaches A at 5: A could tell; #2 (the ack) is the one to flip.
    const worlds = twoWorlds(handMade([msg(1, "A", 0, "delivered"), msg(2, "B", 3, "delivered")]));
    expect(worlds?.message.id).toBe(2);
  });

  it("has no worlds to compare when no message settled", () => {
    expect(twoWorlds(handMade([]))).toBeNull();
    expect(twoWorlds(handMade([msg(1, "A", 9, "late", 0, 10)]))).toBeNull();
  });
});

describe("on generated two-party games", () => {
  const cases: [AnyScenario, (p: number) => unknown, readonly string[], [string, string]][] = [
    [generals, (p) => generalsParamsSchema.parse({ captureProbability: p }), GENERAL_STRATEGIES, ["A", "B"]],
    [lovers, (p) => loversParamsSchema.parse({ lossProbability: p }), LOVERS_STRATEGIES, ["alice", "bob"]],
  ];
  for (const [scenario, paramsAt, strategies, [first, second]] of cases) {
    it(`${scenario.id}: a message said to change knowledge does, and its sender sees the same in both worlds`, () => {
      let raised = 0;
      for (let seed = 1; seed <= 120; seed++) {
        const params = paramsAt([0.1, 0.3, 0.5][seed % 3]);
        const strategyPair = { [first]: strategies[seed % strategies.length], [second]: strategies[(seed * 7) % strategies.length] };
        const game = simulate({ scenario, params, seed, strategies: strategyPair });
        const timeline = scenario.timeline(game.state, game.events);
        const worlds = twoWorlds(timeline);
        const label = `seed ${seed} ${JSON.stringify(strategyPair)}`;
        if (!worlds) {
          expect(timeline.messages.every((m) => m.fate === "late"), label).toBe(true);
          continue;
        }
        const m = worlds.message;
        const arrived = m.fate === "delivered" ? worlds.actual : worlds.other;
        const lost = m.fate === "delivered" ? worlds.other : worlds.actual;
        if (worlds.why !== "none") {
          const a = knows(arrived, m);
          const l = knows(lost, m);
          expect(a, label).not.toEqual(l);
          expect(a.depth >= l.depth && a.chain >= l.chain, label).toBe(true);
        }
        if (worlds.why === "raised") {
          raised++;
          expect(m.fate, label).toBe("delivered");
          // No later arrival whose sender could not hear back raised anything.
          for (const later of timeline.messages.filter((x) => x.fate === "delivered" && x.settledAt > m.settledAt)) {
            const lostLater = { ...timeline, messages: timeline.messages.map((x) => (x.id === later.id ? { ...x, fate: "lost" as const } : x)) };
            const heardBack = timeline.messages.some((r) => r.from === later.to && r.to === later.from && r.fate === "delivered" && r.sentAt >= later.settledAt);
            if (!heardBack) expect(knows({ ...lostLater, rungs: ladderOf(lostLater) }, later), label).toEqual(knows(timeline, later));
          }
        }
        if (worlds.why === "would-raise") expect(m.fate, label).toBe("lost");
        // The sender's own view is the same in both worlds.
        expect(partyViewAt(worlds.other, m.from, timeline.endTick), label).toEqual(partyViewAt(worlds.actual, m.from, timeline.endTick));
        // Nothing else changed.
        expect(worlds.other.messages.filter((x) => x.id !== m.id)).toEqual(timeline.messages.filter((x) => x.id !== m.id));
      }
      expect(raised).toBeGreaterThan(30);
    });
  }
});
