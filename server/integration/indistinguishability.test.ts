/**
 * Indistinguishability: two worlds that look the same to a seat send that seat the same bytes.
 *
 * For every scenario and every kind of seat, families of candidate worlds are played in-process;
 * each candidate's observation (what the seat sent and when, what reached it with its content
 * and arrival tick, its own detector, its answers, the clock: see server/testing/worlds/) is
 * computed from the true trace, and candidates with the same observation but a different hidden
 * truth (fates, GST, crashes, other inputs, the lucky night, the Enemy's or adversary's
 * strategy, the seed) form a bucket. Every world of every bucket is then played over real
 * sockets with the same inputs from that seat, each tick under the test's control, and every
 * packet the seat receives, acks included, must be byte-identical to the bucket's first world's
 * until the game ends. A fifth of the buckets are played as class rounds (the student's screen:
 * `class:*` updates and the game's snapshots), and a fifth with the seat held by a Bot API bot
 * (its socket authenticated by a bot token; it passes every tick, so no stand-in plays for it). A smaller sample is played again on a server with
 * the 3-2-1 countdown before tick 0, so the packets of a game counting down ("starting", with
 * `startsAt` and the `announced` parameters of the briefing) are compared too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketsOf, pairsIn, type Bucket } from "../testing/worlds/buckets";
import { compareBucket, type BucketVerdict } from "../testing/worlds/compareBucket";
import { FAMILY_KINDS, makeFamilies } from "../testing/worlds/families";
import { startWorldServer, type WorldServer } from "../testing/worlds/worldServer";
import { sized } from "../testing/tier";

/** Families per kind of family, and candidates per family: sized for the 10,000 pairs (the quick tier, far fewer). */
const FAMILIES = Number(process.env.INDIST_FAMILIES ?? sized(30, 3));
const CANDIDATES = Number(process.env.INDIST_CANDIDATES ?? sized(40, 16));
const CONCURRENCY = 32;
/** Families per kind of family with the countdown on (a sample: the countdown comes before any hidden truth plays out). */
const COUNTDOWN_FAMILIES = Number(process.env.INDIST_COUNTDOWN_FAMILIES ?? sized(6, 1));
const COUNTDOWN_MS = 3_000;

let server: WorldServer;
let countdownServer: WorldServer;
const totals = { pairs: 0, worlds: 0, packets: 0, buckets: 0, classBuckets: 0, botBuckets: 0, countdownPairs: 0, dimensions: {} as Record<string, number>, byKind: {} as Record<string, number> };
const started = performance.now();

beforeAll(async () => {
  [server, countdownServer] = await Promise.all([startWorldServer(CONCURRENCY), startWorldServer(CONCURRENCY, COUNTDOWN_MS)]);
});

afterAll(async () => {
  await Promise.all([server.stop(), countdownServer.stop()]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `indistinguishability: ${totals.pairs} pairs of worlds compared directly and byte-identical (${totals.worlds} worlds in ${totals.buckets} buckets, ${totals.classBuckets} of them as class rounds, ${totals.botBuckets} with a Bot API bot's seat; ${totals.countdownPairs} pairs with the countdown), ` +
      `${totals.packets} packets compared, in ${seconds} s\n  pairs by family: ${JSON.stringify(totals.byKind)}\n  hidden dimensions that differ, over the pairs: ${JSON.stringify(totals.dimensions)}`,
  );
});

async function checkBuckets(kind: string, buckets: Bucket[], on: WorldServer = server): Promise<void> {
  const failures: string[] = [];
  const leaks: Record<string, number> = {};
  const countdown = on.env.countdownMs > 0;
  const verdicts = await Promise.all(
    buckets.map(async (bucket, i) => {
      // A fifth as class rounds, a fifth with the seat held by a Bot API bot (which passes every tick).
      const mode = i % 5 === 4 ? "class" : i % 5 === 2 ? "bot" : "game";
      const verdict: BucketVerdict = await compareBucket(on.env, on.take, on.release, bucket, mode);
      totals.classBuckets += mode === "class" ? 1 : 0;
      totals.botBuckets += mode === "bot" ? 1 : 0;
      return verdict;
    }),
  );
  for (const [i, v] of verdicts.entries()) {
    failures.push(...v.failures);
    for (const leak of v.leaks) leaks[leak] = (leaks[leak] ?? 0) + 1;
    totals.pairs += v.pairs;
    if (countdown) totals.countdownPairs += v.pairs;
    // With the countdown on, every seat must have been shown it: else nothing of it was compared.
    if (countdown) expect(v.countedDown, `${buckets[i].family.name}: worlds whose seat saw the countdown`).toBe(buckets[i].worlds.length);
    totals.packets += v.packets;
    totals.worlds += buckets[i].worlds.length;
    totals.buckets += 1;
    totals.byKind[kind] = (totals.byKind[kind] ?? 0) + v.pairs;
    for (const [d, n] of Object.entries(v.dimensions)) totals.dimensions[d] = (totals.dimensions[d] ?? 0) + n;
  }
  const summary = Object.entries(leaks).map(([where, n]) => `  ${n} × ${where}`).join("\n");
  expect(failures.length, `${failures.length} pairs of worlds told apart, first differing at:\n${summary}\nThe first ones:\n${failures.slice(0, 3).join("\n\n")}`).toBe(0);
}

describe("every seat receives the same bytes in worlds it cannot tell apart", () => {
  for (const [k, { kind }] of FAMILY_KINDS.entries()) {
    it(kind, async () => {
      const buckets: Bucket[] = [];
      for (const family of makeFamilies(1000 + k, FAMILIES * FAMILY_KINDS.find((x) => x.kind === kind)!.weight, CANDIDATES, [kind])) buckets.push(...(await bucketsOf(family)));
      expect(buckets.reduce((n, b) => n + pairsIn(b), 0), "the generator found too few pairs").toBeGreaterThan(0);
      await checkBuckets(kind, buckets);
    }, 300_000);
  }
});

describe("with the 3-2-1 countdown before tick 0, the same", () => {
  for (const [k, { kind }] of FAMILY_KINDS.entries()) {
    it(kind, async () => {
      const buckets: Bucket[] = [];
      for (const family of makeFamilies(2000 + k, COUNTDOWN_FAMILIES * FAMILY_KINDS.find((x) => x.kind === kind)!.weight, CANDIDATES, [kind])) buckets.push(...(await bucketsOf(family)));
      expect(buckets.reduce((n, b) => n + pairsIn(b), 0), "the generator found too few pairs").toBeGreaterThan(0);
      await checkBuckets(kind, buckets, countdownServer);
    }, 300_000);
  }
});
