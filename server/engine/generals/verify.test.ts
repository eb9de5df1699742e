import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { generals } from "./index";
import { generalsParamsSchema } from "./params";
import type { GeneralsState } from "./types";
import { verifyGeneralsTrace, type StoredGenerals } from "./verify";

function storedGame(seed: number): StoredGenerals {
  const params = generalsParamsSchema.parse({ captureProbability: 0.3 });
  const game = simulate<GeneralsState>({ scenario: generals, params, seed, strategies: { A: "chain-4", B: "chain-4" } });
  const summary = generals.summarize(game.state);
  return { params, seed, inputs: game.inputs, events: game.traceEvents(), outcome: summary.outcome, result: summary.seats as StoredGenerals["result"] };
}

describe("verifyGeneralsTrace", () => {
  it("accepts an untouched game and reveals it", () => {
    const stored = storedGame(11);
    const check = verifyGeneralsTrace(JSON.parse(JSON.stringify(stored)));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.reveal.outcome).toBe(stored.outcome);
  });

  it("refuses a doctored score", () => {
    const stored = storedGame(12);
    const forged = { ...stored, result: { ...stored.result, A: { ...stored.result.A, score: 999 } } };
    expect(verifyGeneralsTrace(forged)).toEqual({ ok: false, problem: "its outcome or scores differ from the replay" });
  });

  it("refuses events that the inputs do not produce", () => {
    const stored = storedGame(13);
    const forged = { ...stored, events: stored.events.slice(0, -1) };
    expect(verifyGeneralsTrace(forged)).toEqual({ ok: false, problem: "its events differ from the replay" });
  });

  it("refuses a seed other than the game's", () => {
    const stored = storedGame(14);
    let differs = 0;
    for (let seed = 100; seed < 110; seed++) if (!verifyGeneralsTrace({ ...stored, seed }).ok) differs++;
    expect(differs).toBeGreaterThan(5);
  });

  it("refuses a game cut off before dawn", () => {
    const stored = storedGame(15);
    expect(verifyGeneralsTrace({ ...stored, inputs: stored.inputs.slice(0, 3) })).toEqual({ ok: false, problem: "its inputs stop before dawn" });
  });
});
