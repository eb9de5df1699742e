/**
 * Every scenario's UI, by id: the one list a new scenario's UI folder is added to. Pages,
 * the leaderboard, class charts, custom rounds and replays read it instead of naming scenarios.
 * No module here is "use client": a server page must be able to read these objects.
 *
 * Light to import: the engine is named only as a type (every page's bundle reads this list, and
 * the engine's rules, bots and zod schemas stay on the server), and each scenario's screens, charts
 * and stories load when a page shows them (lazyPart: each scenario's "use client" lazy.tsx for its
 * browser pieces, so that server pages reading this list do not load them; the part modules for
 * the server-rendered introduction and replay story).
 */
import type { ScenarioId } from "@/server/engine/scenarios";
import type { ScenarioUi } from "./types";
import { generalsUi } from "./generals";
import { loversUi } from "./lovers";
import { consensusUi } from "./consensus";
import { flpUi } from "./flp";
import { benorUi } from "./benor";
import { weakerUi } from "./weaker";
import { falconUi } from "./falcon";

/** In the engine registry's order (server/engine/scenarios.ts; registry.test.ts checks it). */
const SCENARIO_UIS = { generals: generalsUi, lovers: loversUi, consensus: consensusUi, flp: flpUi, benor: benorUi, weaker: weakerUi, falcon: falconUi } as const satisfies Record<ScenarioId, ScenarioUi>;

/** Every scenario's UI, in the engine registry's order (the order of tabs and lists). */
export const SCENARIO_UI_LIST: readonly ScenarioUi[] = Object.values(SCENARIO_UIS);

export function scenarioUi(id: string): ScenarioUi | undefined {
  return Object.hasOwn(SCENARIO_UIS, id) ? SCENARIO_UIS[id as ScenarioId] : undefined;
}
