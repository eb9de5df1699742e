import { describe, expect, it } from "vitest";
import { playedNight } from "../storage/challengeNights.testing";
import { scoreChallengeTrace } from "./night";

const night = () => playedNight({ id: "g-night", challengeId: "foggy-valley", seedIndex: 1, playerId: "player-1", nickname: "Ada", finishedAt: new Date("2026-11-23T10:00:00Z") });

describe("scoreChallengeTrace", () => {
  it("scores the night for the player in the challenge seat", () => {
    const { trace } = night();
    const scored = scoreChallengeTrace(trace, "foggy-valley", 1);
    expect(scored).toMatchObject({ playerId: "player-1", seedIndex: 1 });
    // Foggy valley is scored for General A, from the card: +100 together, +20 nobody attacks,
    // -100 A alone, -50 B alone, -5 per messenger A sent (B's are not A's to pay for).
    const base: Record<string, number> = { victory: 100, "no-battle": 20, "defeat-A": -100, "defeat-B": -50 };
    const sentByA = trace.events.filter((e) => e.type === "send" && e.from === "A").length;
    const sentByB = trace.events.filter((e) => e.type === "send" && e.from === "B").length;
    expect(sentByA).toBeGreaterThan(0);
    expect(sentByB).not.toBe(sentByA); // so scoring the wrong general would show
    expect(scored).toHaveProperty("score", base[trace.outcome] - 5 * sentByA);
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
