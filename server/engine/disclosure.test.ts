import { describe, expect, it } from "vitest";
import { consensusParamsSchema, type ConsensusParams } from "./consensus/params";
import { visibleSeatList, type SeatOccupant } from "./disclosure";
import { SeededRandom } from "./prng";
import { SCENARIOS } from "./scenarios";
import type { AnyScenario } from "./scenario";

const json = (v: unknown) => JSON.stringify(v);

/** A few valid parameter sets per scenario, generated from each one's own schema. */
function sampleParams(scenario: AnyScenario, r: SeededRandom): unknown[] {
  const out: unknown[] = [scenario.paramsSchema.parse({})];
  for (let i = 0; i < 20; i++) {
    if (scenario.id === "generals") out.push(scenario.paramsSchema.parse({ enemy: ["none", "bot", "human"][r.int(0, 2)], crossingTicks: r.int(1, 4), dawnTick: r.int(5, 40), captureProbability: r.int(0, 9) / 10 }));
    if (scenario.id === "lovers") out.push(scenario.paramsSchema.parse({ lossProbability: r.int(0, 9) / 10, luckyNight: r.float() < 0.5 }));
    if (scenario.id === "consensus") out.push(randomConsensus(r));
  }
  return out;
}

function randomConsensus(r: SeededRandom, base: Partial<ConsensusParams> = {}): ConsensusParams {
  const n = base.n ?? r.int(3, 7);
  const f = r.int(0, Math.floor((n - 1) / 2));
  const crashes = [];
  for (let p = 1; p <= n && crashes.length < f; p++) if (r.float() < 0.3) crashes.push({ process: p, tick: r.int(1, 60) });
  return consensusParamsSchema.parse({
    n,
    inputs: Array.from({ length: n }, () => r.int(0, 1)),
    detector: base.detector ?? ["P", "EP", "S", "ES", "W", "EW"][r.int(0, 5)],
    gst: r.int(0, 100),
    maxDelay: r.int(1, 10),
    mistakeRate: r.int(0, 10) / 10,
    crashes,
    f,
    maxTicks: base.maxTicks ?? 150,
    adversary: ["none", "bot", "human"][r.int(0, 2)],
    sandbox: base.sandbox ?? false,
  });
}

describe("every scenario's disclosure", () => {
  const r = new SeededRandom(11);
  for (const scenario of Object.values(SCENARIOS) as AnyScenario[]) {
    it(`${scenario.id}: each seat's view carries exactly the params announced to that seat`, () => {
      for (const params of sampleParams(scenario, r)) {
        const state = scenario.create(params, 5);
        for (const seat of scenario.seats(params) as string[]) {
          const view = scenario.view(state, seat) as { params: unknown };
          expect(json(view.params)).toBe(json(scenario.disclosure.announcedParams(params, seat)));
        }
      }
    });
  }
});

describe("announced parameters hide the hidden ones", () => {
  it("the lovers are never told whether it is a lucky night", () => {
    const lovers = SCENARIOS.lovers;
    for (const lossProbability of [0, 0.3, 0.9]) {
      for (const seat of ["alice", "bob", null] as const) {
        const plain = lovers.disclosure.announcedParams(lovers.paramsSchema.parse({ lossProbability }), seat);
        const lucky = lovers.disclosure.announcedParams(lovers.paramsSchema.parse({ lossProbability, luckyNight: true }), seat);
        expect(json(lucky)).toBe(json(plain));
      }
    }
  });

  it("a process (and a student in the lobby) is told the same whatever GST, Δ, crashes, f, inputs and the adversary are", () => {
    const consensus = SCENARIOS.consensus;
    const r = new SeededRandom(12);
    let adversaryToldMore = 0;
    for (let pair = 0; pair < 500; pair++) {
      // Two worlds that share only what processes are told.
      const shared = { n: r.int(3, 7), detector: (["P", "EP", "S", "ES", "W", "EW"] as const)[r.int(0, 5)], maxTicks: r.int(10, 300), sandbox: r.float() < 0.3 };
      const a = randomConsensus(r, shared);
      const b = randomConsensus(r, shared);
      for (const seat of [...consensus.seats(a).filter((s) => s !== "adversary"), null]) {
        expect(json(consensus.disclosure.announcedParams(b, seat))).toBe(json(consensus.disclosure.announcedParams(a, seat)));
      }
      if (json(consensus.disclosure.announcedParams(a, "adversary")) !== json(consensus.disclosure.announcedParams(b, "adversary"))) adversaryToldMore++;
      // At the start, a process whose own input is the same sees the same bytes in both worlds.
      const sameInput = consensusParamsSchema.parse({ ...b, inputs: b.inputs?.map((v, i) => (i === 0 ? a.inputs?.[0] : v)) });
      expect(json(consensus.view(consensus.create(sameInput, 9), "p1"))).toBe(json(consensus.view(consensus.create(a, 3), "p1")));
    }
    expect(adversaryToldMore).toBeGreaterThan(400);
  });
});

describe("seat lists", () => {
  const bot = (seat: string, strategy: string): SeatOccupant => ({ seat, kind: "bot", name: strategy });
  const human = (seat: string, name: string): SeatOccupant => ({ seat, kind: "human", name });

  it("a process never learns that there is an adversary, nor its strategy; the adversary sees everyone", () => {
    const consensus = SCENARIOS.consensus;
    const params = consensusParamsSchema.parse({ n: 3, adversary: "bot" });
    const processes = [human("p1", "Ada"), bot("p2", "protocol"), bot("p3", "protocol")];
    const lists = ["random", "stubborn"].map((strategy) => [...processes, bot("adversary", strategy)]);
    const noAdversary = consensusParamsSchema.parse({ n: 3 });
    for (const viewer of ["p1", "p2", "p3"]) {
      const seen = lists.map((seats) => json(visibleSeatList(consensus.disclosure, params, viewer, seats, false)));
      expect(seen[1]).toBe(seen[0]);
      expect(seen[0]).toBe(json(visibleSeatList(consensus.disclosure, noAdversary, viewer, processes, false)));
      expect(seen[0]).not.toContain("adversary");
    }
    expect(visibleSeatList(consensus.disclosure, params, "adversary", lists[0], false)).toEqual(lists[0]);
    expect(visibleSeatList(consensus.disclosure, params, "p1", lists[1], true)).toEqual(lists[1]);
  });

  it("a general sees that a bot Enemy is there, not which strategy it plays; the Enemy sees everyone", () => {
    const generals = SCENARIOS.generals;
    const params = generals.paramsSchema.parse({ enemy: "bot" });
    const lists = ["adversarial", "random"].map((strategy) => [human("A", "Ada"), bot("B", "bold"), bot("enemy", strategy)]);
    for (const viewer of ["A", "B"]) {
      const seen = lists.map((seats) => visibleSeatList(generals.disclosure, params, viewer, seats, false));
      expect(json(seen[1])).toBe(json(seen[0]));
      expect(seen[0].find((s) => s.seat === "enemy")).toEqual({ seat: "enemy", kind: "bot", name: null });
    }
    expect(visibleSeatList(generals.disclosure, params, "A", lists[0], false).find((s) => s.seat === "B")?.name).toBe("bold");
    expect(visibleSeatList(generals.disclosure, params, "enemy", lists[0], false)).toEqual(lists[0]);
    expect(visibleSeatList(generals.disclosure, params, "A", lists[1], true)).toEqual(lists[1]);
  });
});

describe("a Bot API bot in the seat list", () => {
  const seats: SeatOccupant[] = [
    { seat: "A", kind: "human", name: "Ada" },
    { seat: "B", kind: "human", name: "Chainbot", botId: "bot-1234" },
  ];
  const only = (shown: "occupant" | "strategy") => ({ announcedParams: () => ({}), seatVisibility: () => shown });

  it("lists it as a bot; its name and id go only where a bot's strategy may", () => {
    expect(visibleSeatList(only("strategy"), {}, "A", seats, false)).toEqual([
      { seat: "A", kind: "human", name: "Ada" },
      { seat: "B", kind: "bot", name: "Chainbot", botId: "bot-1234" },
    ]);
    expect(visibleSeatList(only("occupant"), {}, "A", seats, false)).toEqual([
      { seat: "A", kind: "human", name: "Ada" },
      { seat: "B", kind: "bot", name: null },
    ]);
    // Its own seat, and everyone once the game is over, see it whole.
    expect(visibleSeatList(only("occupant"), {}, "B", seats, false)[1]).toEqual({ seat: "B", kind: "bot", name: "Chainbot", botId: "bot-1234" });
    expect(visibleSeatList(only("occupant"), {}, "A", seats, true)[1]).toEqual({ seat: "B", kind: "bot", name: "Chainbot", botId: "bot-1234" });
  });
});

