import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../engine/scenarios";
import { parOf } from "./nights";
import { arenaEntries } from "./results";

const unsafeOutcome = SCENARIOS.generals.outcomes.find((o) => SCENARIOS.generals.outcomeClass({ outcome: o, seats: {} }) === "unsafe") as string;
const goodOutcome = SCENARIOS.generals.outcomes.find((o) => SCENARIOS.generals.outcomeClass({ outcome: o, seats: {} }) === "good") as string;

describe("arena results", () => {
  const par = parOf("generals", 12345);
  const seats = [
    { seat: "A", botId: "bot-a", score: par.A + 1, timeouts: 0, refused: 1 },
    { seat: "B", botId: null, score: 0, timeouts: 0, refused: 0 },
  ];

  it("judges only the Bot API seats against par on their night, failures included", () => {
    const [entry, ...rest] = arenaEntries({ scenario: "generals", seed: 12345 }, { outcome: goodOutcome, seats: {} }, seats, new Map());
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ seat: "A", botId: "bot-a", parScore: par.A, result: 1, timeouts: 0, refused: 1, unsafe: false });
    expect(entry.before.rating).toBe(1500);
    expect(entry.after.rating).toBeGreaterThan(1500);
  });

  it("rates a seat that timed out a loss, even at or above par (the stand-in plays par)", () => {
    for (const score of [par.A, par.A + 1]) {
      const [entry] = arenaEntries({ scenario: "generals", seed: 12345 }, { outcome: goodOutcome, seats: {} }, [{ ...seats[0], score, timeouts: 1 }], new Map());
      expect(entry).toMatchObject({ result: 0, timeouts: 1 });
      expect(entry.after.rating).toBeLessThan(1500);
    }
  });

  it("marks an unsafe ending on a player seat, and starts from the bot's rating", () => {
    const before = new Map([["bot-a", { rating: 1700, rd: 80, volatility: 0.06 }]]);
    const [entry] = arenaEntries({ scenario: "generals", seed: 12345 }, { outcome: unsafeOutcome, seats: {} }, [{ ...seats[0], score: par.A - 1 }], before);
    expect(entry).toMatchObject({ unsafe: true, result: 0 });
    expect(entry.before.rating).toBe(1700);
    expect(entry.after.rating).toBeLessThan(1700);
  });
});
