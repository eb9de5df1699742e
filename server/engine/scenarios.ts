/** Every scenario the server can run, by id. */
import { generals } from "./generals";
import { lovers } from "./lovers";
import { consensus } from "./consensus";
import type { AnyScenario } from "./scenario";

export const SCENARIOS = { generals, lovers, consensus } as const satisfies Record<string, AnyScenario>;
export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

export function scenarioById(id: string): AnyScenario | undefined {
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id as ScenarioId] : undefined;
}
