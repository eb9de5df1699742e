/**
 * Challenge scores: how one night of a challenge is scored, as text shown before playing and as
 * a pure function of the night's trace (outcome, per-seat results, events, checker verdict).
 * The server computes it from the stored trace alone, so replaying the trace reproduces it.
 * Each scenario writes its own formulas (`Scenario.challengeRules`); unsafe decisions cost most:
 * the point is to reward understanding, not a lucky gamble.
 */
import type { ChallengeRule, NightRecord } from "../engine/scenario";
import { SCENARIOS } from "../engine/scenarios";

export type { NightRecord };

/** Which formula a challenge uses: a rule kind of its scenario. The human's seat is the challenge's. */
export interface ScoringRule {
  kind: string;
}

/** Every scenario's formulas by kind (kinds are unique across scenarios: scenarioShape.test.ts). */
const RULES = new Map<string, ChallengeRule>(Object.values(SCENARIOS).flatMap((s) => Object.entries(s.challengeRules)));

function ruleOf(rule: ScoringRule): ChallengeRule {
  const found = RULES.get(rule.kind);
  if (!found) throw new Error(`no scenario scores challenges of kind "${rule.kind}"`);
  return found;
}

/** The formula in words, one line per case, as the challenge card shows it. */
export function formulaLines(rule: ScoringRule): string[] {
  return ruleOf(rule).lines();
}

/** One night's challenge score for the player in `seat`. */
export function nightScore(rule: ScoringRule, seat: string, night: NightRecord): number {
  return ruleOf(rule).score(seat, night);
}
