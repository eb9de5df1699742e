/** The commutativity lemma on the game's own run: found where two neighbouring steps of different processes can swap, and the two orders agree. */
import { describe, expect, it } from "vitest";
import { flp } from "./index";
import { commutationExample } from "./commute";
import { flpParamsSchema, type FlpParamsInput } from "./params";
import { createFlpGame, reduceFlp } from "./reducer";
import { SCHEDULER_SEAT } from "./terms";
import type { FlpAction, FlpState } from "./types";

const seat = SCHEDULER_SEAT;
const game = (params: FlpParamsInput, seed = 1) => createFlpGame(flpParamsSchema.parse(params), seed);
function play(state: FlpState, actions: FlpAction[]): FlpState {
  for (const a of actions) {
    const r = reduceFlp(state, a);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}
const step = (process: number): FlpAction => ({ type: "step", seat, process });

describe("the commutativity example", () => {
  it("is the first pair of neighbouring steps by different processes, and both orders reach the same configuration", () => {
    const s = play(game({ inputs: [0, 1, 1] }), [step(1), step(2)]);
    const c = commutationExample(s)!;
    expect(c).not.toBeNull();
    expect(c.at).toBe(0);
    expect(c.first).toEqual({ pid: 0, label: null });
    expect(c.second).toEqual({ pid: 1, label: null });
    expect(c.same).toBe(true);
    expect(c.inOrder).toBe(c.swapped);
    expect(c.inOrder).toContain("| buffer: ");
  });

  it("is none on a run whose steps are all by one process", () => {
    expect(commutationExample(play(game({ inputs: [0, 1, 1] }), [step(1), step(1), step(1)]))).toBeNull();
    expect(commutationExample(game({ inputs: [0, 1, 1] }))).toBeNull();
  });

  it("skips a pair whose second step takes a message the first one sent", () => {
    let s = play(game({ inputs: [0, 1, 1] }), [step(1)]);
    s = play(s, [{ type: "deliver", seat, messageId: s.messages.find((m) => m.to === 1)!.id }]); // p2 receives what p1's step sent
    // Steps 1 and 2 cannot swap (the message did not exist before step 1), and there is no other pair.
    expect(commutationExample(s)).toBeNull();
    s = play(s, [step(3)]);
    expect(commutationExample(s)).toMatchObject({ at: 1, same: true });
  });

  it.each([1, 2, 3, 4, 5, 6])("is found and holds on the bots' runs (seed %i)", (seed) => {
    let s = game({ protocol: seed % 2 ? "majority-lock" : "wait-n-minus-1", target: 15 }, seed);
    for (let i = 0; i < 200 && s.phase === "playing"; i++) {
      const [move] = flp.botMoves(flp.view(s, seat), "random", seed * 100 + i);
      s = play(s, [flp.toAction(seat, move)]);
    }
    const steps = s.run.filter((e) => e.kind === "step");
    const hasPair = steps.some((e, i) => i + 1 < steps.length && e.pid !== steps[i + 1].pid);
    const c = commutationExample(s);
    if (hasPair) expect(c).not.toBeNull();
    if (c) expect(c.same).toBe(true);
  });
});
