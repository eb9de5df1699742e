import { consensus } from "@/server/engine/consensus";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const consensusUi: ScenarioUi = { id: "consensus", title: consensus.words.shortTitle, play, classroom, replay };
