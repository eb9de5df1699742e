/** Playing consensus: the home page's introduction, the start forms (a process, the adversary), the game screen. */
import { seatGame, type PlayUi } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

// Each piece loads when a page shows it (lazyPart), so a page that reads the registry
// carries no scenario's screens it does not show: the game screen only this scenario's game.
export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.ConsensusIntro)),
  startForms: [
    lazyPart(() => import("./ConsensusForms").then((m) => m.ConsensusAsProcess)),
    lazyPart(() => import("./ConsensusForms").then((m) => m.ConsensusAsAdversary)),
  ],
  Game: lazyPart(() => import("./game/ConsensusGame").then((m) => seatGame(m.ConsensusGame)), LOADING),
  Briefing: lazyPart(() => import("./Briefing").then((m) => m.ConsensusBriefing)),
};
