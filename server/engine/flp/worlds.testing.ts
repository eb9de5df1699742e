/** FLP in the indistinguishability test (server/testing/worlds/): a process under a bot scheduler. */
import type { GameEvent } from "../record";
import type { SeededRandom } from "../prng";
import { bivalentStarts } from "./starts";
import { endInputs, pick, processOf, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";
import { watching } from "../../testing/worlds/policies";
import type { Projector } from "../../testing/worlds/visibility";
import type { World } from "../../testing/worlds/world";

/**
 * A process: told n and its protocol; its own input is fixed. Hidden are the others' inputs, who
 * schedules and how (the proof's bot, a fair or a random scheduler), whether a crash is allowed,
 * the fairness bound, and the seed. It has no moves: it watches its own state.
 */
function process(r: SeededRandom, size: number): Family {
  const me = r.int(1, 3);
  const myInput = r.int(0, 1);
  // Bivalent starts only: a game a bot scheduler ends at tick 0 (a univalent start) is over before
  // its seat's client is in, which the socket driver does not model.
  const protocol = pick(r, ["majority-lock", "wait-n-minus-1"] as const);
  const starts = bivalentStarts(protocol).filter((bits) => bits[me - 1] === myInput);
  const others = [1, 2, 3].filter((q) => q !== me);
  const variants = Array.from({ length: size }, (): Omit<World, "script"> => {
    const inputs = starts.length > 0 ? pick(r, starts) : [1, 2, 3].map((q) => (q === me ? myInput : 1 - myInput));
    const params = { mode: "scheduler", protocol, inputs, target: 1000, bound: r.int(3, 6), crash: r.float() < 0.5, maxTicks: 10 };
    const bots: Record<string, string> = { adversary: pick(r, ["proof", "fair", "random"]), ...Object.fromEntries(others.map((q) => [`p${q}`, "protocol"])) };
    return { scenario: "flp", params, seed: seedOf(r), seat: `p${me}`, bots };
  });
  return { name: `flp p${me} ${protocol}`, scenario: "flp", seat: `p${me}`, variants, policy: () => watching };
}

/**
 * A process: its own steps (with the message each took: its sender and label; λ: nothing), what it
 * sent, its decision. Never a crash (a crashed process cannot tell: it just takes no more steps),
 * the buffer, the others' steps or a valency.
 */
function processSeat(p: number): Projector {
  return (e, sends) => {
    switch (e.type) {
      case "step": {
        if (e.process !== p) return null;
        const s = e.messageId === null ? null : (sends.get(e.messageId as number) as GameEvent);
        return ["stepped", s ? [s.from, s.label] : null];
      }
      case "send":
        return e.from === p ? ["sent", e.to, e.label] : null;
      case "decide":
        return e.process === p ? ["decided", e.value] : null;
      default:
        return null;
    }
  };
}

export const flpWorlds: WorldsKit = {
  families: [{ kind: "flp-process", make: process, weight: 2 }],
  projector: (world) => processSeat(processOf(world.seat)),
  // A process knows its input (the `end` event states every input).
  startFacts: (world, events) => {
    const inputs = endInputs(events);
    return inputs ? [inputs[processOf(world.seat) - 1]] : [];
  },
};
