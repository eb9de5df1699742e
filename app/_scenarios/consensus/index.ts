import { CONSENSUS_SCENARIO_WORDS } from "@/server/engine/consensus/words";
import type { ScenarioUi } from "../types";
import { play } from "./play";
import { classroom } from "./classroom";
import { replay } from "./replay";

export const consensusUi: ScenarioUi = { id: "consensus", title: CONSENSUS_SCENARIO_WORDS.shortTitle, blurb: CONSENSUS_SCENARIO_WORDS.blurb, play, classroom, replay };
