/**
 * The solo challenge ladder: per scenario, named challenges in order of difficulty, each a fixed
 * parameter set, fixed bots and a fixed list of nights (seeds), so every player faces the same
 * nights. Each scenario writes its own (`Scenario.challenges`); this gathers them. Pure data, safe
 * to import from the browser: the seeds themselves live in `seeds.ts`, which only the server reads.
 */
import type { ChallengeNight, ChallengeSpec } from "../engine/scenarioContent";
import { SCENARIO_IDS, SCENARIOS, type ScenarioId } from "../engine/scenarios";

export type ChallengeScenario = ScenarioId;
export type { ChallengeNight };

/** A challenge of the catalogue: its scenario's spec, with the scenario it belongs to. */
export interface Challenge extends ChallengeSpec {
  scenario: ChallengeScenario;
}

/** Every scenario's challenges, in registry order. */
export const CHALLENGES: readonly Challenge[] = SCENARIO_IDS.flatMap((scenario) => SCENARIOS[scenario].challenges.map(({ id, ...rest }) => ({ id, scenario, ...rest })));

/** The scenarios with a challenge ladder, with the short title their ladder is shown under. */
export const CHALLENGE_SCENARIOS: { id: ChallengeScenario; title: string }[] = SCENARIO_IDS.filter((id) => SCENARIOS[id].challenges.length > 0).map((id) => ({
  id,
  title: SCENARIOS[id].words.shortTitle,
}));

export function challengeById(id: string): Challenge | undefined {
  return CHALLENGES.find((c) => c.id === id);
}

/** A scenario's challenges, easiest first. */
export function ladderOf(scenario: string): Challenge[] {
  return CHALLENGES.filter((c) => c.scenario === scenario).sort((a, b) => a.level - b.level);
}

/** The bots of one night: the challenge's, with that night's overrides. */
export function botsOfNight(challenge: Challenge, nightIndex: number): Record<string, string> {
  return { ...challenge.others, ...challenge.nights[nightIndex]?.others };
}

/** Whether a night with this challenge score meets the challenge's objective (`goal`). */
export function nightMet(challenge: Pick<Challenge, "goal">, score: number): boolean {
  return score >= challenge.goal.minScore;
}

/**
 * Whether a player met the challenge: every night has met its objective, on one play or another.
 * `best`: the player's best score per night (by index; missing or null: not played). A night's
 * best meets the objective exactly when one of its plays did, since meeting it is a score to reach.
 */
export function challengeMet(challenge: Pick<Challenge, "goal" | "nights">, best: ReadonlyMap<number, number> | readonly (number | null | undefined)[]): boolean {
  const scoreOf = (i: number) => (best instanceof Map ? best.get(i) : (best as readonly (number | null | undefined)[])[i]);
  return challenge.nights.every((_, i) => {
    const score = scoreOf(i);
    return score !== null && score !== undefined && nightMet(challenge, score);
  });
}

/**
 * Which challenges are open to a player who has met the challenges in `met` (every night's
 * objective met, `challengeMet`): the first of each ladder, and each one whose predecessor is met.
 * Playing every night is not enough: a night that misses the objective unlocks nothing.
 */
export function unlockedChallenges(met: ReadonlySet<string>): Set<string> {
  const open = new Set<string>();
  for (const { id } of CHALLENGE_SCENARIOS) {
    const ladder = ladderOf(id);
    ladder.forEach((c, i) => {
      if (i === 0 || met.has(ladder[i - 1].id)) open.add(c.id);
    });
  }
  return open;
}
