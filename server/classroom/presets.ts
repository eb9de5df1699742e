/**
 * Ready-made rounds for a class (each scenario writes its own: `Scenario.classPresets`), and
 * which seats students take by default. Pure data and pure functions: the host's screen imports
 * this file too.
 */
import type { ClassRoundPreset } from "../engine/scenarioContent";
import { SCENARIO_IDS, SCENARIOS, scenarioById, type ScenarioId } from "../engine/scenarios";

/** A ready-made round: its scenario's preset, with the scenario it belongs to. */
export interface ClassPreset extends ClassRoundPreset {
  scenario: ScenarioId;
}

/** Every scenario's ready-made rounds, in registry order. */
export const CLASS_PRESETS: ClassPreset[] = SCENARIO_IDS.flatMap((scenario) => SCENARIOS[scenario].classPresets.map(({ id, ...rest }) => ({ id, scenario, ...rest })));

/** The seats students take when the host does not say: the scenario's players, never its adversary. */
export function defaultStudentSeats(scenario: string, seats: readonly string[]): string[] {
  const s = scenarioById(scenario);
  return s ? seats.filter((seat) => s.role(seat).kind === "player") : [...seats];
}

/** The strategy a bot plays while a student's seat waits for them to come back. */
export function standInStrategy(scenario: string, seat: string): string {
  const s = scenarioById(scenario);
  if (!s) throw new Error(`standInStrategy: unknown scenario "${scenario}"`);
  return s.role(seat).standIn;
}
