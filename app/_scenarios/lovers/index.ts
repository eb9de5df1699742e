import { LOVERS_SCENARIO_WORDS } from "@/server/engine/lovers/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const loversUi: ScenarioUi = { id: "lovers", title: LOVERS_SCENARIO_WORDS.shortTitle, blurb: LOVERS_SCENARIO_WORDS.blurb, play, classroom, replay };
