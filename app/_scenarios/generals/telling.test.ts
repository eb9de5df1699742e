import { describe, expect, it } from "vitest";
import { simulate } from "@/server/engine/simulate";
import { verifyTrace } from "@/server/engine/verify";
import { generals } from "@/server/engine/generals/index";
import { generalsParamsSchema } from "@/server/engine/generals/params";
import { generalsTimeline } from "@/server/engine/generals/timeline";
import { reveal } from "@/server/engine/generals/view";
import type { GeneralsState } from "@/server/engine/generals/types";
import { outcomeTitle, seatTitle } from "@/app/components/outcome";
import { tellTimeline } from "./tellTimeline";
import { TELLINGS } from "./telling";

const night = (seed: number) => {
  const params = generalsParamsSchema.parse({ captureProbability: 0.4, dawnTick: 14, enemy: seed % 2 ? "bot" : "none" });
  const played = simulate<GeneralsState>({ scenario: generals, params, seed, strategies: { A: "acknowledged", B: "acknowledged", enemy: "adversarial" } });
  return { params, played, timeline: generalsTimeline(reveal(played.state), params) };
};

describe("the gangsters' telling of a Two Generals timeline", () => {
  it("keeps every message, tick, fate, decision, depth and score; changes names and labels only", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { timeline } = night(seed);
      const told = tellTimeline(timeline, "gangsters");
      const bare = ({ label: _l, ...m }: { label: string }) => m;
      expect(told.messages.map(bare)).toEqual(timeline.messages.map(bare));
      expect(told.decisions.map(bare)).toEqual(timeline.decisions.map(bare));
      expect(told.rungs.map(({ sentence: _s, ...r }) => r)).toEqual(timeline.rungs.map(({ sentence: _s, ...r }) => r));
      expect({ ...told, parties: [], messages: [], decisions: [], rungs: [], words: null, skin: undefined }).toEqual({ ...timeline, parties: [], messages: [], decisions: [], rungs: [], words: null, skin: undefined });
      expect(told.parties.map((p) => p.name)).toEqual(["Boss A", "Boss B"]);
      expect(told.skin).toBe("gangsters");
      for (const d of told.decisions) expect(["pull the job", "lie low", "laid low"]).toContain(d.label);
      for (const r of told.rungs) expect(r.sentence).not.toMatch(/the plan|General/);
    }
  });

  it("is the identity without a skin", () => {
    const { timeline } = night(3);
    expect(tellTimeline(timeline, undefined)).toBe(timeline);
  });

  it("a game's trace inputs verify the same with a skin field as without (verifiers ignore it)", () => {
    const { params, played } = night(8);
    const trace = {
      format: "bivalent-trace" as const, version: 2 as const, gameId: "g-skin-0001", scenario: "generals", params, seed: 8, tickMs: 10,
      seats: [], inputs: played.inputs, events: played.traceEvents(), outcome: generals.summarize(played.state).outcome,
      result: generals.summarize(played.state).seats, startedAt: "", finishedAt: "",
    };
    expect(verifyTrace(trace).ok).toBe(true);
    expect(verifyTrace({ ...trace, skin: "gangsters" } as typeof trace).ok).toBe(true);
  });

  it("names seats and outcomes in the gangsters' words, and the generals' own by default", () => {
    expect(seatTitle("enemy", "gangsters")).toBe("The police");
    expect(seatTitle("A", "gangsters")).toBe("Boss A");
    expect(seatTitle("A")).toBe("General A");
    for (const o of ["victory", "no-battle", "defeat-A", "defeat-B"]) expect(outcomeTitle(o, "gangsters")).not.toMatch(/arm|attack|battle/i);
    const gangWords = Object.values(TELLINGS.gangsters).filter((v) => typeof v === "string").join(" ");
    expect(gangWords).not.toMatch(/general|enemy|messenger|valley|attack/i);
  });
});
