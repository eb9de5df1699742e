import { describe, expect, it } from "vitest";
import { planChallengeNight } from "./start";
import { CHALLENGE_SEEDS } from "./seeds";

const player = { nickname: "Ada", deviceToken: "k3J9x0Qm2b7LrT5vW8yZ1aC4" };
const plan = (challengeId: string, night: number, completed: string[] = []) => planChallengeNight({ challengeId, night, tickMs: 250, player }, new Set(completed));

describe("planChallengeNight", () => {
  it("builds the catalogue's game on the night's fixed seed, at the player's pace", () => {
    const p = plan("foggy-valley", 2);
    expect(p).toMatchObject({
      ok: true,
      seed: CHALLENGE_SEEDS["foggy-valley"][1],
      context: { challengeId: "foggy-valley", seedIndex: 1 },
      create: { scenario: "generals", seat: "A", tickMs: 250, others: { B: { kind: "bot", strategy: "acknowledged" } }, params: { captureProbability: 0.3 } },
    });
  });

  it("uses the night's own bots where the night names them", () => {
    const p = plan("be-the-enemy", 2, ["foggy-valley", "reading-enemy"]);
    expect(p.ok && p.create.others).toEqual({ A: { kind: "bot", strategy: "bold" }, B: { kind: "bot", strategy: "chain-3" } });
  });

  it("refuses an unknown challenge, a night it lacks, and a locked one", () => {
    expect(plan("nope", 1)).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHALLENGE" } });
    expect(plan("foggy-valley", 3)).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(plan("reading-enemy", 1)).toMatchObject({ ok: false, error: { code: "CHALLENGE_LOCKED" } });
    expect(plan("reading-enemy", 1, ["foggy-valley"])).toMatchObject({ ok: true });
  });

  it("never lets a caller's object alter the catalogue", () => {
    const p = plan("foggy-valley", 1);
    if (p.ok) p.create.params.captureProbability = 0;
    expect(plan("foggy-valley", 1)).toMatchObject({ ok: true, create: { params: { captureProbability: 0.3 } } });
  });
});
