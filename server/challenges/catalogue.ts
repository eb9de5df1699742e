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

/**
 * Which challenges are open to a player who has completed (played every night of) `completed`:
 * the first of each ladder, and each one whose predecessor is completed.
 */
export function unlockedChallenges(completed: ReadonlySet<string>): Set<string> {
  const open = new Set<string>();
  for (const { id } of CHALLENGE_SCENARIOS) {
    const ladder = ladderOf(id);
    ladder.forEach((c, i) => {
      if (i === 0 || completed.has(ladder[i - 1].id)) open.add(c.id);
    });
  }
  return open;
}
