import { generals } from "@/server/engine/generals";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const generalsUi: ScenarioUi = { id: "generals", title: generals.words.shortTitle, play, classroom, replay };
