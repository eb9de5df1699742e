/** Falcon in the indistinguishability test (server/testing/worlds/): the operator, and chaos. */
import type { GameEvent } from "../record";
import type { SeededRandom } from "../prng";
import { pick, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";
import { botPolicy, watching } from "../../testing/worlds/policies";
import type { Projector } from "../../testing/worlds/visibility";
import type { World } from "../../testing/worlds/world";

const ALL_KINDS = ["crash", "hang", "panic", "vmStop", "partition", "slow"];

/**
 * The operator: told the game's length, the heartbeat period, its starting timeout, its spies and
 * the network's distribution. Hidden: the fault timeline (its seed, chaos's bot, the kinds, the
 * budget, the longest pause and partition). The game's seed (the network's and the spies' draws)
 * is fixed within a family, so that worlds whose faults differ unseen (a crash or a hang or a VM
 * stopped at the same moment, never asked about) meet the same network and look the same.
 */
function operator(r: SeededRandom, size: number): Family {
  const spies = pick(r, [["switch", "vm", "os", "app"], ["switch", "vm"], []]);
  const fixed = { lengthMs: 8_000, heartbeatMs: 500, timeoutMs: pick(r, [1_000, 2_000]), spies };
  const seed = seedOf(r);
  const strategy = pick(r, ["watch", "falcon", "timeout-long", "timeout-short"]);
  const policySeed = seedOf(r);
  const variants = Array.from({ length: size }, (): Omit<World, "script"> => {
    const kinds = r.int(0, 1) === 0 ? ALL_KINDS : pick(r, [["crash", "hang", "panic", "vmStop"], ["crash", "slow"], ["vmStop", "partition"]]);
    const params = { ...fixed, faultSeed: r.int(0, 7), kinds, chaosBot: pick(r, ["random", "slowness", "partition"]), budget: r.int(1, 3), maxPauseMs: pick(r, [2_000, 4_000]) };
    return { scenario: "falcon", params, seed, seat: "operator", bots: { chaos: "random" } };
  });
  return {
    name: `falcon operator (${strategy}, ${spies.length} spies)`,
    scenario: "falcon",
    seat: "operator",
    variants,
    policy: () => (strategy === "watch" ? watching : botPolicy("falcon", strategy, policySeed)),
  };
}

/** Chaos, playing: told every parameter. Hidden: the operator's bot (its spies, timeout and kills). The seed is fixed within a family. */
function chaos(r: SeededRandom, size: number): Family {
  const params = { lengthMs: 8_000, chaosPlays: true, budget: 2, kinds: pick(r, [ALL_KINDS, ["slow", "partition"], ["crash", "hang"]]), horizonMs: 6_000 };
  const seed = seedOf(r);
  const strategy = pick(r, ["random", "slowness", "partition"]);
  const policySeed = seedOf(r);
  return {
    name: `falcon chaos (${strategy})`,
    scenario: "falcon",
    seat: "chaos",
    variants: Array.from({ length: size }, () => ({ scenario: "falcon" as const, params, seed, seat: "chaos", bots: { operator: pick(r, ["falcon", "timeout-long", "timeout-short", "random"]) } })),
    policy: () => botPolicy("falcon", strategy, policySeed),
  };
}

const stamp = (e: GameEvent) => e.atMs;

/**
 * The operator learns each heartbeat that arrives (the instance, seq and send time it carries),
 * each answer, its own acts (not whether a kill landed or a declaration was false), its timeout
 * firing and clearing, and the end's time. Not a fault, a heal, a heartbeat's sending or loss,
 * a request's due time.
 */
const operatorSeat: Projector = (e) => {
  switch (e.type) {
    case "arrive":
      return ["arrive", stamp(e), e.incarnation, e.seq, e.sentAtMs];
    case "answer":
      return ["answer", stamp(e), e.request, e.layer, e.kind, e.answer];
    case "query":
      return ["query", stamp(e), e.request, e.layer, e.cost];
    case "kill":
      return ["kill", stamp(e), e.request, e.layer];
    case "timeout":
      return ["timeout", stamp(e), e.timeoutMs];
    case "suspect":
    case "trust":
    case "declare":
    case "wait":
    case "end":
      return [e.type, stamp(e)];
    default:
      return null;
  }
};

/**
 * Chaos learns its own faults and their heals (with their effect), the failovers (the declarations'
 * times) and the replies reaching the outside (the arrivals' times). Not the operator's spies,
 * timeout, kills or suspicions.
 */
const chaosSeat: Projector = (e) => {
  switch (e.type) {
    case "fault":
      return ["fault", stamp(e), e.kind, e.durationMs, e.effect];
    case "heal":
      return ["heal", stamp(e), e.kind];
    case "arrive":
      return ["arrive", stamp(e), e.incarnation];
    case "declare":
    case "end":
      return [e.type, stamp(e)];
    default:
      return null;
  }
};

export const falconWorlds: WorldsKit = {
  families: [
    { kind: "falcon-operator", make: operator, weight: 2 },
    { kind: "falcon-chaos", make: chaos, weight: 1 },
  ],
  projector: (world) => (world.seat === "chaos" ? chaosSeat : operatorSeat),
  startFacts: () => [],
};
