/**
 * What the UI knows of one scenario, in three parts each owned by its own screens: playing it
 * (home page, start forms, the game screen), running it in a class (charts, debrief, custom
 * rounds) and replaying it (the replay page). A scenario's folder builds one of these.
 */
import type { ScenarioId } from "@/server/engine/scenarios";
import type { PlayUi } from "./playUi";
import type { ClassUi } from "./classUi";
import type { ReplayUi } from "./replayUi";

export interface ScenarioUi {
  id: ScenarioId;
  /** A short title for tabs, lists and headings (the engine's `words.shortTitle`). */
  title: string;
  /** One line: what the scenario shows (the engine's `words.blurb`). */
  blurb: string;
  play: PlayUi;
  classroom: ClassUi;
  replay: ReplayUi;
}
