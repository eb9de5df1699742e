import { describe, expect, it } from "vitest";
import { playedNight } from "../storage/challengeNights.testing";
import { scoreChallengeTrace } from "./night";

const night = () => playedNight({ id: "g-night", challengeId: "foggy-valley", seedIndex: 1, playerId: "player-1", nickname: "Ada", finishedAt: new Date("2026-11-23T10:00:00Z") });

describe("scoreChallengeTrace", () => {
  it("scores the night for the player in the challenge seat", () => {
    const scored = scoreChallengeTrace(night().trace, "foggy-valley", 1);
    expect(scored).toMatchObject({ playerId: "player-1", seedIndex: 1 });
    expect("score" in scored && Number.isInteger(scored.score)).toBe(true);
  });

  it.each([
    ["another challenge", (t: ReturnType<typeof night>["trace"]) => t, "half-lost", 1],
    ["another night's seed", (t: ReturnType<typeof night>["trace"]) => t, "foggy-valley", 0],
    ["changed parameters", (t: ReturnType<typeof night>["trace"]) => ({ ...t, params: { ...t.params, captureProbability: 0 } }), "foggy-valley", 1],
    ["a bot in the player's seat", (t: ReturnType<typeof night>["trace"]) => ({ ...t, seats: t.seats.map((s) => ({ ...s, kind: "bot" as const, playerId: null })) }), "foggy-valley", 1],
  ])("refuses %s", (_, change, challengeId, seedIndex) => {
    expect(scoreChallengeTrace(change(night().trace), challengeId, seedIndex)).toHaveProperty("problem");
  });
});
