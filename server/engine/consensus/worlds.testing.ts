/**
 * Consensus under failure detectors in the indistinguishability test (server/testing/worlds/): a
 * process, and the adversary.
 */
import type { GameEvent } from "../record";
import { SeededRandom } from "../prng";
import { endInputs, pick, processOf, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";
import { botPolicy, type Policy } from "../../testing/worlds/policies";
import { everythingSeat, type Projector } from "../../testing/worlds/visibility";
import type { Move, World } from "../../testing/worlds/world";

/**
 * A process: told n, the detector class and the limit of the run; its own input is fixed. Hidden
 * are the others' inputs, GST, the crash schedule (another process crashing early, late, or
 * never), whether there is an adversary and its strategy, the seeded detector's mistake rate,
 * and the seed.
 */
function process(r: SeededRandom, size: number): Family {
  const n = pick(r, [3, 3, 4]);
  const me = r.int(1, n);
  const myInput = r.int(0, 1);
  const fixed = { n, detector: pick(r, ["P", "EP", "S", "ES"]), maxDelay: pick(r, [1, 1, 2]), f: 1, maxTicks: pick(r, [10, 16]) };
  const others = Array.from({ length: n }, (_, i) => i + 1).filter((q) => q !== me);
  const policySeed = seedOf(r);
  const variants = Array.from({ length: size }, (): Omit<World, "script"> => {
    const inputs = Array.from({ length: n }, (_, i) => (i + 1 === me ? myInput : r.int(0, 1)));
    const crashTick = pick(r, [0, 0, 2, 4, 60]);
    const crashes = crashTick ? [{ process: pick(r, others), tick: crashTick }] : [];
    const adversary = pick(r, ["none", "none", "bot"]);
    const bots: Record<string, string> = Object.fromEntries(others.map((q) => [`p${q}`, "protocol"]));
    if (adversary === "bot") bots.adversary = pick(r, ["random", "stubborn"]);
    const params = { ...fixed, inputs, gst: pick(r, [0, 3, 8, 40]), crashes, adversary, mistakeRate: pick(r, [0, 0, 0.2]) };
    return { scenario: "consensus", params, seed: seedOf(r), seat: `p${me}`, bots };
  });
  return { name: `consensus p${me}/${n} ${fixed.detector}`, scenario: "consensus", seat: `p${me}`, variants, policy: () => processPolicy(policySeed, myInput as 0 | 1) };
}

/** The adversary: it is told every parameter; hidden is the seed (the spared process, under P and ◇P). */
function adversary(r: SeededRandom, size: number): Family {
  const n = 3;
  const params = { n, detector: pick(r, ["P", "EP"]), maxDelay: 1, f: 1, maxTicks: 10, adversary: "human", gst: pick(r, [0, 5]), inputs: [r.int(0, 1), r.int(0, 1), r.int(0, 1)] };
  const bots = { p1: "protocol", p2: "protocol", p3: "protocol" };
  const strategy = pick(r, ["random", "stubborn"]);
  const policySeed = seedOf(r);
  return {
    name: `consensus adversary (${strategy}) ${params.detector}`,
    scenario: "consensus",
    seat: "adversary",
    variants: Array.from({ length: size }, () => ({ scenario: "consensus", params, seed: seedOf(r), seat: "adversary", bots })),
    policy: () => botPolicy("consensus", strategy, policySeed),
  };
}

/**
 * Every tick, tries each protocol step in a fixed order and lets the server say which are allowed
 * (that depends only on the process's own state). Some ticks it idles, so the run does not always
 * go at full speed. Only accepted steps are kept.
 */
function processPolicy(policySeed: number, prefer: 0 | 1): Policy {
  const attempts: Move[] = [
    { type: "decide" },
    { type: "relay" },
    { type: "opinion" },
    { type: "suggest", value: prefer },
    { type: "suggest", value: 1 - prefer },
    { type: "reply", ack: true },
    { type: "reply", ack: false },
    { type: "opinion" },
  ];
  return {
    movesAt: (tick) => (new SeededRandom(policySeed * 1000 + tick).float() < 0.2 ? [] : attempts),
    keep: (ok) => ok,
  };
}

/** A process: its sends, its deliveries in order, its own detector, its crash, its decision. */
function processSeat(p: number): Projector {
  return (e, sends) => {
    switch (e.type) {
      case "send":
        return e.from === p ? ["sent", e.to, e.payload] : null;
      case "deliver": {
        if (e.to !== p) return null;
        const s = sends.get(e.messageId as number) as GameEvent;
        return ["got", s.from, s.payload];
      }
      case "suspect":
      case "unsuspect":
        return e.process === p ? [e.type, e.target] : null;
      case "crash":
      case "decide":
        return e.process === p ? [e.type, e.round ?? null, e.value ?? null] : null;
      default:
        return null;
    }
  };
}

/** A process knows its input; the adversary every input and, for classes that have one, the process the detector must spare. */
function startFacts(world: World, events: readonly GameEvent[]): unknown[] {
  const end = events.find((e) => e.type === "end") as (GameEvent & { protectedProcess: number }) | undefined;
  const inputs = endInputs(events);
  if (!end || !inputs) return [];
  if (world.seat !== "adversary") return [inputs[processOf(world.seat) - 1]];
  return [inputs, ["S", "ES", "W", "EW"].includes(String(world.params.detector)) ? end.protectedProcess : null];
}

export const consensusWorlds: WorldsKit = {
  families: [
    { kind: "consensus-process", make: process, weight: 4 },
    { kind: "consensus-adversary", make: adversary, weight: 1 },
  ],
  projector: (world) => (world.seat === "adversary" ? everythingSeat : processSeat(processOf(world.seat))),
  startFacts,
};
