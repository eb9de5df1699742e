/** Playing the Two Insecure Lovers: the home page's introduction, the start forms, the game screen. */
import { seatGame, type PlayUi } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

// Each piece loads when a page shows it (lazyPart), so a page that reads the registry
// carries no scenario's screens it does not show: the game screen only this scenario's game.
export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.LoversIntro)),
  startForms: [
    lazyPart(() => import("./LoversForms").then((m) => m.LoversVersusBot)),
    lazyPart(() => import("./LoversForms").then((m) => m.LoversWithFriend)),
  ],
  Game: lazyPart(() => import("./game/LoversGame").then((m) => seatGame(m.LoversGame)), LOADING),
  Briefing: lazyPart(() => import("./Briefing").then((m) => m.LoversBriefing)),
};
