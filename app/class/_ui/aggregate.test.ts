import { describe, expect, it } from "vitest";
import type { GameMetrics } from "@/server/protocol/classroom";
import { byKind, byMessages, byStrategy, histogram, outcomeCounts, tally } from "./aggregate";

const game = (over: Partial<GameMetrics>): GameMetrics => ({
  outcome: "victory",
  success: true,
  unsafe: false,
  messages: 3,
  depth: 2,
  roundsToDecide: null,
  verdictOk: null,
  botFinished: false,
  strategies: {},
  ...over,
});

const games = [
  game({}),
  game({ outcome: "defeat-A", success: false, unsafe: true, messages: 1, depth: 0, strategies: { B: "bold" } }),
  game({ outcome: "no-battle", success: false, messages: 3, depth: 1, strategies: { B: "bold" } }),
];

describe("class aggregates", () => {
  it("tallies outcomes and means", () => {
    expect(tally(games)).toMatchObject({ games: 3, success: 1, unsafe: 1, neither: 1, meanMessages: 7 / 3, meanDepth: 1, meanRounds: null, verdicts: 0 });
  });

  it("draws a gap-free histogram split by outcome class", () => {
    expect(histogram(games, (m) => m.depth)).toEqual([
      { value: 0, success: 0, neither: 0, unsafe: 1 },
      { value: 1, success: 0, neither: 1, unsafe: 0 },
      { value: 2, success: 1, neither: 0, unsafe: 0 },
    ]);
    expect(histogram(games, (m) => m.roundsToDecide)).toEqual([]);
  });

  it("splits games by messages sent, bucketed when wide", () => {
    expect(byMessages(games)).toEqual([
      { bucket: "1", games: 1, success: 0, neither: 0, unsafe: 1 },
      { bucket: "3", games: 2, success: 1, neither: 1, unsafe: 0 },
    ]);
    const wide = byMessages([game({ messages: 0 }), game({ messages: 40, success: false })]);
    expect(wide.map((b) => b.bucket)).toEqual(["0–5", "36–41"]);
  });

  it("groups by bot line-up and orders outcomes good first", () => {
    expect(byStrategy(games)).toEqual([
      { strategy: "students only", success: 1, neither: 0, unsafe: 0 },
      { strategy: "B: bold", success: 0, neither: 1, unsafe: 1 },
    ]);
    expect(outcomeCounts(games).map((o) => o.outcome)).toEqual(["victory", "no-battle", "defeat-A"]);
  });
});

describe("seat kinds, side by side", () => {
  it("counts per kind the games it played in, its mean score and how those games ended", () => {
    const mixed = [
      game({ seatKinds: [{ seat: "A", kind: "person", score: 10 }, { seat: "B", kind: "studentBot", score: 6 }] }),
      game({ outcome: "defeat-A", success: false, unsafe: true, seatKinds: [{ seat: "A", kind: "studentBot", score: 0 }, { seat: "B", kind: "house", score: 2 }] }),
      // Two people in one game: one game, two seats.
      game({ outcome: "no-battle", success: false, seatKinds: [{ seat: "A", kind: "person", score: 3 }, { seat: "B", kind: "person", score: 5 }] }),
      // Metrics from before seat kinds: counted for no kind.
      game({}),
    ];
    expect(byKind(mixed)).toEqual([
      { kind: "person", games: 2, seats: 3, meanScore: 6, success: 1, neither: 1, unsafe: 0 },
      { kind: "studentBot", games: 2, seats: 2, meanScore: 3, success: 1, neither: 0, unsafe: 1 },
      { kind: "house", games: 1, seats: 1, meanScore: 2, success: 0, neither: 0, unsafe: 1 },
    ]);
    expect(byKind([game({})])).toEqual([]);
  });
});
