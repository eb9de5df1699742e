import { GENERALS_SCENARIO_WORDS } from "@/server/engine/generals/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const generalsUi: ScenarioUi = { id: "generals", title: GENERALS_SCENARIO_WORDS.shortTitle, blurb: GENERALS_SCENARIO_WORDS.blurb, play, classroom, replay };
