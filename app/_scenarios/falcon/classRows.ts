/**
 * Falcon on the class screens, as numbers: each group's kept timeout against what it got, the
 * reference detectors on the same faults (Falcon's bot and both plain timeouts, averaged over the
 * round's games: each group had its own network, the same faults), and the groups by the poison
 * each picked. Pure: the chart and the debrief draw these.
 */
import type { DetectorResult, FalconClassDetail } from "@/server/engine/falcon/classes";
import type { Poison } from "@/server/engine/falcon/scoring";
import type { OperatorStrategy } from "@/server/engine/falcon/strategies";
import type { GameMetrics } from "@/server/protocol/classroom";
import type { OutcomeClass } from "@/app/class/_ui/aggregate";

export interface TimeoutRow {
  key: string;
  /** "Group 3", or the reference detector's name. */
  label: string;
  /** The kept timeout in ms (null for Falcon's spies, which time out only as a fallback). */
  timeoutMs: number | null;
  reference: boolean;
  result: DetectorResult;
  /** The class of its worst poison, for the row's mark (clean, slow, or inaccurate/intrusive). */
  cls: OutcomeClass;
}

/** A Falcon game's detail (GameMetrics.detail), or null for another scenario's game or an old one without it. */
export function detailOf(m: GameMetrics): FalconClassDetail | null {
  const d = m.detail as Partial<FalconClassDetail> | undefined;
  return d && typeof d.timeoutMs === "number" && Array.isArray(d.reference) ? (d as FalconClassDetail) : null;
}

export const REFERENCE_NAMES: Record<OperatorStrategy, string> = {
  falcon: "Falcon's spies",
  "timeout-short": "Timeout 1 s",
  "timeout-long": "Timeout 8 s",
  random: "Random operator",
};

/** "0.5 s", "2 s", "12 s". */
export const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;

/** "1.3 s", "8.2 s, 1 missed", "2 missed" (nothing detected), "–" (nothing failed). */
export function detectionWords(r: Pick<DetectorResult, "meanDetectionMs" | "missed">): string {
  const missed = r.missed > 0 ? `${r.missed} missed` : "";
  if (r.meanDetectionMs === null) return missed || "–";
  return missed ? `${seconds(r.meanDetectionMs)}, ${missed}` : seconds(r.meanDetectionMs);
}

/** The same, as a mean when there is one: "mean 1.3 s", "2 missed". */
export const meanWords = (r: Pick<DetectorResult, "meanDetectionMs" | "missed">): string => (r.meanDetectionMs === null ? detectionWords(r) : `mean ${detectionWords(r)}`);

export const classOfPoisons = (poisons: readonly Poison[]): OutcomeClass =>
  poisons.includes("lost accuracy") || poisons.includes("intrusive") ? "unsafe" : poisons.includes("slow detection") ? "neither" : "success";

/** Each Falcon game a row, shortest timeout first (then by group). */
export function groupRows(metrics: readonly GameMetrics[], groups: readonly number[]): TimeoutRow[] {
  return metrics
    .flatMap((m, i) => {
      const d = detailOf(m);
      if (!d) return [];
      return [{ row: { key: `group-${groups[i]}`, label: `Group ${groups[i]}`, timeoutMs: d.timeoutMs, reference: false, result: resultOf(d), cls: classOfPoisons(d.poisons) }, group: groups[i], timeoutMs: d.timeoutMs }];
    })
    .sort((a, b) => a.timeoutMs - b.timeoutMs || a.group - b.group)
    .map((r) => r.row);
}

/** The operator's own figures of a detail (without its timeout and references). */
const resultOf = (d: DetectorResult): DetectorResult => ({
  meanDetectionMs: d.meanDetectionMs,
  missed: d.missed,
  falseSuspicions: d.falseSuspicions,
  unnecessaryKills: d.unnecessaryKills,
  spyCost: d.spyCost,
  poisons: d.poisons,
});

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The reference detectors over the round's games: mean figures, and the poisons each picked in at least half of them. */
export function referenceRows(metrics: readonly GameMetrics[]): TimeoutRow[] {
  const byDetector = new Map<OperatorStrategy, DetectorResult[]>();
  for (const d of metrics.map(detailOf)) for (const r of d?.reference ?? []) byDetector.set(r.detector, [...(byDetector.get(r.detector) ?? []), r.result]);
  return [...byDetector.entries()].map(([detector, rs]) => {
    const detection = mean(rs.flatMap((r) => (r.meanDetectionMs === null ? [] : [r.meanDetectionMs])));
    const poisons = (["slow detection", "lost accuracy", "intrusive"] as const).filter((p) => 2 * rs.filter((r) => r.poisons.includes(p)).length >= rs.length);
    const result: DetectorResult = {
      meanDetectionMs: detection === null ? null : Math.round(detection),
      missed: oneDecimal(mean(rs.map((r) => r.missed)) ?? 0),
      falseSuspicions: oneDecimal(mean(rs.map((r) => r.falseSuspicions)) ?? 0),
      unnecessaryKills: oneDecimal(mean(rs.map((r) => r.unnecessaryKills)) ?? 0),
      spyCost: Math.round(mean(rs.map((r) => r.spyCost)) ?? 0),
      poisons,
    };
    const timeoutMs = detector === "timeout-short" ? 1_000 : detector === "timeout-long" ? 8_000 : null;
    return { key: `ref-${detector}`, label: REFERENCE_NAMES[detector], timeoutMs, reference: true, result, cls: classOfPoisons(poisons) };
  });
}

/** A game of the debrief: its group, who was the operator, its detail. */
export interface PoisonedGroup {
  group: number;
  operator: string;
  gameId: string;
  detail: FalconClassDetail;
}

/** The groups under each poison they picked (a group may pick two), and the clean ones; shortest timeout first in each. */
export function groupsByPoison(games: readonly { group: number; gameId: string; seats: { seat: string; name: string; kind: string }[]; metrics: GameMetrics | null }[]): Record<Poison | "clean", PoisonedGroup[]> {
  const out: Record<Poison | "clean", PoisonedGroup[]> = { "lost accuracy": [], intrusive: [], "slow detection": [], clean: [] };
  const rows = games
    .flatMap((g) => {
      const detail = g.metrics ? detailOf(g.metrics) : null;
      const op = g.seats.find((s) => s.seat === "operator");
      return detail ? [{ group: g.group, gameId: g.gameId, operator: op ? `${op.name}${op.kind === "bot" ? " (bot)" : ""}` : "?", detail }] : [];
    })
    .sort((a, b) => a.detail.timeoutMs - b.detail.timeoutMs || a.group - b.group);
  for (const r of rows) {
    if (r.detail.poisons.length === 0) out.clean.push(r);
    for (const p of r.detail.poisons) out[p].push(r);
  }
  return out;
}
