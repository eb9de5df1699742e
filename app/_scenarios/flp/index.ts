import { FLP_SCENARIO_WORDS } from "@/server/engine/flp/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const flpUi: ScenarioUi = { id: "flp", title: FLP_SCENARIO_WORDS.shortTitle, blurb: FLP_SCENARIO_WORDS.blurb, play, classroom, replay };
