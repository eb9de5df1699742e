/**
 * Fault timelines: what chaos does when it is a bot (or absent), drawn from a seed; and the rule
 * a fault must keep to be injected.
 *
 * A timeline is at most `budget` faults, the first 2–5 s into the game, none at or after the
 * horizon. After a temporary fault the next one waits for it to heal and then 3–8 s more; after a
 * permanent one, 10–15 s (time for a slow detector to catch it). Durations and times are whole
 * ticks. Draw order (one generator, seeded from the game's seed by `timelineRng`): the first
 * time; then per fault the strategy's draws for its kind and duration (below), then the gap.
 *
 * - random: kind uniform over the allowed kinds (one integer draw); a temporary fault's duration
 *   uniform over its range (one integer draw).
 * - slowness: pauses ("slow") as long as allowed, 60–100 % of maxPauseMs (one draw), then as its
 *   last fault a permanent kind uniform over the allowed ones (one draw); without "slow", as random.
 * - partition: partitions of 50–100 % of maxPartitionMs (one draw), and a coin (one float draw):
 *   under 0.5, a permanent fault (uniform, one draw) a third of the way into the partition, when
 *   one is allowed and budget is left; without "partition", as random.
 */
import { nextFloat, nextInt, seedRng, type RngState } from "../prng";
import { durationRange, type FalconParams } from "./params";
import type { ChaosStrategy } from "./strategies";
import { PERMANENT_KINDS, TICK_MS, isPermanent, type ChaosRecord, type Fault, type FaultKind, type TemporaryKind } from "./types";

export type ChaosRules = Pick<FalconParams, "kinds" | "budget" | "horizonMs" | "maxPauseMs" | "maxPartitionMs">;

/** The timeline's generator for a game seed: a stream apart from the network's and the spies'. */
export const timelineRng = (seed: number): RngState => seedRng((seed ^ 0x27d4eb2f) >>> 0);

class Draws {
  constructor(public rng: RngState) {}
  int(from: number, to: number): number {
    const [v, next] = nextInt(this.rng, from, to);
    this.rng = next;
    return v;
  }
  float(): number {
    const [v, next] = nextFloat(this.rng);
    this.rng = next;
    return v;
  }
  /** A multiple of TICK_MS in [lo, hi]. */
  ms(lo: number, hi: number): number {
    return this.int(Math.ceil(lo / TICK_MS), Math.floor(hi / TICK_MS)) * TICK_MS;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}

function duration(rules: ChaosRules, kind: TemporaryKind, d: Draws, share: [number, number] = [0, 1]): number {
  const [lo, hi] = durationRange(rules as FalconParams, kind);
  return d.ms(Math.max(lo, lo + (hi - lo) * share[0]), lo + (hi - lo) * share[1]);
}

export function drawTimeline(strategy: ChaosStrategy, rules: ChaosRules, rng: RngState): Fault[] {
  const d = new Draws(rng);
  const faults: Fault[] = [];
  const permanents = PERMANENT_KINDS.filter((k) => rules.kinds.includes(k));
  const allows = (k: FaultKind) => rules.kinds.includes(k);
  let t = d.ms(2_000, 5_000);
  const push = (f: Fault) => {
    faults.push(f);
    t = f.atMs + (f.durationMs ?? 0);
  };
  while (faults.length < rules.budget && t < rules.horizonMs) {
    const left = rules.budget - faults.length;
    if (strategy === "slowness" && allows("slow")) {
      if (left === 1 && permanents.length > 0) push({ atMs: t, kind: d.pick(permanents) });
      else push({ atMs: t, kind: "slow", durationMs: duration(rules, "slow", d, [0.6, 1]) });
    } else if (strategy === "partition" && allows("partition")) {
      const start = t;
      const durationMs = duration(rules, "partition", d, [0.5, 1]);
      push({ atMs: start, kind: "partition", durationMs });
      const inside = d.float() < 0.5;
      if (inside && permanents.length > 0 && left > 1) {
        const at = start + Math.max(TICK_MS, Math.floor(durationMs / 3 / TICK_MS) * TICK_MS);
        if (at < rules.horizonMs) faults.push({ atMs: at, kind: d.pick(permanents) });
      }
    } else {
      const kind = d.pick(rules.kinds);
      push(isPermanent(kind) ? { atMs: t, kind } : { atMs: t, kind, durationMs: duration(rules, kind, d) });
    }
    const last = faults[faults.length - 1];
    t += isPermanent(last.kind) ? d.ms(10_000, 15_000) : d.ms(3_000, 8_000);
  }
  return faults;
}

/**
 * Whether a fault of `kind` would find one of its class (permanent or temporary) still in force
 * on the current instance: known to chaos from its own faults and the public failovers alone.
 */
export function classActive(records: readonly ChaosRecord[], incarnation: number, nowMs: number, kind: FaultKind): boolean {
  const permanent = isPermanent(kind);
  return records.some(
    (r) => r.effect === "injected" && r.incarnation === incarnation && isPermanent(r.kind) === permanent && (permanent || r.atMs + (r.durationMs ?? 0) > nowMs),
  );
}
