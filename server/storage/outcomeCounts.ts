/**
 * How the games of a scenario ended, over a time range. Game has no index on outcome, so an exact
 * count reads every game row of the range: fine for a week, ~a second for a million games.
 * cachedOutcomeCounts keeps, per process, the counts of games finished before a "settled" mark
 * (a minute in the past: saves land within seconds of a game's end) and adds only the games
 * after it, an index range of (scenario, finishedAt), on each call.
 */
import type { PrismaClient } from "../generated/prisma/client";

export interface OutcomeCount {
  outcome: string;
  games: number;
}

export interface TimeRange {
  /** Inclusive; none: from the first game. */
  from?: Date;
  /** Exclusive; none: up to now and beyond. */
  to?: Date;
}

/** Exact counts of the scenario's games per outcome in the range, most frequent first. */
export async function outcomeCounts(db: PrismaClient, scenario: string, range: TimeRange = {}): Promise<OutcomeCount[]> {
  return sorted(await countInto(new Map(), db, scenario, range.from, range.to));
}

/** A game saved later than this after its finish may be missed by the cache until a restart. */
export const SETTLE_MS = 60_000;

interface Snapshot {
  /** Counts of the games finished in [range.from, mark). */
  counts: Map<string, number>;
  mark: Date;
}

/** Each refresh makes a new snapshot after the previous one, so concurrent callers never double count. */
interface Entry {
  latest: Promise<Snapshot>;
  /** The mark `latest` will have: known before it resolves. */
  mark: Date;
}

/** The settled mark moves at most this often: between moves the live part grows by a few seconds. */
const REFRESH_MS = 10_000;

// On globalThis, like the Prisma client: the Next.js bundle and the server share one process.
const cacheHolder = globalThis as typeof globalThis & { __bivalentOutcomes?: WeakMap<PrismaClient, Map<string, Entry>> };

/**
 * Same answer as {@link outcomeCounts} for games saved within {@link SETTLE_MS} of their finish,
 * but only the first call per process, scenario and range reads the whole range. `now` is for tests.
 */
export async function cachedOutcomeCounts(
  db: PrismaClient,
  scenario: string,
  range: TimeRange = {},
  now: Date = new Date(),
): Promise<OutcomeCount[]> {
  const byDb = (cacheHolder.__bivalentOutcomes ??= new WeakMap());
  let cache = byDb.get(db);
  if (!cache) byDb.set(db, (cache = new Map()));
  const key = `${scenario}\u0000${range.from?.toISOString() ?? ""}\u0000${range.to?.toISOString() ?? ""}`;
  const settleAt = new Date(Math.max(range.from?.getTime() ?? 0, now.getTime() - SETTLE_MS));
  const target = range.to && range.to < settleAt ? range.to : settleAt;

  let entry = cache.get(key);
  if (!entry) {
    const first = countInto(new Map(), db, scenario, range.from, target).then((counts) => ({ counts, mark: target }));
    entry = { latest: first, mark: target };
    cache.set(key, entry);
  } else if (target.getTime() - entry.mark.getTime() >= REFRESH_MS || (range.to && target >= range.to && entry.mark < target)) {
    const from = entry.mark;
    entry.latest = entry.latest.then(async (s) => ({ counts: await countInto(new Map(s.counts), db, scenario, from, target), mark: target }));
    entry.mark = target;
  }
  const failed = entry;
  entry.latest.catch(() => cache.get(key) === failed && cache.delete(key)); // retried on the next call
  const snapshot = await entry.latest;
  const live = range.to && range.to <= snapshot.mark ? new Map<string, number>() : await countInto(new Map(), db, scenario, snapshot.mark, range.to);
  for (const [outcome, n] of snapshot.counts) live.set(outcome, (live.get(outcome) ?? 0) + n);
  return sorted(live);
}

/** Forgets the cached counts of `db` (tests). */
export function forgetOutcomeCounts(db: PrismaClient): void {
  cacheHolder.__bivalentOutcomes?.delete(db);
}

async function countInto(counts: Map<string, number>, db: PrismaClient, scenario: string, from?: Date, to?: Date) {
  const groups = await db.game.groupBy({
    by: ["outcome"],
    where: { scenario, ...(from || to ? { finishedAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}) },
    _count: { _all: true },
  });
  for (const g of groups) counts.set(g.outcome, (counts.get(g.outcome) ?? 0) + g._count._all);
  return counts;
}

function sorted(counts: Map<string, number>): OutcomeCount[] {
  return [...counts]
    .filter(([, games]) => games > 0)
    .map(([outcome, games]) => ({ outcome, games }))
    .sort((a, b) => b.games - a.games || (a.outcome < b.outcome ? -1 : 1));
}
