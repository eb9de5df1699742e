/**
 * The weaker-agreement screens rendered from real views: the adversary's mid-game (k-set step
 * buttons, ε number lines) and at the end (outcome, checker), a process's own screen, the replay
 * story from a finished game's timeline, and the live region's sentences.
 */
import { createElement, type ReactElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { weaker } from "@/server/engine/weaker";
import { createWeakerGame, reduceWeaker } from "@/server/engine/weaker/reducer";
import { weakerParamsSchema } from "@/server/engine/weaker/params";
import type { WeakerAction, WeakerState } from "@/server/engine/weaker/types";
import type { WeakerMove } from "@/server/engine/weaker/bots";
import type { WeakerAdversaryView } from "@/server/engine/weaker/view";
import type { GameSnapshot } from "@/server/protocol/events";
import { WeakerGame } from "./game/WeakerGame";
import { WeakerReplayStory } from "./ReplayStory";
import { announceWeaker } from "./announce";

async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let out = "";
  for await (const chunk of prelude) out += String(chunk);
  return out.replace(/<!-- -->/g, "");
}

const apply = (s: WeakerState, a: WeakerAction) => {
  const r = reduceWeaker(s, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
};
const A = "adversary";
const game = (s: WeakerState, seat: string) =>
  html(createElement(WeakerGame, { view: weaker.view(s, seat), move: async (_: WeakerMove) => {}, notice: null, snapshot: {} as GameSnapshot }));

/** Plays the adversary's own bot to the end. */
function finish(s: WeakerState, strategy: string): WeakerState {
  while (s.phase === "playing") for (const m of weaker.botMoves(weaker.view(s, A), strategy, 1)) s = apply(s, weaker.toAction(A, m));
  return s;
}

describe("weaker agreement's screens", () => {
  it("k-set: step and crash buttons mid-game; the outcome, distinct values and the checker at the end", async () => {
    let s = createWeakerGame(weakerParamsSchema.parse({ n: 4, k: 2, f: 1, inputs: [5, 7, 1, 2] }), 1);
    s = apply(s, { type: "step", seat: A, process: 1 });
    const mid = await game(s, A);
    expect(mid).toContain("p2 sends its input");
    expect(mid).not.toContain("p1 sends its input");
    expect(mid).toContain("Crash p4");
    expect(mid).toContain("Deliver message 1, v 5 from p1 to p2");
    const end = await game(finish(s, "blocker"), A);
    expect(end).toContain("Every live process decided");
    expect(end).toContain("2 distinct values, at most k = 2 allowed");
    expect(end).toMatch(/at most k values ✓/);
    const blocked = await game(apply(createWeakerGame(weakerParamsSchema.parse({ k: 1 }), 3), { type: "crash", seat: A, process: 1 }), A);
    expect(blocked).toContain("FLP’s wall");
    expect(blocked).toContain("(p2, p3 never will)");
    expect(blocked).toContain("1-set agreement (consensus)");
  });

  it("ε: the number lines with each round's spread, and a process's own screen", async () => {
    let s = createWeakerGame(weakerParamsSchema.parse({ problem: "epsilon", inputs: [2, 50, 98] }), 1);
    s = apply(s, { type: "deliver", seat: A, messageId: 1 });
    const mid = await game(s, A);
    expect(mid).toContain('data-testid="weaker-spread"');
    expect(mid).toContain("round 1: spread 96");
    const own = await game(s, "p1");
    expect(own).toContain("What reached you (1)");
    expect(own).not.toContain("weaker-spread");
    const end = await game(finish(s, "spreader"), A);
    expect(end).toMatch(/Spread 6, ε = 10\./);
    expect(end).toContain("decided: spread 6");
  });

  it("the replay story tells the decisions and the rounds; the live region the sends, decisions and fairness", async () => {
    const s = finish(createWeakerGame(weakerParamsSchema.parse({ problem: "epsilon", inputs: [2, 50, 98] }), 1), "spreader");
    const story = await html(createElement(WeakerReplayStory, { viewer: null, timeline: weaker.timeline(s, []) } as never));
    expect(story).toContain("3 decisions");
    expect(story).toMatch(/p1 r1 → /);
    let k = createWeakerGame(weakerParamsSchema.parse({ n: 3, k: 2, f: 1, bound: 3, inputs: [1, 2, 3] }), 1);
    const before = weaker.view(k, A) as WeakerAdversaryView;
    k = apply(k, { type: "step", seat: A, process: 1 });
    expect(announceWeaker(before, weaker.view(k, A))).toEqual(["p1 sent its input 1.", "p1 decided 1."]);
    const b2 = weaker.view(k, A);
    k = apply(k, { type: "deliver", seat: A, messageId: 2 });
    k = apply(k, { type: "deliver", seat: A, messageId: 1 });
    expect(announceWeaker(b2, weaker.view(k, A))).toEqual(["p3 decided 1.", "Fairness: let p2 send next, or crash it."]);
  });
});
