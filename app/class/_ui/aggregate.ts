/** Pure sums over a round's finished games, for the class's charts. */
import type { GameMetrics, SeatKind } from "@/server/protocol/classroom";

export type OutcomeClass = "success" | "neither" | "unsafe";

export const CLASS_COLORS: Record<OutcomeClass, string> = { success: "#10b981", neither: "#94a3b8", unsafe: "#e11d48" };

/** The classes in the order charts stack and list them. */
export const CLASS_ORDER: readonly OutcomeClass[] = ["success", "neither", "unsafe"];

/** Axis ticks of every class chart. */
export const CHART_AXIS = { fontSize: 11, fill: "#475569" };

export const classOf = (m: GameMetrics): OutcomeClass => (m.success ? "success" : m.unsafe ? "unsafe" : "neither");

/** A tile's mean: one decimal, or a dash when no game had the figure. */
export const formatMean = (x: number | null): string => (x === null ? "–" : x.toFixed(1));

export interface Tallies {
  games: number;
  success: number;
  unsafe: number;
  neither: number;
  meanMessages: number | null;
  meanDepth: number | null;
  meanRounds: number | null;
  verdictsOk: number;
  verdicts: number;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function tally(ms: GameMetrics[]): Tallies {
  const depths = ms.flatMap((m) => (m.depth === null ? [] : [m.depth]));
  const rounds = ms.flatMap((m) => (m.roundsToDecide === null ? [] : [m.roundsToDecide]));
  const verdicts = ms.filter((m) => m.verdictOk !== null);
  return {
    games: ms.length,
    success: ms.filter((m) => m.success).length,
    unsafe: ms.filter((m) => m.unsafe).length,
    neither: ms.filter((m) => !m.success && !m.unsafe).length,
    meanMessages: mean(ms.map((m) => m.messages)),
    meanDepth: mean(depths),
    meanRounds: mean(rounds),
    verdictsOk: verdicts.filter((m) => m.verdictOk).length,
    verdicts: verdicts.length,
  };
}

/** Counts per value of `key` (0..max, no gaps), split by outcome class: a stacked histogram. */
export function histogram(ms: GameMetrics[], key: (m: GameMetrics) => number | null): { value: number; success: number; neither: number; unsafe: number }[] {
  const values = ms.map(key).filter((v): v is number => v !== null);
  if (values.length === 0) return [];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const rows = Array.from({ length: hi - lo + 1 }, (_, i) => ({ value: lo + i, success: 0, neither: 0, unsafe: 0 }));
  for (const m of ms) {
    const v = key(m);
    if (v !== null) rows[v - lo][classOf(m)]++;
  }
  return rows;
}

/** Outcome classes per number of messages sent (bucketed when the spread is wide): drawn as shares. */
export function byMessages(ms: GameMetrics[]): { bucket: string; games: number; success: number; neither: number; unsafe: number }[] {
  if (ms.length === 0) return [];
  const hi = Math.max(...ms.map((m) => m.messages));
  const width = hi <= 12 ? 1 : Math.ceil((hi + 1) / 8);
  const buckets = new Map<number, { games: number; success: number; neither: number; unsafe: number }>();
  for (const m of ms) {
    const b = Math.floor(m.messages / width);
    const cur = buckets.get(b) ?? { games: 0, success: 0, neither: 0, unsafe: 0 };
    cur.games++;
    cur[classOf(m)]++;
    buckets.set(b, cur);
  }
  return [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([b, counts]) => ({ bucket: width === 1 ? String(b) : `${b * width}–${b * width + width - 1}`, ...counts }));
}

/** Outcome classes per bot line-up ("B: acknowledged"), or "students only". */
export function byStrategy(ms: GameMetrics[]): { strategy: string; success: number; neither: number; unsafe: number }[] {
  const rows = new Map<string, { strategy: string; success: number; neither: number; unsafe: number }>();
  for (const m of ms) {
    const label = Object.entries(m.strategies).map(([seat, s]) => `${seat}: ${s}`).sort().join(", ") || "students only";
    const row = rows.get(label) ?? { strategy: label, success: 0, neither: 0, unsafe: 0 };
    row[classOf(m)]++;
    rows.set(label, row);
  }
  return [...rows.values()];
}

export function outcomeCounts(ms: GameMetrics[]): { outcome: string; games: number; cls: OutcomeClass }[] {
  const rows = new Map<string, { outcome: string; games: number; cls: OutcomeClass }>();
  for (const m of ms) {
    const row = rows.get(m.outcome) ?? { outcome: m.outcome, games: 0, cls: classOf(m) };
    row.games++;
    rows.set(m.outcome, row);
  }
  return [...rows.values()].sort((a, b) => CLASS_ORDER.indexOf(a.cls) - CLASS_ORDER.indexOf(b.cls) || b.games - a.games);
}

/** The kinds of player seat a "bring your bot" debrief compares, in the order it lists them. */
export const SEAT_KINDS: readonly SeatKind[] = ["person", "studentBot", "house"];

export interface KindRow {
  kind: SeatKind;
  /** Games with at least one seat of this kind (each counted once in the outcome columns). */
  games: number;
  seats: number;
  meanScore: number | null;
  success: number;
  neither: number;
  unsafe: number;
}

/**
 * People, students' bots and house bots side by side: per kind, the games it played in, its
 * seats' mean score and how those games ended. Kinds no seat had are left out; games without
 * seat kinds (metrics from before) count for none.
 */
export function byKind(ms: GameMetrics[]): KindRow[] {
  return SEAT_KINDS.flatMap((kind) => {
    const row: KindRow = { kind, games: 0, seats: 0, meanScore: null, success: 0, neither: 0, unsafe: 0 };
    const scores: number[] = [];
    for (const m of ms) {
      const mine = (m.seatKinds ?? []).filter((s) => s.kind === kind);
      if (mine.length === 0) continue;
      row.games++;
      row[classOf(m)]++;
      scores.push(...mine.map((s) => s.score));
    }
    row.seats = scores.length;
    row.meanScore = mean(scores);
    return row.games > 0 ? [row] : [];
  });
}
