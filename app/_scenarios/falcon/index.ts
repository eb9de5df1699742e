import { FALCON_SCENARIO_WORDS } from "@/server/engine/falcon/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const falconUi: ScenarioUi = { id: "falcon", title: FALCON_SCENARIO_WORDS.shortTitle, blurb: FALCON_SCENARIO_WORDS.blurb, play, classroom, replay };
