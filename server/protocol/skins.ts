/**
 * Skins: another telling of a scenario (names, pictures, words) over the same rules, engine,
 * parameters, views and trace inputs. A skin is chosen at `game:create` (or by a class round),
 * kept in the game's context, sent in the snapshot header and written to the trace and the Game
 * row, so the live game and its replay tell the same story. Nothing in the engine reads it.
 */
import { z } from "zod";
import { SCENARIO_IDS, scenarioById } from "../engine/scenarios";

export const SKINS = ["gangsters"] as const;
export type Skin = (typeof SKINS)[number];
export const skinSchema = z.enum(SKINS);

/** Which scenarios a skin retells: those that list it in their `skins` (the registry, not this file). */
function scenariosOf(skin: Skin): string[] {
  return SCENARIO_IDS.filter((id) => scenarioById(id)?.skins?.includes(skin));
}

/** Why this skin cannot dress this scenario, or null when it can (or there is no skin). */
export function skinRefusal(scenario: string, skin: Skin | undefined): string | null {
  if (skin === undefined || scenarioById(scenario)?.skins?.includes(skin)) return null;
  return `skin: "${skin}" is a telling of ${scenariosOf(skin).join(", ")} only, not of "${scenario}".`;
}

/** A stored skin (trace, Game row) read back: anything unknown is no skin. */
export function knownSkin(value: unknown): Skin | undefined {
  return skinSchema.safeParse(value).data;
}
