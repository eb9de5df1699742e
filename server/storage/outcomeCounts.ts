/**
 * How the games of a scenario ended, over a time range. Game has no index on outcome, so an exact
 * count reads every game row of the range: fine for a week, seconds for a million games.
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
    const first = countInSlices(db, scenario, range.from, target).then((counts) => ({ counts, mark: target }));
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

/**
 * {@link cachedOutcomeCounts}, or null when they are not ready within `waitMs` (the first count
 * of a million games takes seconds): the count goes on and fills the cache for later calls.
 */
export async function outcomeCountsWithin(
  db: PrismaClient,
  scenario: string,
  range: TimeRange,
  now: Date,
  waitMs: number,
): Promise<OutcomeCount[] | null> {
  const counting = cachedOutcomeCounts(db, scenario, range, now);
  if (!Number.isFinite(waitMs)) return counting;
  counting.catch(() => undefined); // a late failure is retried by the next call, never unhandled
  let timer: NodeJS.Timeout | undefined;
  // 0: do not wait at all (an already settled null wins the race against any query).
  const late = waitMs <= 0 ? Promise.resolve(null) : new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  try {
    return await Promise.race([counting, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Forgets the cached counts of `db` (tests). */
export function forgetOutcomeCounts(db: PrismaClient): void {
  cacheHolder.__bivalentOutcomes?.delete(db);
}

/** A week of games per query: each slice is a short synchronous read. */
const SLICE_MS = 7 * 86_400_000;

/**
 * Counts [from, to) a week at a time. better-sqlite3 runs a query synchronously on the server's
 * only thread, so one query over a million wide rows would stall every game for seconds; between
 * slices the event loop serves games and pages.
 */
async function countInSlices(db: PrismaClient, scenario: string, from: Date | undefined, to: Date) {
  const counts = new Map<string, number>();
  const oldest = from ?? (await db.game.findFirst({ where: { scenario }, orderBy: { finishedAt: "asc" }, select: { finishedAt: true } }))?.finishedAt;
  if (!oldest) return counts;
  for (let start = oldest.getTime(); start < to.getTime(); start += SLICE_MS) {
    await countInto(counts, db, scenario, new Date(start), new Date(Math.min(start + SLICE_MS, to.getTime())));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return counts;
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
