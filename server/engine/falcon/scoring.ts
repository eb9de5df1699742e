/**
 * Scoring against the ground truth the server kept (the ledger: types.ts FalconLedger).
 *
 * - detection time: for each permanent fault that struck, from the fault to the declaration that
 *   failed its instance over; a fault still undeclared at the end is *missed*.
 * - false suspicions: declarations while no fault had failed the instance (it was alive, or dead
 *   only because the operator had killed it while alive).
 * - unnecessary kills: kills that took effect on an alive instance (it was only slow, or
 *   partitioned, or fine). Oversized kills: necessary ones of a lower layer than the failed one.
 * - spy cost: the resource units of every query (delays.ts SPY_COST).
 *
 * The poisons picked (the lecture's "choosing your poison"): "slow detection" (a fault missed, or
 * detected after SLOW_DETECTION_MS on average), "lost accuracy" (a false suspicion), "intrusive"
 * (an unnecessary kill). The outcome is the worst poison picked: inaccurate, intrusive, slow, or
 * clean when none.
 */
import type { FalconLedger, FalconOutcome, FalconState } from "./types";

export const SLOW_DETECTION_MS = 3_000;

export const POISONS = ["slow detection", "lost accuracy", "intrusive"] as const;
export type Poison = (typeof POISONS)[number];

export interface FalconMetrics {
  /** Permanent faults that struck (not fizzled). */
  failures: number;
  detected: number;
  missed: number;
  /** Each detected failure's detection time, in fault order. */
  detectionMs: number[];
  meanDetectionMs: number | null;
  maxDetectionMs: number | null;
  falseSuspicions: number;
  unnecessaryKills: number;
  oversizedKills: number;
  kills: number;
  spyCost: number;
  timeoutSuspicions: number;
  downtimeMs: number;
  poisons: Poison[];
  score: number;
}

export function metricsOf(ledger: FalconLedger): FalconMetrics {
  const struck = ledger.faults.filter((f) => f.effect === "injected" && f.durationMs === null);
  const detectionMs = struck.filter((f) => f.detectedAtMs !== null).map((f) => f.detectedAtMs! - f.atMs);
  const missed = struck.length - detectionMs.length;
  const sum = detectionMs.reduce((a, b) => a + b, 0);
  const meanDetectionMs = detectionMs.length > 0 ? Math.round(sum / detectionMs.length) : null;
  const falseSuspicions = ledger.declarations.filter((d) => d.falseSuspicion).length;
  const executed = ledger.kills.filter((k) => k.executed);
  const unnecessaryKills = executed.filter((k) => k.unnecessary).length;
  const poisons: FalconMetrics["poisons"] = [];
  if (missed > 0 || (meanDetectionMs ?? 0) > SLOW_DETECTION_MS) poisons.push("slow detection");
  if (falseSuspicions > 0) poisons.push("lost accuracy");
  if (unnecessaryKills > 0) poisons.push("intrusive");
  // The operator's score: 1000, less 20 a second of detection, 100 a missed failure, 150 a false
  // suspicion or an unnecessary kill, and the spies' cost; never below 0.
  const score = Math.max(0, Math.round(1000 - sum / 50 - 100 * missed - 150 * (falseSuspicions + unnecessaryKills) - ledger.spyCost));
  return {
    failures: struck.length,
    detected: detectionMs.length,
    missed,
    detectionMs,
    meanDetectionMs,
    maxDetectionMs: detectionMs.length > 0 ? Math.max(...detectionMs) : null,
    falseSuspicions,
    unnecessaryKills,
    oversizedKills: executed.filter((k) => k.oversized).length,
    kills: executed.length,
    spyCost: ledger.spyCost,
    timeoutSuspicions: ledger.timeoutSuspicions,
    downtimeMs: ledger.downtimeMs,
    poisons,
    score,
  };
}

export function outcomeFromPoisons(poisons: readonly Poison[]): FalconOutcome {
  if (poisons.includes("lost accuracy")) return "inaccurate";
  if (poisons.includes("intrusive")) return "intrusive";
  if (poisons.includes("slow detection")) return "slow";
  return "clean";
}

export const outcomeOf = (state: Pick<FalconState, "ledger">): FalconOutcome => outcomeFromPoisons(metricsOf(state.ledger).poisons);

/** Chaos's score: what it cost the operator (150 a false suspicion or unnecessary kill, 100 a missed failure, 20 a second of detection). */
export function chaosScore(m: FalconMetrics): number {
  const detection = m.detectionMs.reduce((a, b) => a + b, 0);
  return Math.round(detection / 50 + 100 * m.missed + 150 * (m.falseSuspicions + m.unnecessaryKills));
}
