import { BENOR_SCENARIO_WORDS } from "@/server/engine/benor/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const benorUi: ScenarioUi = { id: "benor", title: BENOR_SCENARIO_WORDS.shortTitle, blurb: BENOR_SCENARIO_WORDS.blurb, play, classroom, replay };
