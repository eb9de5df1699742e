/** Ben-Or in the indistinguishability test (server/testing/worlds/): a process, and the adversary. */
import type { GameEvent } from "../record";
import type { SeededRandom } from "../prng";
import { endInputs, pick, processOf, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";
import { botPolicy, watching } from "../../testing/worlds/policies";
import { everythingSeat, type Projector } from "../../testing/worlds/visibility";
import type { World } from "../../testing/worlds/world";

/**
 * A process: told n and f; its own input is fixed. Hidden are the others' inputs, the adversary
 * bot's strategy (hence its crashes), the network's patience, and the seed (the coins). The
 * process has no moves: it only watches what reaches it.
 */
function process(r: SeededRandom, size: number): Family {
  const n = pick(r, [3, 3, 5]);
  const me = r.int(1, n);
  const myInput = r.int(0, 1);
  const fixed = { n, f: 1, maxTicks: pick(r, [20, 30]) };
  const bots: Record<string, string> = Object.fromEntries(Array.from({ length: n }, (_, i) => i + 1).filter((q) => q !== me).map((q) => [`p${q}`, "protocol"]));
  const variants = Array.from({ length: size }, (): Omit<World, "script"> => {
    const inputs = Array.from({ length: n }, (_, i) => (i + 1 === me ? myInput : r.int(0, 1)));
    const params = { ...fixed, inputs, patience: pick(r, [0, 2]) };
    return { scenario: "benor", params, seed: seedOf(r), seat: `p${me}`, bots: { ...bots, adversary: pick(r, ["splitter", "fifo", "random"]) } };
  });
  return { name: `benor p${me}/${n}`, scenario: "benor", seat: `p${me}`, variants, policy: () => watching };
}

/** The adversary: told every parameter and input; hidden is the seed alone (the coins to come). */
function adversary(r: SeededRandom, size: number): Family {
  const params = { n: 3, f: 1, maxTicks: 30, patience: 0, inputs: [r.int(0, 1), r.int(0, 1), r.int(0, 1)] };
  const bots = { p1: "protocol", p2: "protocol", p3: "protocol" };
  const strategy = pick(r, ["splitter", "fifo", "random"]);
  const policySeed = seedOf(r);
  return {
    name: `benor adversary (${strategy})`,
    scenario: "benor",
    seat: "adversary",
    variants: Array.from({ length: size }, () => ({ scenario: "benor", params, seed: seedOf(r), seat: "adversary", bots })),
    policy: () => botPolicy("benor", strategy, policySeed),
  };
}

/**
 * A process: what reached it (its sender and content, in order), its own broadcasts, its coins,
 * adoptions, decision and halt, and its crash. The opening messages (R, 1, input), ids 1..n², have
 * no send event: their content is the sender's input (the world's `params.inputs`).
 */
function processSeat(p: number, inputs: readonly number[]): Projector {
  const n = inputs.length;
  return (e, sends) => {
    switch (e.type) {
      case "send":
        return e.from === p ? ["sent", e.to, e.kind, e.round, e.value] : null;
      case "deliver": {
        if (e.to !== p) return null;
        const id = e.messageId as number;
        if (id <= n * n) return ["got", e.from, "R", 1, inputs[(e.from as number) - 1]];
        const s = sends.get(id) as GameEvent;
        return ["got", s.from, s.kind, s.round, s.value];
      }
      case "coin":
      case "adopt":
      case "decide":
      case "halt":
      case "crash":
        return e.process === p ? [e.type, e.round ?? null, e.value ?? null] : null;
      default:
        return null;
    }
  };
}

/** A process knows its input, the adversary every input (both stated by the `end` event). */
function startFacts(world: World, events: readonly GameEvent[]): unknown[] {
  const inputs = endInputs(events);
  if (!inputs) return [];
  return world.seat === "adversary" ? [inputs] : [inputs[processOf(world.seat) - 1]];
}

export const benorWorlds: WorldsKit = {
  families: [
    { kind: "benor-process", make: process, weight: 2 },
    { kind: "benor-adversary", make: adversary, weight: 1 },
  ],
  projector: (world) => (world.seat === "adversary" ? everythingSeat : processSeat(processOf(world.seat), world.params.inputs as number[])),
  startFacts,
};
