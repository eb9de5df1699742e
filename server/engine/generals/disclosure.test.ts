import { describe, expect, it } from "vitest";
import { SeededRandom } from "../prng";
import { loverView } from "../lovers/view";
import type { LoversState } from "../lovers/types";
import { arrivalFrame, sendFrame } from "./disclosure";
import { generalsParamsSchema } from "./params";
import { createGeneralsGame, reduceGenerals } from "./reducer";
import type { General, GeneralsAction, GeneralsState } from "./types";
import { generalsView, type GeneralView } from "./view";

/**
 * A scripted game: sends by either general, the Enemy's captures (naming a messenger by its
 * place in the script, since game-wide ids shift when sends are left out) and ticks.
 */
type Step = { type: "tick" } | { type: "send"; seat: General; kind: "plan" | "ack"; send: number } | { type: "capture"; send: number };

function randomScript(seed: number, dawnTick: number): Step[] {
  const r = new SeededRandom(seed);
  const steps: Step[] = [];
  let sends = 0;
  for (let t = 0; t < dawnTick; t++) {
    for (const seat of ["A", "B"] as const) {
      if (r.float() < 0.6) steps.push({ type: "send", seat, kind: seat === "A" && r.float() < 0.5 ? "plan" : "ack", send: sends++ });
    }
    // The Enemy captures some messengers sent so far (refused when one is no longer crossing).
    for (let i = 0; i < 2; i++) if (sends > 0 && r.float() < 0.4) steps.push({ type: "capture", send: r.int(Math.max(0, sends - 4), sends - 1) });
    steps.push({ type: "tick" });
  }
  return steps;
}

/** Plays a script; `skip` leaves out those sends (and captures of them). Calls `after` after every step. */
function play(params: GeneralsState["params"], steps: Step[], skip: ReadonlySet<number>, after: (state: GeneralsState, step: number) => void): GeneralsState {
  let state = createGeneralsGame(params, 7);
  const idOfSend = new Map<number, number>();
  steps.forEach((step, i) => {
    let action: GeneralsAction | null = null;
    if (step.type === "tick") action = { type: "tick" };
    else if (step.type === "send" && !skip.has(step.send)) action = { type: "send", seat: step.seat, kind: step.kind };
    else if (step.type === "capture" && !skip.has(step.send) && idOfSend.has(step.send)) action = { type: "capture", seat: "enemy", messengerId: idOfSend.get(step.send) as number };
    if (action && state.phase === "running") {
      const r = reduceGenerals(state, action);
      if (r.ok) {
        if (step.type === "send") idOfSend.set(step.send, r.state.messengers[r.state.messengers.length - 1].id);
        state = r.state;
      }
    }
    after(state, i);
  });
  return state;
}

describe("id frames", () => {
  it("number a general's sends 1..k in send order and its arrivals 1..m in arrival order", () => {
    const params = generalsParamsSchema.parse({ enemy: "human", crossingTicks: 1, dawnTick: 12 });
    const state = play(params, randomScript(3, 12), new Set(), () => undefined);
    for (const seat of ["A", "B"] as const) {
      const sent = sendFrame(state.messengers, seat);
      const arrived = arrivalFrame(state.messengers, seat);
      expect(sent.map((f) => f.id)).toEqual(sent.map((_, i) => i + 1));
      expect(sent.map((f) => f.item.id)).toEqual(state.messengers.filter((m) => m.from === seat).map((m) => m.id));
      expect(arrived.map((f) => f.id)).toEqual(arrived.map((_, i) => i + 1));
      const times = arrived.map((f) => f.item.settledAt as number);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(arrived.every((f) => f.item.to === seat && f.item.fate === "delivered")).toBe(true);
    }
  });
});

describe("indistinguishability of a general's view", () => {
  // World X plays a random script; world Y is the same script without the other general's
  // messengers that never reached this one (captured, or still crossing at dawn). Nothing this
  // general observes differs, so every view it gets before dawn must be the same bytes, ids
  // included: with game-wide ids, its own later messengers would be numbered differently.
  const PAIRS = 300;
  it(`gives equal views in ${PAIRS} generated world pairs per general (and per lover)`, () => {
    let shiftedIds = 0;
    let compared = 0;
    for (let pair = 0; pair < PAIRS; pair++) {
      const dawnTick = 6 + (pair % 10);
      const params = generalsParamsSchema.parse({ enemy: "human", crossingTicks: 1 + (pair % 3), dawnTick });
      const steps = randomScript(1000 + pair, dawnTick);
      const xViews: GeneralsState[] = [];
      const x = play(params, steps, new Set(), (s) => xViews.push(s));
      const accepted = acceptedSendIndices(params, steps);
      for (const seat of ["A", "B"] as const) {
        const other: General = seat === "A" ? "B" : "A";
        // The other general's sends that never reached `seat`, by their place in the script.
        const hidden = new Set<number>();
        for (const [sendIndex, messengerId] of accepted) {
          const m = x.messengers.find((mm) => mm.id === messengerId);
          if (m && m.from === other && m.fate !== "delivered") hidden.add(sendIndex);
        }
        if (hidden.size === 0) continue;
        let i = 0;
        play(params, steps, hidden, (y, step) => {
          const xs = xViews[step];
          i++;
          if (xs.phase !== "running") return;
          expect(y.phase).toBe("running");
          const vx = generalsView(xs, seat) as GeneralView;
          const vy = generalsView(y, seat) as GeneralView;
          expect(JSON.stringify(vy), `pair ${pair}, ${seat}, step ${step}`).toBe(JSON.stringify(vx));
          // The same worlds as two nights of the Lovers, one of them lucky: each lover's phone is the same.
          const lover = seat === "A" ? "alice" : "bob";
          const nightX: LoversState = { scenario: "lovers", params: { lossProbability: 0.3, luckyNight: false }, inner: xs };
          const nightY: LoversState = { scenario: "lovers", params: { lossProbability: 0.3, luckyNight: true }, inner: y };
          expect(JSON.stringify(loverView(nightY, lover))).toBe(JSON.stringify(loverView(nightX, lover)));
          compared++;
          const ownX = xs.messengers.filter((m) => m.from === seat).map((m) => m.id);
          const ownY = y.messengers.filter((m) => m.from === seat).map((m) => m.id);
          if (JSON.stringify(ownX) !== JSON.stringify(ownY)) shiftedIds++;
        });
        expect(i).toBe(steps.length);
      }
    }
    // The pairs must exercise the leak: game-wide ids that differ between the two worlds.
    expect(compared).toBeGreaterThan(PAIRS * 5);
    expect(shiftedIds).toBeGreaterThan(PAIRS);
  });
});

/** Script send index → the messenger id it got, for the sends the reducer accepted in the full world. */
function acceptedSendIndices(params: GeneralsState["params"], steps: Step[]): Map<number, number> {
  const out = new Map<number, number>();
  let before = 0;
  play(params, steps, new Set(), (state, i) => {
    const step = steps[i];
    if (step.type === "send" && state.messengers.length > before) out.set(step.send, state.messengers[state.messengers.length - 1].id);
    before = state.messengers.length;
  });
  return out;
}
