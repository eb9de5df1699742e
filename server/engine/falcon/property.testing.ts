/**
 * The "done when" figures: run one detector on many seeded timelines (the default game:
 * 60 s, heartbeats every 500 ms, at most 4 faults of every kind before 45 s, all spies), the
 * timeline's chaos bot cycling random, slowness, partition with the seed, and count the games
 * where it declared a live instance failed or killed a live one.
 */
import { falconParamsSchema, type FalconParams } from "./params";
import { runFalcon } from "./run";
import { CHAOS_STRATEGIES, type OperatorStrategy } from "./strategies";

export interface Rates {
  detector: OperatorStrategy;
  games: number;
  /** Games with at least one false suspicion / unnecessary kill. */
  gamesFalselySuspecting: number;
  gamesKillingLive: number;
  falseSuspicions: number;
  unnecessaryKills: number;
  failures: number;
  missed: number;
  medianDetectionMs: number | null;
  firstBadSeed: number | null;
}

export const paramsForSeed = (seed: number, base: Partial<FalconParams> = {}): FalconParams =>
  falconParamsSchema.parse({ ...base, chaosBot: CHAOS_STRATEGIES[seed % CHAOS_STRATEGIES.length] });

export function rates(detector: OperatorStrategy, seeds: number, seed0 = 1, base: Partial<FalconParams> = {}): Rates {
  const r: Rates = { detector, games: 0, gamesFalselySuspecting: 0, gamesKillingLive: 0, falseSuspicions: 0, unnecessaryKills: 0, failures: 0, missed: 0, medianDetectionMs: null, firstBadSeed: null };
  const detections: number[] = [];
  const byBot = CHAOS_STRATEGIES.map((bot) => falconParamsSchema.parse({ ...base, chaosBot: bot }));
  for (let seed = seed0; seed < seed0 + seeds; seed++) {
    const { metrics: m } = runFalcon(byBot[seed % byBot.length], seed, { operator: detector });
    r.games++;
    if (m.falseSuspicions > 0) r.gamesFalselySuspecting++;
    if (m.unnecessaryKills > 0) r.gamesKillingLive++;
    if ((m.falseSuspicions > 0 || m.unnecessaryKills > 0) && r.firstBadSeed === null) r.firstBadSeed = seed;
    r.falseSuspicions += m.falseSuspicions;
    r.unnecessaryKills += m.unnecessaryKills;
    r.failures += m.failures;
    r.missed += m.missed;
    detections.push(...m.detectionMs);
  }
  detections.sort((a, b) => a - b);
  r.medianDetectionMs = detections.length > 0 ? detections[detections.length >> 1] : null;
  return r;
}

export const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(2)} %`;

export function describeRates(r: Rates): string {
  return `${r.detector}: ${r.games} timelines; declared a live instance failed in ${percent(r.gamesFalselySuspecting, r.games)} (${r.falseSuspicions} declarations), killed a live one in ${percent(r.gamesKillingLive, r.games)} (${r.unnecessaryKills} kills); ${r.failures} failures, ${r.missed} missed, median detection ${r.medianDetectionMs} ms`;
}
