/**
 * Candidate worlds grouped by what the observed seat observes: every two worlds of a bucket
 * look the same to that seat and differ in something hidden from it. This is where the pairs
 * of the indistinguishability test come from.
 */
import type { Family } from "./families";
import { playHeadless, type HeadlessRun } from "./headless";
import { observationKey } from "./observe";
import type { World } from "./world";

export interface Bucket {
  family: Family;
  /** The worlds, each with the script its seat played; worlds[0] is the one the others are compared to. */
  worlds: World[];
  runs: HeadlessRun[];
}

/**
 * Play every candidate of a family in-process and keep the buckets with two worlds or more, at
 * most `maxSize` worlds each. Worlds whose whole truth is the same but for the seed are kept
 * two at a time (one seed-only pair), so that most pairs differ in what actually happened.
 */
export async function bucketsOf(family: Family, maxSize = 12): Promise<Bucket[]> {
  const byKey = new Map<string, Bucket>();
  for (const variant of family.variants) {
    // Headless play is synchronous work: let the idle clients' heartbeats through between worlds
    // (a family of slow worlds held the loop past socket.io's ping timeout, and its clients dropped).
    await new Promise((resolve) => setImmediate(resolve));
    const run = await playHeadless({ ...variant, script: [] }, family.policy());
    // A game its bots end at tick 0 (an FLP scheduler bot's first step leaves bivalence) is over
    // before the seat's client is in; the socket driver does not model that, so it is not compared.
    if (!run.inputs.some((input) => input.type === "tick")) continue;
    const world: World = { ...variant, script: run.script };
    // The script is part of the key: both worlds of a pair get the same inputs.
    const key = JSON.stringify(run.script) + observationKey(world, run);
    const bucket = byKey.get(key) ?? { family, worlds: [], runs: [] };
    const truth = truthOf(world, run);
    const same = bucket.runs.filter((r, i) => truthOf(bucket.worlds[i], r) === truth).length;
    if (bucket.worlds.length < maxSize && same < 2) {
      bucket.worlds.push(world);
      bucket.runs.push(run);
    }
    byKey.set(key, bucket);
  }
  return [...byKey.values()].filter((b) => b.worlds.length > 1);
}

/** Everything about a world but its seed. */
function truthOf(world: World, run: HeadlessRun): string {
  return JSON.stringify([world.params, world.bots, run.events]);
}

/** Which hidden dimensions differ between two worlds of a bucket (never empty: candidates differ). */
export function hiddenDifferences(a: World, ra: HeadlessRun, b: World, rb: HeadlessRun): string[] {
  const out: string[] = [];
  if (JSON.stringify(ra.events) !== JSON.stringify(rb.events)) out.push("events");
  for (const key of new Set([...Object.keys(a.params), ...Object.keys(b.params)])) {
    if (JSON.stringify(a.params[key]) !== JSON.stringify(b.params[key])) out.push(key);
  }
  if (JSON.stringify(a.bots) !== JSON.stringify(b.bots)) out.push("strategy");
  if (a.seed !== b.seed) out.push("seed");
  return out;
}

/** Pairs in a bucket of k worlds: each two of them (k(k-1)/2), all shown equal by comparing each with worlds[0]. */
export const pairsIn = (b: Bucket) => (b.worlds.length * (b.worlds.length - 1)) / 2;
