/**
 * From a stored trace to its challenge score, on the server. The trace must be a night the
 * catalogue describes (same scenario, parameters, seed and seats); anything else scores nothing.
 */
import type { Trace } from "../storage/types";
import { challengeById, type Challenge } from "./catalogue";
import { nightScore } from "./scoring";
import { seedOf } from "./seeds";

export interface ScoredNight {
  challenge: Challenge;
  seedIndex: number;
  playerId: string;
  score: number;
}

/** The challenge night a trace records, scored; or why it is not one. */
export function scoreChallengeTrace(trace: Trace, challengeId: string, seedIndex: number): ScoredNight | { problem: string } {
  const challenge = challengeById(challengeId);
  if (!challenge) return { problem: `no challenge "${challengeId}"` };
  if (trace.scenario !== challenge.scenario) return { problem: "another scenario" };
  if (seedOf(challengeId, seedIndex) !== trace.seed) return { problem: "not one of the challenge's seeds" };
  for (const [key, value] of Object.entries(challenge.params)) {
    if (JSON.stringify(trace.params[key]) !== JSON.stringify(value)) return { problem: `parameter ${key} differs` };
  }
  const human = trace.seats.find((s) => s.seat === challenge.seat);
  if (!human || human.kind !== "human" || !human.playerId) return { problem: "the challenge seat was not a player's" };
  const score = nightScore(challenge.scoring, challenge.seat, { ...trace, params: trace.params });
  return { challenge, seedIndex, playerId: human.playerId, score };
}
