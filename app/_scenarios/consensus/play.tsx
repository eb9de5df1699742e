/** Playing consensus: the home page's introduction, the start forms (a process, the adversary), the game screen. */
import { seatGame, type PlayUi } from "../playUi";
import { ConsensusIntro } from "./Intro";
import { ConsensusAsAdversary, ConsensusAsProcess } from "./ConsensusForms";
import { ConsensusGame } from "./game/ConsensusGame";
import { ConsensusBriefing } from "./Briefing";

export const play: PlayUi = {
  Intro: ConsensusIntro,
  startForms: [ConsensusAsProcess, ConsensusAsAdversary],
  Game: seatGame(ConsensusGame),
  Briefing: ConsensusBriefing,
};
