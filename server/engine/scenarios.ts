/** Every scenario the server can run, by id: the one list a new scenario is added to. */
import { generals } from "./generals";
import { GENERALS_ERROR_CODES } from "./generals/errors";
import { lovers } from "./lovers";
import { consensus } from "./consensus";
import { CONSENSUS_ERROR_CODES } from "./consensus/errors";
import { flp } from "./flp";
import { FLP_ERROR_CODES } from "./flp/errors";
import { benor } from "./benor";
import { weaker } from "./weaker";
import { falcon, FALCON_ERROR_CODES } from "./falcon";
import { SHARED_ENGINE_ERROR_CODES } from "./result";
import type { AnyScenario } from "./scenario";

export const SCENARIOS = { generals, lovers, consensus, flp, benor, weaker, falcon } as const satisfies Record<string, AnyScenario>;
export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

/**
 * Every code the engine refuses with: the shared ones, then each scenario's own (the same
 * arrays as its `errorCodes`; scenarioShape.test.ts checks they agree). Listed here, not read
 * from SCENARIOS, so that the codes stay a literal type clients can switch on. Ben-Or's codes
 * (benor/errors.ts) and weaker agreement's (weaker/errors.ts) are all FLP's, with the same
 * meanings: each code is listed once.
 */
export const ENGINE_ERROR_CODES = [...SHARED_ENGINE_ERROR_CODES, ...GENERALS_ERROR_CODES, ...CONSENSUS_ERROR_CODES, ...FLP_ERROR_CODES, ...FALCON_ERROR_CODES] as const;

export function scenarioById(id: string): AnyScenario | undefined {
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id as ScenarioId] : undefined;
}
