/** Weaker agreement in the indistinguishability test (server/testing/worlds/): a process, k-set or ε. */
import type { GameEvent } from "../record";
import type { SeededRandom } from "../prng";
import { endInputs, pick, processOf, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";
import { watching } from "../../testing/worlds/policies";
import type { Projector } from "../../testing/worlds/visibility";
import type { World } from "../../testing/worlds/world";

/**
 * A process: told the problem, n, f and k (k-set) or ε and the range; its own input is fixed.
 * Hidden are the others' inputs, the adversary bot's strategy, the fairness bound, the network's
 * patience, and the seed. It has no moves: it watches what reaches it.
 */
function process(r: SeededRandom, size: number): Family {
  const problem = pick(r, ["kset", "epsilon"] as const);
  const n = pick(r, [3, 4]);
  const me = r.int(1, n);
  const fixed = problem === "kset" ? { problem, n, k: pick(r, [1, 2]), f: 1, maxTicks: pick(r, [20, 30]) } : { problem, n, f: 1, epsilon: pick(r, [5, 10, 20]), maxTicks: 30 };
  const input = () => (problem === "kset" ? r.int(0, 9) : r.int(0, 100));
  const myInput = input();
  const others = Array.from({ length: n }, (_, i) => i + 1).filter((q) => q !== me);
  const variants = Array.from({ length: size }, (): Omit<World, "script"> => {
    const inputs = Array.from({ length: n }, (_, i) => (i + 1 === me ? myInput : input()));
    const params = { ...fixed, inputs, bound: pick(r, [6, 12]), patience: pick(r, [0, 2]) };
    const bots: Record<string, string> = { adversary: pick(r, problem === "kset" ? ["blocker", "random"] : ["spreader", "random"]), ...Object.fromEntries(others.map((q) => [`p${q}`, "protocol"])) };
    return { scenario: "weaker", params, seed: seedOf(r), seat: `p${me}`, bots };
  });
  return { name: `weaker ${problem} p${me}/${n}`, scenario: "weaker", seat: `p${me}`, variants, policy: () => watching };
}

/**
 * A process: its own step (k-set), what reached it (sender, round, value: the opening ε
 * messages, ids 1..n², carry the sender's input and have no send event), what it sent, its
 * averages, its decision and its crash. Never who moved (the adversary or the network), the
 * others' steps, or a game-wide id.
 */
function processSeat(p: number, inputs: readonly number[], epsilon: boolean): Projector {
  const n = inputs.length;
  return (e, sends) => {
    switch (e.type) {
      case "step":
        return e.process === p ? ["stepped"] : null;
      case "send":
        return e.from === p ? ["sent", e.to, e.round, e.value] : null;
      case "deliver": {
        if (e.to !== p) return null;
        const id = e.messageId as number;
        if (epsilon && id <= n * n) return ["got", e.from, 1, inputs[(e.from as number) - 1]];
        const s = sends.get(id) as GameEvent;
        return ["got", s.from, s.round, s.value];
      }
      case "average":
        return e.process === p ? ["average", e.round, e.value] : null;
      case "decide":
        return e.process === p ? ["decided", e.value] : null;
      case "crash":
        return e.process === p ? ["crashed"] : null;
      default:
        return null;
    }
  };
}

export const weakerWorlds: WorldsKit = {
  families: [{ kind: "weaker-process", make: process, weight: 2 }],
  projector: (world) => processSeat(processOf(world.seat), world.params.inputs as number[], world.params.problem === "epsilon"),
  // A process knows its input (the `end` event states every input).
  startFacts: (world, events) => {
    const inputs = endInputs(events);
    return inputs ? [inputs[processOf(world.seat) - 1]] : [];
  },
};
