/**
 * The FLP game screen on real views from the engine: each seat and mode renders what it may
 * show and offers what it may do (a scheduler's controls, none for a watcher, a process's own
 * state), the end shows the outcome, and the live region speaks of valency and decisions.
 */
import { createElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { flpParamsSchema } from "@/server/engine/flp/params";
import { createFlpGame, reduceFlp } from "@/server/engine/flp/reducer";
import type { FlpAction, FlpState } from "@/server/engine/flp/types";
import { flpView } from "@/server/engine/flp/view";
import type { GameSnapshot } from "@/server/protocol/events";
import { announceFlp } from "../announce";
import { FlpGame } from "./FlpGame";

async function html(state: FlpState, seat: string): Promise<string> {
  const view = flpView(state, seat);
  const snapshot = { gameId: "g1", seat, view } as unknown as GameSnapshot;
  const { prelude } = await prerenderToNodeStream(createElement(FlpGame, { snapshot, view, move: async () => {}, notice: null }));
  let out = "";
  for await (const chunk of prelude) out += String(chunk);
  return out;
}

function play(state: FlpState, actions: FlpAction[]): FlpState {
  return actions.reduce((s, a) => {
    const r = reduceFlp(s, a);
    if (!r.ok) throw new Error(r.error.message);
    return r.state;
  }, state);
}

const seat = "adversary";

describe("the FLP game screen", () => {
  it("the scheduler: three processes with λ and crash buttons, the valency, and a hint shown on the buttons", async () => {
    const start = createFlpGame(flpParamsSchema.parse({ protocol: "majority-lock", inputs: [0, 0, 1] }), 7);
    const state = play(start, [{ type: "step", seat, process: 1 }, { type: "hint", seat }]);
    const page = await html(state, seat);
    expect(page.match(/data-step="/g)).toHaveLength(3);
    expect(page.match(/>Crash p(<!-- -->)?\d(<!-- -->)?…</g)).toHaveLength(3);
    expect(page).toMatch(/data-testid="valency" data-valency="bivalent"/);
    expect(page.match(/data-deliver="/g)?.length).toBe(2);
    expect(page).toMatch(/data-hint="(bivalent|0|1)"/);
    expect(page).toMatch(/To a <!-- -->0<!-- -->-decision/);
  });

  it("watching the proof's adversary: the same configuration, no controls", async () => {
    const state = createFlpGame(flpParamsSchema.parse({ protocol: "majority-lock", watch: true }), 3);
    const page = await html(play(state, [{ type: "tick" }, { type: "tick" }]), seat);
    expect(page).toContain("The proof&#x27;s adversary is scheduling");
    expect(page).not.toMatch(/data-step="|data-deliver="|Hint \(/);
  });

  it("a process: its own state and messages, nothing of the buffer", async () => {
    // The proof's adversary keeps the run going: a few of its steps, seen by p2.
    const start = createFlpGame(flpParamsSchema.parse({ protocol: "majority-lock", watch: true }), 3);
    const state = play(start, Array.from({ length: 6 }, () => ({ type: "tick" }) as const));
    const page = await html(state, "p2");
    expect(page).toMatch(/You have taken <strong>\d+ steps?<\/strong>/);
    expect(page).toContain("cannot tell whether it is slow or has crashed");
    expect(page).not.toMatch(/Buffer|data-deliver|data-step/);
  });

  it("the puzzle: a radio group per row, then right or wrong per row and the argument", async () => {
    const start = createFlpGame(flpParamsSchema.parse({ mode: "puzzle", protocol: "wait-all" }), 5);
    const before = await html(start, seat);
    expect(before.match(/type="radio"/g)).toHaveLength(12);
    const after = play(start, [{ type: "predict", seat, valencies: ["0", "0", "1", "1"] }]);
    const page = await html(after, seat);
    expect(page).toContain("Puzzle solved");
    expect(page.match(/data-right="true"/g)).toHaveLength(4);
    expect(page).toContain("The argument of Lemma 1");
  });

  it("the end of a scheduler game: the outcome, the strip over the run and the way to the replay", async () => {
    const state = play(createFlpGame(flpParamsSchema.parse({ protocol: "wait-all", inputs: [1, 0, 1] }), 1), [{ type: "step", seat, process: 1 }]);
    expect(state.phase).toBe("finished");
    const page = await html(state, seat);
    expect(page).toContain("The protocol forced a decision");
    expect(page).toContain("The valency along the whole run");
    expect(page).toContain('href="/games/g1"');
  });

  it("announces a change of valency and a decision to the scheduler, and its own decision to a process", () => {
    const a = flpView(createFlpGame(flpParamsSchema.parse({ protocol: "majority-lock", inputs: [0, 0, 1] }), 1), seat);
    if (a.role !== "scheduler") throw new Error("a scheduler view");
    expect(announceFlp(null, a)).toEqual([]);
    expect(announceFlp(a, { ...a, tick: a.tick + 1 })).toEqual([]);
    expect(announceFlp(a, { ...a, valency: "0", decisions: [{ process: 2, value: 0, step: 4 }] })).toEqual(["Now 0-valent.", "p2 decided 0."]);
    const p = flpView(createFlpGame(flpParamsSchema.parse({ protocol: "majority-lock", inputs: [0, 0, 1] }), 1), "p1");
    if (p.role !== "process") throw new Error("a process view");
    expect(announceFlp(p, { ...p, me: { ...p.me, decided: 1 } })).toEqual(["You decided 1."]);
  });
});
