/**
 * Each scenario's knowledge ladder over its timelines, by id: what the replay model
 * (timeline.ts) asks. A list of its own, apart from the scenario objects (scenarios.ts), because
 * the browser's end-of-game and replay screens use the replay model and must not load every
 * scenario's rules and zod schemas with it. A scenario's `ladder` member is its entry here
 * (scenarioShape.test.ts checks that they agree); a scenario without a ladder has no entry.
 */
import type { ScenarioId } from "./scenarios";
import type { TimelineLadder } from "./timeline";
import { twoPartyLadder } from "./twoParty/ladder";

export const SCENARIO_LADDERS: Partial<Record<ScenarioId, TimelineLadder>> = { generals: twoPartyLadder, lovers: twoPartyLadder };

export function ladderOfScenario(id: string): TimelineLadder | undefined {
  return Object.hasOwn(SCENARIO_LADDERS, id) ? SCENARIO_LADDERS[id as ScenarioId] : undefined;
}
