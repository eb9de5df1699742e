/**
 * Every scenario's UI, by id: the one list a new scenario's UI folder is added to. Pages,
 * the leaderboard, class charts, custom rounds and replays read it instead of naming scenarios.
 * No module here is "use client": a server page must be able to read these objects.
 */
import { SCENARIO_IDS, type ScenarioId } from "@/server/engine/scenarios";
import type { ScenarioUi } from "./types";
import { generalsUi } from "./generals";
import { loversUi } from "./lovers";
import { consensusUi } from "./consensus";

const SCENARIO_UIS: Record<ScenarioId, ScenarioUi> = { generals: generalsUi, lovers: loversUi, consensus: consensusUi };

/** Every scenario's UI, in the engine registry's order (the order of tabs and lists). */
export const SCENARIO_UI_LIST: readonly ScenarioUi[] = SCENARIO_IDS.map((id) => SCENARIO_UIS[id]);

export function scenarioUi(id: string): ScenarioUi | undefined {
  return Object.hasOwn(SCENARIO_UIS, id) ? SCENARIO_UIS[id as ScenarioId] : undefined;
}
