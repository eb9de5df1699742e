import { describe, expect, it } from "vitest";
import { generalsParamsSchema } from "./params";
import { createGeneralsGame, reduceGenerals, type GeneralsResult } from "./reducer";
import type { GeneralsAction, GeneralsState } from "./types";

const params = (over: object = {}) => generalsParamsSchema.parse({ captureProbability: 0, crossingTicks: 2, dawnTick: 10, ...over });

function run(state: GeneralsState, ...actions: GeneralsAction[]): GeneralsState {
  for (const action of actions) {
    const r = reduceGenerals(state, action);
    if (!r.ok) throw new Error(`${action.type} refused: ${r.error.code}`);
    state = r.state;
  }
  return state;
}

function refusedWith(result: GeneralsResult): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.error.code;
}

const tick: GeneralsAction = { type: "tick" };
const ticks = (n: number) => Array.from({ length: n }, () => tick);

describe("Two Generals reducer", () => {
  it("delivers a messenger after exactly d ticks", () => {
    let s = run(createGeneralsGame(params(), 1), { type: "send", seat: "A", kind: "plan" });
    s = run(s, tick);
    expect(s.messengers[0].fate).toBe("pending");
    s = run(s, tick);
    expect(s.messengers[0]).toMatchObject({ fate: "delivered", settledAt: 2 });
  });

  it("emits send, deliver, commit and dawn events in order", () => {
    let s = createGeneralsGame(params({ dawnTick: 4 }), 1);
    const events: string[] = [];
    for (const a of [{ type: "send", seat: "A", kind: "plan" }, { type: "commit", seat: "A", decision: "attack" }, ...ticks(4)] as GeneralsAction[]) {
      const r = reduceGenerals(s, a);
      if (!r.ok) throw new Error(r.error.code);
      s = r.state;
      events.push(...r.events.map((e) => e.type));
    }
    expect(events).toEqual(["send", "commit", "deliver", "commit", "dawn"]);
    expect(s.outcome).toBe("defeat-A");
    expect(s.commitments.B).toMatchObject({ decision: "hold", byDefault: true });
  });

  it("captures by chance with probability p, from the seeded PRNG", () => {
    let lost = 0;
    for (let seed = 0; seed < 2000; seed++) {
      const s = run(createGeneralsGame(params({ captureProbability: 0.3 }), seed), { type: "send", seat: "A", kind: "plan" }, tick, tick);
      if (s.messengers[0].fate === "captured") lost++;
    }
    expect(lost / 2000).toBeGreaterThan(0.26);
    expect(lost / 2000).toBeLessThan(0.34);
  });

  it("marks messengers still crossing at dawn as late", () => {
    const s = run(createGeneralsGame(params({ dawnTick: 3 }), 1), tick, { type: "send", seat: "A", kind: "plan" }, tick, tick);
    expect(s.phase).toBe("finished");
    expect(s.messengers[0]).toMatchObject({ fate: "late", settledAt: 3 });
  });

  describe("refuses every illegal action and changes nothing", () => {
    const fresh = () => createGeneralsGame(params(), 7);
    const cases: [string, GeneralsState, GeneralsAction, string][] = [
      ["B sending the plan", fresh(), { type: "send", seat: "B", kind: "plan" }, "NOT_ALLOWED"],
      ["an ack with nothing to acknowledge", fresh(), { type: "send", seat: "A", kind: "ack" }, "NOT_ALLOWED"],
      ["two messengers in one tick", run(fresh(), { type: "send", seat: "A", kind: "plan" }), { type: "send", seat: "A", kind: "plan" }, "TOO_SOON"],
      ["committing twice", run(fresh(), { type: "commit", seat: "A", decision: "hold" }), { type: "commit", seat: "A", decision: "attack" }, "ALREADY_DECIDED"],
      ["the Enemy sending", createGeneralsGame(params({ enemy: "bot" }), 1), { type: "send", seat: "enemy", kind: "plan" }, "NOT_YOUR_SEAT"],
      ["the Enemy committing", createGeneralsGame(params({ enemy: "bot" }), 1), { type: "commit", seat: "enemy", decision: "attack" }, "NOT_YOUR_SEAT"],
      ["a general capturing", run(fresh(), { type: "send", seat: "A", kind: "plan" }), { type: "capture", seat: "B", messengerId: 1 }, "NOT_YOUR_SEAT"],
      ["capturing with no Enemy seat", run(fresh(), { type: "send", seat: "A", kind: "plan" }), { type: "capture", seat: "enemy", messengerId: 1 }, "NOT_YOUR_SEAT"],
      ["capturing an unknown messenger", createGeneralsGame(params({ enemy: "human" }), 1), { type: "capture", seat: "enemy", messengerId: 99 }, "UNKNOWN_MESSENGER"],
      [
        "capturing a messenger that already arrived",
        run(createGeneralsGame(params({ enemy: "human" }), 1), { type: "send", seat: "A", kind: "plan" }, tick, tick),
        { type: "capture", seat: "enemy", messengerId: 1 },
        "UNKNOWN_MESSENGER",
      ],
      ["any move after dawn", run(fresh(), ...ticks(10)), { type: "send", seat: "A", kind: "plan" }, "GAME_OVER"],
      ["a tick after dawn", run(fresh(), ...ticks(10)), tick, "GAME_OVER"],
      ["committing after dawn", run(fresh(), ...ticks(10)), { type: "commit", seat: "B", decision: "attack" }, "GAME_OVER"],
    ];
    for (const [name, state, action, code] of cases) {
      it(name, () => {
        const before = structuredClone(state);
        expect(refusedWith(reduceGenerals(state, action))).toBe(code);
        expect(state).toEqual(before);
      });
    }
  });

  it("lets the Enemy capture a crossing messenger, and then it never arrives", () => {
    let s = run(createGeneralsGame(params({ enemy: "human" }), 1), { type: "send", seat: "A", kind: "plan" }, tick);
    s = run(s, { type: "capture", seat: "enemy", messengerId: 1 }, tick, tick);
    expect(s.messengers[0]).toMatchObject({ fate: "captured", capturedBy: "enemy", settledAt: 1 });
  });

  it("ignores p when an Enemy seat plays", () => {
    for (let seed = 0; seed < 50; seed++) {
      const s = run(createGeneralsGame(params({ enemy: "bot", captureProbability: 0.9 }), seed), { type: "send", seat: "A", kind: "plan" }, tick, tick);
      expect(s.messengers[0].fate).toBe("delivered");
    }
  });
});
