/** What a Ben-Or seat's live region says: coins, decisions and crashes for the adversary; arrivals, coins and rounds for a process. */
import { describe, expect, it } from "vitest";
import { benor, type BenorAdversaryView, type BenorProcessView } from "@/server/engine/benor";
import { createBenorGame, reduceBenor } from "@/server/engine/benor/reducer";
import { benorParamsSchema } from "@/server/engine/benor/params";
import type { BenorState } from "@/server/engine/benor/types";
import { announceBenor } from "./announce";

function step(s: BenorState): BenorState {
  const [move] = benor.botMoves(benor.view(s, "adversary"), "splitter", 3);
  const r = reduceBenor(s, benor.toAction("adversary", move));
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

describe("announceBenor", () => {
  it("says nothing on the first view, and tells each coin, decision and arrival once", () => {
    let s = createBenorGame(benorParamsSchema.parse({ inputs: [0, 1, 1] }), 11);
    expect(announceBenor(null, benor.view(s, "adversary"))).toEqual([]);
    const heard: string[] = [];
    const mine: string[] = [];
    while (s.phase === "playing") {
      const next = step(s);
      heard.push(...announceBenor(benor.view(s, "adversary") as BenorAdversaryView, benor.view(next, "adversary") as BenorAdversaryView));
      mine.push(...announceBenor(benor.view(s, "p1") as BenorProcessView, benor.view(next, "p1") as BenorProcessView));
      s = next;
    }
    expect(heard.filter((l) => /flipped a coin/.test(l))).toHaveLength(s.log.coins.length);
    expect(heard.filter((l) => /decided/.test(l))).toHaveLength(s.log.decisions.length);
    expect(heard.at(-1)).toMatch(/The run is over/);
    expect(mine.some((l) => /sent you R1 [01]/.test(l))).toBe(true);
    expect(mine.filter((l) => /^You decided/.test(l)).length).toBeLessThanOrEqual(1);
  });
});
