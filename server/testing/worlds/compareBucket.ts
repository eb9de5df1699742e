/**
 * Play every world of a bucket over the sockets and compare what its seat received, byte for
 * byte, in every pair of the bucket's worlds (each pair directly, not through a third world). Reports the first difference with both worlds, so a
 * failing pair can be kept as a named regression test.
 */
import { hiddenDifferences, type Bucket } from "./buckets";
import { comparablePackets, firstDifference, jsonDiff } from "./packets";
import { playOverSockets, type ClientPair, type SeatMode, type SocketEnv } from "./socketPlay";
import { describeWorld, type World } from "./world";

export interface BucketVerdict {
  /** Pairs of worlds compared directly and found byte-identical. */
  pairs: number;
  /** Packets compared, summed over the pairs. */
  packets: number;
  /** Hidden dimensions that differ, counted over every pair compared. */
  dimensions: Record<string, number>;
  failures: string[];
  /** Per failure, where the first differing packet differs first (indices blanked): which leak it is. */
  leaks: string[];
  /** Worlds whose seat was sent a countdown snapshot ("starting", with `startsAt` and `announced`) before tick 0. */
  countedDown: number;
}

export async function compareBucket(env: SocketEnv, clients: () => Promise<ClientPair>, release: (c: ClientPair) => void, bucket: Bucket, mode: SeatMode): Promise<BucketVerdict> {
  const texts = await Promise.all(
    bucket.worlds.map(async (world, i) => {
      const c = await clients();
      try {
        const run = await playOverSockets(env, c, world, mode);
        if (JSON.stringify(run.events) !== JSON.stringify(bucket.runs[i].events)) {
          throw new Error(`the world played differently over the sockets than in-process: ${describeWorld(world)}`);
        }
        return comparablePackets(run.packets);
      } finally {
        release(c);
      }
    }),
  );
  const verdict: BucketVerdict = { pairs: 0, packets: 0, dimensions: {}, failures: [], leaks: [], countedDown: texts.filter(hasCountdown).length };
  for (let i = 0; i < bucket.worlds.length; i++) {
    for (let j = i + 1; j < bucket.worlds.length; j++) {
      for (const d of hiddenDifferences(bucket.worlds[i], bucket.runs[i], bucket.worlds[j], bucket.runs[j])) verdict.dimensions[d] = (verdict.dimensions[d] ?? 0) + 1;
      verdict.packets += texts[j].length;
      const diff = firstDifference(texts[i], texts[j]);
      if (!diff) {
        verdict.pairs++;
        continue;
      }
      const lines = jsonDiff(diff.a, diff.b);
      verdict.failures.push(failureReport(bucket, mode, bucket.worlds[i], bucket.worlds[j], diff.index, lines));
      verdict.leaks.push(`${mode}: ${(lines[0] ?? "packet count").split(":")[0].replace(/\.\d+/g, "[]")}`);
    }
  }
  return verdict;
}

function failureReport(bucket: Bucket, mode: string, a: World, b: World, index: number, diff: string[]): string {
  return [
    `${bucket.family.name} (${mode}): seat ${a.seat} received different packet #${index}`,
    `  world A: ${describeWorld(a)}`,
    `  world B: ${describeWorld(b)}`,
    ...diff.map((line) => `    ${line}`),
  ].join("\n");
}

/** Whether a seat's packets include a snapshot of its game counting down, with when it starts and what the seat is told. */
function hasCountdown(texts: string[]): boolean {
  return texts.some((t) => t.startsWith("game:snapshot ") && t.includes('"status":"starting"') && t.includes('"startsAt":') && t.includes('"announced":'));
}
