/**
 * Ready-made rounds for a class (each scenario writes its own: `Scenario.classPresets`), and
 * which seats students take by default. Pure data and pure functions; the host's screen gets
 * the presets from its page (presetCards), not by importing this file and the engine with it.
 */
import type { ClassRoundPreset } from "../engine/scenarioContent";
import { SCENARIO_IDS, SCENARIOS, scenarioById, type ScenarioId } from "../engine/scenarios";

/** A ready-made round: its scenario's preset, with the scenario it belongs to. */
export interface ClassPreset extends ClassRoundPreset {
  scenario: ScenarioId;
}

/** Every scenario's ready-made rounds, in registry order. */
export const CLASS_PRESETS: ClassPreset[] = SCENARIO_IDS.flatMap((scenario) => SCENARIOS[scenario].classPresets.map(({ id, ...rest }) => ({ id, scenario, ...rest })));

/** A preset as the host's screen shows it: with how many students each of its games seats. */
export interface PresetCard extends ClassPreset {
  seatsPerGroup: number;
}

/**
 * Every preset with its group size, worked out here from the scenario's seats and roles, so that
 * the host's screen gets plain data (the host page hands it over) and does not load the engine.
 */
export function presetCards(): PresetCard[] {
  return CLASS_PRESETS.map((preset) => {
    const scenario = scenarioById(preset.scenario)!;
    const seats = preset.studentSeats ?? defaultStudentSeats(preset.scenario, scenario.seats(scenario.paramsSchema.parse(preset.params)));
    return { ...preset, seatsPerGroup: seats.length };
  });
}

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
