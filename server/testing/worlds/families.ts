/**
 * Families of candidate worlds. A family fixes everything its observed seat is told or does
 * (announced parameters, the bots it may see, its own input, its policy) and varies only what
 * is hidden from that seat: the seed (hence the fates of messages and the network's delays),
 * GST, crash schedules, other processes' inputs, the lucky-night flag, the Enemy's or the
 * adversary's strategy. What is announced and what is hidden follows docs/DOMAIN.md §0 and the
 * scenario rules there.
 */
import { bivalentStarts } from "../../engine/flp/starts";
import { SeededRandom } from "../../engine/prng";
import { botPolicy, messengerPolicy, processPolicy, type Policy } from "./policies";
import type { World, WorldScenario } from "./world";

export interface Family {
  name: string;
  scenario: WorldScenario;
  seat: string;
  /** The candidates: worlds without a script yet (the policy writes it). */
  variants: Omit<World, "script">[];
  policy(): Policy;
}

const pick = <T>(r: SeededRandom, xs: readonly T[]): T => xs[r.int(0, xs.length - 1)];
const seedOf = (r: SeededRandom) => r.int(1, 2 ** 31 - 1);
const GENERAL_BOTS = ["bold", "acknowledged", "chain-3", "chain-4", "timid"];
const LOVER_BOTS = ["eager", "acknowledged", "chain-3", "chain-4", "homebody"];

/** A general of a game with chance losses: hidden are the seed (every capture) alone. */
function generalsChance(r: SeededRandom, size: number): Family {
  const seat = pick(r, ["A", "B"]);
  const other = seat === "A" ? "B" : "A";
  const params = { captureProbability: pick(r, [0.2, 0.5, 0.8]), crossingTicks: pick(r, [1, 1, 2]), dawnTick: r.int(4, 9), enemy: "none" };
  const bots = { [other]: pick(r, GENERAL_BOTS) };
  const policySeed = seedOf(r);
  return {
    name: `generals ${seat} p=${params.captureProbability} d=${params.crossingTicks} T=${params.dawnTick}`,
    scenario: "generals",
    seat,
    variants: Array.from({ length: size }, () => ({ scenario: "generals", params, seed: seedOf(r), seat, bots })),
    policy: () => messengerPolicy("generals", seat, policySeed, params.dawnTick),
  };
}

/** A general facing a bot Enemy: hidden are the Enemy's strategy and the seed (its secret choices). */
function generalsEnemy(r: SeededRandom, size: number): Family {
  const seat = pick(r, ["A", "B"]);
  const other = seat === "A" ? "B" : "A";
  const params = { captureProbability: 0, crossingTicks: pick(r, [1, 2]), dawnTick: r.int(4, 9), enemy: "bot" };
  const partner = pick(r, GENERAL_BOTS);
  const policySeed = seedOf(r);
  return {
    name: `generals ${seat} vs enemy bot d=${params.crossingTicks} T=${params.dawnTick}`,
    scenario: "generals",
    seat,
    variants: Array.from({ length: size }, () => ({
      scenario: "generals",
      params,
      seed: seedOf(r),
      seat,
      bots: { [other]: partner, enemy: pick(r, ["adversarial", "random"]) },
    })),
    policy: () => messengerPolicy("generals", seat, policySeed, params.dawnTick),
  };
}

/** The Enemy: it sees the whole valley; hidden is only the seed. */
function generalsAsEnemy(r: SeededRandom, size: number): Family {
  const params = { captureProbability: 0, crossingTicks: pick(r, [1, 2]), dawnTick: r.int(4, 9), enemy: "human" };
  const bots = { A: pick(r, GENERAL_BOTS), B: pick(r, GENERAL_BOTS) };
  const strategy = pick(r, ["adversarial", "random"]);
  const policySeed = seedOf(r);
  return {
    name: `generals enemy (${strategy}) T=${params.dawnTick}`,
    scenario: "generals",
    seat: "enemy",
    variants: Array.from({ length: size }, () => ({ scenario: "generals", params, seed: seedOf(r), seat: "enemy", bots })),
    policy: () => botPolicy("generals", strategy, policySeed),
  };
}

/** A lover: hidden are the lucky-night flag and the seed. */
function lovers(r: SeededRandom, size: number): Family {
  const seat = pick(r, ["alice", "bob"]);
  const other = seat === "alice" ? "bob" : "alice";
  const lossProbability = pick(r, [0.1, 0.3, 0.5, 0.7]);
  const bots = { [other]: pick(r, LOVER_BOTS) };
  const policySeed = seedOf(r);
  return {
    name: `lovers ${seat} p=${lossProbability}`,
    scenario: "lovers",
    seat,
    variants: Array.from({ length: size }, () => ({ scenario: "lovers", params: { lossProbability, luckyNight: r.float() < 0.4 }, seed: seedOf(r), seat, bots })),
    policy: () => messengerPolicy("lovers", seat, policySeed, 12),
  };
}

/**
 * A consensus process: told n, the detector class and the limit of the run; its own input is
 * fixed. Hidden are the others' inputs, GST, the crash schedule (another process crashing early,
 * late, or never), whether there is an adversary and its strategy, the seeded detector's
 * mistake rate, and the seed.
 */
function consensusProcess(r: SeededRandom, size: number): Family {
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
  return {
    name: `consensus p${me}/${n} ${fixed.detector}`,
    scenario: "consensus",
    seat: `p${me}`,
    variants,
    policy: () => processPolicy(policySeed, myInput as 0 | 1),
  };
}

/** The adversary: it is told every parameter; hidden is the seed (the spared process, under P and ◇P). */
function consensusAdversary(r: SeededRandom, size: number): Family {
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
 * An FLP process: told n and its protocol; its own input is fixed. Hidden are the others' inputs,
 * who schedules and how (the proof's bot, a fair or a random scheduler), whether a crash is
 * allowed, the fairness bound, and the seed. It has no moves: it watches its own state.
 */
function flpProcess(r: SeededRandom, size: number): Family {
  const me = r.int(1, 3);
  const myInput = r.int(0, 1);
  // Bivalent starts only: a game a bot scheduler ends at tick 0 (a univalent start) is over before
  // its seat's client is in, which this driver does not model (noted for later).
  const protocol = pick(r, ["majority-lock", "wait-n-minus-1"] as const);
  const starts = bivalentStarts(protocol).filter((bits) => bits[me - 1] === myInput);
  const others = [1, 2, 3].filter((q) => q !== me);
  const variants = Array.from({ length: size }, (): Omit<World, "script"> => {
    const inputs = starts.length > 0 ? pick(r, starts) : [1, 2, 3].map((q) => (q === me ? myInput : 1 - myInput));
    const params = { mode: "scheduler", protocol, inputs, target: 1000, bound: r.int(3, 6), crash: r.float() < 0.5, maxTicks: 10 };
    const bots: Record<string, string> = { adversary: pick(r, ["proof", "fair", "random"]), ...Object.fromEntries(others.map((q) => [`p${q}`, "protocol"])) };
    return { scenario: "flp", params, seed: seedOf(r), seat: `p${me}`, bots };
  });
  return { name: `flp p${me} ${protocol}`, scenario: "flp", seat: `p${me}`, variants, policy: () => ({ movesAt: () => [], keep: () => true }) };
}

/**
 * A Ben-Or process: told n and f; its own input is fixed. Hidden are the others' inputs, the
 * adversary bot's strategy (hence its crashes), the network's patience, and the seed (the coins).
 * The process has no moves: it only watches what reaches it.
 */
function benorProcess(r: SeededRandom, size: number): Family {
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
  return { name: `benor p${me}/${n}`, scenario: "benor", seat: `p${me}`, variants, policy: () => ({ movesAt: () => [], keep: () => true }) };
}

/** The Ben-Or adversary: told every parameter and input; hidden is the seed alone (the coins to come). */
function benorAdversary(r: SeededRandom, size: number): Family {
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

/** Family makers with their share of the families. */
export const FAMILY_KINDS = [
  { kind: "generals-chance", make: generalsChance, weight: 3 },
  { kind: "generals-enemy", make: generalsEnemy, weight: 2 },
  { kind: "generals-as-enemy", make: generalsAsEnemy, weight: 1 },
  { kind: "lovers", make: lovers, weight: 3 },
  { kind: "consensus-process", make: consensusProcess, weight: 4 },
  { kind: "consensus-adversary", make: consensusAdversary, weight: 1 },
  { kind: "flp-process", make: flpProcess, weight: 2 },
  { kind: "benor-process", make: benorProcess, weight: 2 },
  { kind: "benor-adversary", make: benorAdversary, weight: 1 },
] as const;

/** `count` families, seeded: the same seed gives the same families. */
export function makeFamilies(seed: number, count: number, size: number, kinds = FAMILY_KINDS.map((k) => k.kind)): Family[] {
  const r = new SeededRandom(seed);
  const table = FAMILY_KINDS.filter((k) => (kinds as readonly string[]).includes(k.kind)).flatMap((k) => Array(k.weight).fill(k));
  return Array.from({ length: count }, (_, i) => table[i % table.length].make(r, size));
}
