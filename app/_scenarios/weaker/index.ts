import { WEAKER_SCENARIO_WORDS } from "@/server/engine/weaker/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const weakerUi: ScenarioUi = { id: "weaker", title: WEAKER_SCENARIO_WORDS.shortTitle, blurb: WEAKER_SCENARIO_WORDS.blurb, play, classroom, replay };
