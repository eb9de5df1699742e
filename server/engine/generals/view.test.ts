import { describe, expect, it } from "vitest";
import { generalsParamsSchema } from "./params";
import { createGeneralsGame, reduceGenerals } from "./reducer";
import type { GeneralsAction, GeneralsState } from "./types";
import { generalsView } from "./view";

function run(state: GeneralsState, actions: GeneralsAction[]): GeneralsState {
  for (const a of actions) {
    const r = reduceGenerals(state, a);
    if (!r.ok) throw new Error(r.error.code);
    state = r.state;
  }
  return state;
}
const tick: GeneralsAction = { type: "tick" };

describe("per-seat views", () => {
  // The same inputs in two worlds: A's messenger delivered (Enemy lets it pass) or captured.
  const params = generalsParamsSchema.parse({ enemy: "human", dawnTick: 8 });
  const start: GeneralsAction[] = [{ type: "send", seat: "A", kind: "plan" }, tick];
  const delivered = run(createGeneralsGame(params, 1), [...start, tick, tick]);
  const captured = run(createGeneralsGame(params, 1), [...start, { type: "capture", seat: "enemy", messengerId: 1 }, tick, tick]);

  it("the sender cannot tell whether its messenger arrived", () => {
    expect(delivered.messengers[0].fate).toBe("delivered");
    expect(captured.messengers[0].fate).toBe("captured");
    expect(JSON.stringify(generalsView(delivered, "A"))).toBe(JSON.stringify(generalsView(captured, "A")));
  });

  it("the receiver can", () => {
    expect(generalsView(delivered, "B")).not.toEqual(generalsView(captured, "B"));
  });

  it("never contains the PRNG state, fates or the other side's commitment before dawn", () => {
    const s = run(createGeneralsGame(generalsParamsSchema.parse({}), 42), [
      { type: "send", seat: "A", kind: "plan" },
      { type: "commit", seat: "B", decision: "attack" },
      tick,
    ]);
    const text = JSON.stringify(generalsView(s, "A"));
    expect(text).not.toMatch(/rng|seed|fate|captured|delivered|arrivesAt/);
    expect(text).not.toContain("attack");
    expect(generalsView(s, "A").reveal).toBeNull();
  });

  it("reveals everything to everyone after dawn", () => {
    const s = run(createGeneralsGame(generalsParamsSchema.parse({ dawnTick: 3 }), 42), [tick, tick, tick]);
    const a = generalsView(s, "A");
    const b = generalsView(s, "B");
    expect(a.reveal).not.toBeNull();
    expect(a.reveal).toEqual(b.reveal);
  });
});
