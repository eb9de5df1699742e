/** Playing consensus: the home page's introduction, the start forms (a process, the adversary), the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { announceConsensus } from "./announce";
import { ConsensusAsProcess, ConsensusAsAdversary, ConsensusBriefing, ConsensusGame } from "./lazy";

// Each piece loads when a page shows it: the game screen carries only this scenario's game, the
// home page only its introduction (a server component) and forms.
export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.ConsensusIntro)),
  startForms: [ConsensusAsProcess, ConsensusAsAdversary],
  Game: ConsensusGame,
  Briefing: ConsensusBriefing,
  announce: announceConsensus,
};
