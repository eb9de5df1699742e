/** Playing the Two Generals: the home page's introduction, the start forms, the game screen. */
import { seatGame, type PlayUi } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

// Each piece loads when a page shows it (lazyPart), so a page that reads the registry
// carries no scenario's screens it does not show: the game screen only this scenario's game.
export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.GeneralsIntro)),
  startForms: [
    lazyPart(() => import("./GeneralsForms").then((m) => m.GeneralsVersusBot)),
    lazyPart(() => import("./GeneralsForms").then((m) => m.GeneralsWithFriend)),
  ],
  Game: lazyPart(() => import("./game/GeneralsGame").then((m) => seatGame(m.GeneralsGame)), LOADING),
  Briefing: lazyPart(() => import("./Briefing").then((m) => m.GeneralsBriefing)),
};
