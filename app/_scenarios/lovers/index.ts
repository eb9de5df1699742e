import { lovers } from "@/server/engine/lovers";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const loversUi: ScenarioUi = { id: "lovers", title: lovers.words.shortTitle, play, classroom, replay };
